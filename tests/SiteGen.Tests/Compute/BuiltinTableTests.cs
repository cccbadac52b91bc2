using SiteGen.Compute.Builtins;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Symbolic;
using SiteGen.Compute.Syntax;
using static SiteGen.Tests.Compute.Properties.Lesson;

namespace SiteGen.Tests.Compute;

/// <summary>
/// Every entry of the builtin table, whatever is added to it: its numeric derivative, its formula
/// and each option's partial agree with one another and with central differences, at points
/// away from its kinks; at the kinks they follow PyTorch.
/// </summary>
public class BuiltinTableTests
{
    public static TheoryData<string> Builtins() => [.. ElementwiseFunctions.All.Keys.Order(StringComparer.Ordinal)];

    private static readonly double[] Everywhere = [-2.3, -0.7, -0.05, 0.05, 0.4, 1.1, 2.6];

    /// <summary>Points inside the builtin's domain (and away from tan's poles).</summary>
    private static double[] Points(string name) => name is "log" or "sqrt" ? [0.4, 1.1, 2.6] : name == "tan" ? [-0.7, -0.05, 0.05, 0.4] : Everywhere;

    private static double[] Defaults(ElementwiseFunction f) => f.Parameters.Select(p => p.Default * 1.3 + 0.1).ToArray();

    /// <summary>The formula evaluated: $u is the argument, $o0… the options.</summary>
    private static double Evaluate(Expr formula, double x, double[] options)
    {
        var scope = new Scope();
        var names = new List<string> { "u" };
        var text = ExpressionPrinter.Print(formula).Replace(DerivedFormulas.BuiltinArgument, "u");
        for (var i = 0; i < options.Length; i++)
        {
            text = text.Replace(DerivedFormulas.Option(i), $"o{i}");
            Assert.Null(Calculator.Define($"o{i} = {Text(options[i])}", scope));
        }
        Assert.Null(Calculator.Define($"u = {Text(x)}", scope));
        var result = Calculator.Evaluate(text, scope, allowNonFinite: true);
        Assert.True(result.Error is null, $"{text}: {result.Error?.Message}");
        return result.Value!.ScalarValue;
    }

    private static Expr Option(int i) => new NameExpr(DerivedFormulas.Option(i), default);
    private static readonly Expr Argument = new NameExpr(DerivedFormulas.BuiltinArgument, default);

    [Theory]
    [MemberData(nameof(Builtins))]
    public void The_numeric_derivative_matches_central_differences(string name)
    {
        var f = ElementwiseFunctions.All[name];
        var p = Defaults(f);
        foreach (var x in Points(name).Where(x => name != "round" || Math.Abs(x - Math.Round(x)) > 0.1))
        {
            var numeric = CentralDifference(t => f.Value(t, p), x);
            Assert.True(numeric is not null, $"{name} has no clean central difference at {x}");
            Assert.True(Close(numeric!.Value, f.Derivative(x, p), 1e-6), $"{name}'({x}) is {f.Derivative(x, p)}, central differences {numeric}");
        }
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void The_derivative_formula_gives_the_numeric_derivative_everywhere_kinks_included(string name)
    {
        var f = ElementwiseFunctions.All[name];
        var p = Defaults(f);
        var formula = f.DerivativeFormula(Argument, p.Select((_, i) => Option(i)).ToArray());
        foreach (var x in Everywhere.Append(0))
            Assert.True(Close(f.Derivative(x, p), Evaluate(formula, x, p), 1e-14),
                $"{name}'({x}): the number {f.Derivative(x, p)}, the formula {ExpressionPrinter.Print(formula)} = {Evaluate(formula, x, p)}");
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void Each_option_partial_matches_central_differences_in_the_option(string name)
    {
        var f = ElementwiseFunctions.All[name];
        var p = Defaults(f);
        for (var k = 0; k < f.Parameters.Count; k++)
        {
            var option = k;
            var partial = f.Parameters[k];
            var formula = partial.PartialFormula(Argument, p.Select((_, i) => Option(i)).ToArray());
            foreach (var x in Points(name))
            {
                var numeric = CentralDifference(s => f.Value(x, p.Select((v, i) => i == option ? s : v).ToArray()), p[k]);
                Assert.True(Close(numeric!.Value, partial.Partial(x, p), 1e-6), $"∂{name}/∂{partial.Name} at {x}");
                Assert.True(Close(partial.Partial(x, p), Evaluate(formula, x, p), 1e-14), $"∂{name}/∂{partial.Name} formula at {x}");
            }
        }
    }

    [Theory]
    [InlineData("relu'(0)", "0")]
    [InlineData("abs'(0)", "0")]
    [InlineData("leaky_relu'(0)", "0.01")]
    [InlineData("leaky_relu'(0, slope=0.2)", "0.2")]
    [InlineData("elu'(0, alpha=0.5)", "0.5")]
    [InlineData("step'(0)", "0")]
    [InlineData("grad(relu(w), w)", "0")]
    [InlineData("grad(relu'(w), w)", "0")]
    [InlineData("diff(relu(x), x)", "step(x)")]
    public void At_a_kink_every_path_takes_PyTorch_s_convention(string expression, string expected)
    {
        var scope = new Scope();
        Assert.Null(Calculator.Define("w = 0", scope));
        var result = Calculator.Evaluate(expression, scope);
        Assert.Equal(expected, result.Formula ?? result.Value!.ToString());
    }

    [Fact]
    public void The_differentiator_reads_every_builtin_from_the_table()
    {
        foreach (var (name, f) in ElementwiseFunctions.All)
        {
            var derived = Differentiator.Differentiate(Parser.ParseExpression($"{name}(u)").Expr!, "u", new Scope());
            var fromTable = Simplifier.Simplify(f.DerivativeFormula(new NameExpr("u", default),
                f.Parameters.Select(p => (Expr)new NumberExpr(p.Default, default)).ToArray()));
            Assert.Equal(ExpressionPrinter.Print(fromTable), ExpressionPrinter.Print(derived));
        }
    }
}
