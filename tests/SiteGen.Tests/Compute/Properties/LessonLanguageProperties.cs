using CsCheck;
using Xunit.Abstractions;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Symbolic;
using SiteGen.Compute.Syntax;
using static SiteGen.Tests.Compute.Properties.Lesson;

namespace SiteGen.Tests.Compute.Properties;

/// <summary>
/// Differential properties over generated programs: every way the engine can compute a value or
/// a derivative agrees with every other, and with central differences away from kinks.
/// </summary>
public class LessonLanguageProperties(ITestOutputHelper output)
{
    /// <summary>How many programs were tried and how many were compared (the rest fell outside a domain or near a kink).</summary>
    private sealed class Tally
    {
        private int _tried, _compared;
        public void Tried() => Interlocked.Increment(ref _tried);
        public void Compared() => Interlocked.Increment(ref _compared);
        public override string ToString() => $"{_compared} of {_tried} programs compared";
    }

    private void Run(Gen<GeneratedProgram> programs, Action<GeneratedProgram, Tally> property)
    {
        var tally = new Tally();
        var started = System.Diagnostics.Stopwatch.StartNew();
        PropertyRuns.Check(programs, program =>
        {
            tally.Tried();
            property(program, tally);
        });
        output.WriteLine($"{tally} in {started.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Grad_follows_a_lesson_variable_into_every_function_body_that_reads_it() =>
        Run(ProgramGenerator.Programs(), (program, tally) =>
        {
            // Off the generator's grid of tenths, where ties such as min(a, 0) at a = 0 take PyTorch's
            // convention (half to each side) and central differences cannot tell.
            var a = new Lesson(program.Definitions).Value("a")!.Value + 0.0123456789;
            var lesson = new Lesson(program.Definitions).With("a", a);
            if (lesson.Value(program.Expression) is null) return;
            var (exact, refused) = lesson.Try($"grad({program.Expression}, a)");
            if (refused == SiteGen.Compute.Syntax.ExpressionError.Codes.HiddenGradient || exact is null) return;
            Assert.Null(refused);
            if (CentralDifference(t => lesson.With("a", t).Value(program.Expression), a) is { } numeric)
            {
                Assert.True(Close(numeric, exact.Value, 1e-5), $"grad gives {exact}, central differences {numeric}");
                tally.Compared();
            }
            if (lesson.Formula($"diff({program.Expression}, a)") is { } formula && lesson.Value(formula) is { } symbolic)
                Assert.True(Close(exact.Value, symbolic, 1e-9), $"grad gives {exact}, diff gives {formula} = {symbolic}");
        });

    [Fact]
    public void The_compiled_program_and_the_evaluator_agree_on_values_and_gradients() =>
        Run(ProgramGenerator.Programs("p", "q"), (program, tally) =>
        {
            var lesson = new Lesson(program.Definitions);
            var expr = Parser.ParseExpression(program.Expression).Expr!;
            // Off the generator's grid of tenths, where ties such as max(p, a) at p = a = 0.3 sit on a kink
            // and a last-digit difference between reverse mode and a formula decides which side wins.
            double[] point = [0.3123456789, -0.7123456789];
            var byEvaluator = new EvaluatedFunction(expr, lesson.Scope, ["p", "q"]);
            var byProgram = ScalarCompiler.TryCompile(expr, lesson.Scope, ["p", "q"]);
            var (evaluatorGradient, programGradient) = (new double[2], new double[2]);
            var value = byEvaluator.ValueAndGradient(point, evaluatorGradient);
            if (!double.IsFinite(value) || Math.Abs(value) > 1e8) return;
            var pointed = new Lesson([.. program.Definitions, $"p = {Text(point[0])}", $"q = {Text(point[1])}"]);
            Assert.True(Close(pointed.Value(program.Expression) ?? double.NaN, value, 1e-12), "the compiled evaluator and the evaluator's value differ");
            tally.Compared();
            if (byProgram is null) return;
            Assert.True(Close(value, byProgram.ValueAndGradient(point, programGradient), 1e-12), "the scalar program's value differs");
            for (var i = 0; i < 2; i++)
            {
                if (double.IsNaN(evaluatorGradient[i])) continue;
                Assert.True(Close(evaluatorGradient[i], programGradient[i], 1e-9),
                    $"d/d{"pq"[i]}: the evaluator's reverse mode gives {evaluatorGradient[i]}, the scalar program {programGradient[i]}");
            }
        });

    [Fact]
    public void First_and_second_derivatives_and_hessians_agree_with_central_differences() =>
        Run(ProgramGenerator.Programs(), (program, tally) =>
        {
            // The parameters are named a and b like the lesson's variables: inside F and G they are
            // the parameters, inside the functions F and G call they are still the variables.
            var lesson = new Lesson([.. program.Definitions, $"F(a) = {program.Expression}", $"G(a, b) = {program.Expression}"]);
            // Off the grid of tenths, for the same reason: at t = 0.7 with b = -0.7, min(log(1 + (a + b)^2), 0) ties exactly.
            const double t = 0.7123456789, u = -0.4123456789;
            if (lesson.Value($"F({Text(t)})") is null) return;
            var (slope, refused) = lesson.Try($"F'({Text(t)})");
            if (slope is not { } first) return;
            if (CentralDifference(s => lesson.Value($"F({Text(s)})"), t) is { } numeric)
            {
                Assert.True(Close(numeric, first, 1e-5), $"F' gives {first}, central differences {numeric}");
                tally.Compared();
            }
            var (curvature, symbolicRefused) = lesson.Try($"F''({Text(t)})");
            if (symbolicRefused == SiteGen.Compute.Syntax.ExpressionError.Codes.Symbolic) return;
            Assert.Null(symbolicRefused);
            if (curvature is { } second && CentralDifference(s => lesson.Try($"F'({Text(s)})").Value, t) is { } numericSecond)
                Assert.True(Close(numericSecond, second, 1e-4), $"F'' gives {second}, central differences of F' {numericSecond}");
            var hessian = Calculator.Evaluate($"hessian(G, [{Text(t)}, {Text(u)}])", lesson.Scope, allowNonFinite: true);
            if (hessian.Error is not null || !hessian.Value!.AllFinite()) return;
            for (var i = 0; i < 2; i++)
                for (var j = 0; j < 2; j++)
                {
                    var (row, column) = (i, j);
                    double? Partial(double s)
                    {
                        var (x, y) = column == 0 ? (s, u) : (t, s);
                        var g = Calculator.Evaluate($"grad(G, [{Text(x)}, {Text(y)}])", lesson.Scope, allowNonFinite: true).Value;
                        return g is not null && double.IsFinite(g[row]) ? g[row] : null;
                    }
                    if (CentralDifference(Partial, column == 0 ? t : u) is { } numericEntry)
                        Assert.True(Close(numericEntry, hessian.Value[i * 2 + j], 1e-4),
                            $"hessian[{i}, {j}] is {hessian.Value[i * 2 + j]}, central differences of grad {numericEntry}");
                }
        });

    [Fact]
    public void Simplifying_an_expression_keeps_its_value() =>
        Run(ProgramGenerator.Programs("p"), (program, tally) =>
        {
            var lesson = new Lesson([.. program.Definitions, "p = 0.3"]);
            if (lesson.Value(program.Expression) is not { } value) return;
            var simplified = ExpressionPrinter.Print(Simplifier.Simplify(Parser.ParseExpression(program.Expression).Expr!));
            Assert.True(Close(value, lesson.Value(simplified) ?? double.NaN, 1e-12), $"simplified to {simplified}");
            tally.Compared();
        });

    [Fact]
    public void Every_printed_expression_and_formula_reads_back_as_the_same_tree() =>
        Run(ProgramGenerator.Programs(), (program, tally) =>
        {
            var lesson = new Lesson(program.Definitions);
            AssertReadsBack(Parser.ParseExpression(program.Expression).Expr!);
            tally.Compared();
            if (lesson.Formula($"diff({program.Expression}, a)") is { } formula)
            {
                var parsed = Parser.ParseExpression(formula);
                Assert.True(parsed.Error is null, $"diff printed {formula}, which does not parse: {parsed.Error?.Message}");
                AssertReadsBack(parsed.Expr!);
            }
        });

    private static void AssertReadsBack(Expr tree)
    {
        var printed = ExpressionPrinter.Print(tree);
        var reread = Parser.ParseExpression(printed);
        Assert.True(reread.Error is null, $"{printed} does not parse: {reread.Error?.Message}");
        Assert.Equal(Shape(tree), Shape(reread.Expr!));
    }

    /// <summary>A tree without its spans, a negated number and a negative literal being one thing.</summary>
    private static string Shape(Expr e) => e switch
    {
        NumberExpr n => Lesson.Text(n.Value),
        UnaryExpr { Operator: '-', Operand: NumberExpr n } => Lesson.Text(-n.Value),
        UnaryExpr { Operator: '+' } u => Shape(u.Operand),
        UnaryExpr u => $"(neg {Shape(u.Operand)})",
        NameExpr n => n.Name,
        BinaryExpr b => $"({b.Operator} {Shape(b.Left)} {Shape(b.Right)})",
        CallExpr c => $"({c.Function}{new string('\'', c.Primes)} {string.Join(" ", c.Arguments.Select(Shape).Concat(c.Named.Select(n => n.Name + "=" + Shape(n.Value))))})",
        ArrayExpr a => $"[{string.Join(" ", a.Items.Select(Shape))}]",
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };
}
