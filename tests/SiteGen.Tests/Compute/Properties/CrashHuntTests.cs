using System.Diagnostics;
using CsCheck;
using SiteGen.Compute.Evaluation;

namespace SiteGen.Tests.Compute.Properties;

/// <summary>
/// Whatever an author types, the parser and evaluator answer with a value or a positioned error:
/// no exception escapes, nothing hangs, and absurd sizes are refused before anything is allocated.
/// </summary>
public class CrashHuntTests
{
    private static readonly string[] Tokens =
    [
        "x", "y", "w", "f", "g", "f0", "(", ")", "[", "]", ",", "+", "-", "*", "/", "^", "@", "'", "''", "=", " ",
        "0", "1", "2.5", "1e308", "1e-320", "-0", "1e9", "pi", "e", "sum", "grad", "diff", "hessian", "sigmoid", "relu",
        "leaky_relu", "slope=", "alpha=", "linspace", "softmax", "dot", "norm", "max", "min", "log", "sqrt", "atan2",
        "#", "$", "é", "\t", "\"", "∇", ".", ";",
    ];

    private static Gen<string> Inputs =>
        Gen.Frequency(
            (4, Gen.OneOf(Tokens).Array[0, 40].Select(parts => string.Concat(parts))),
            (1, Gen.String[0, 40]));

    private static readonly string[] Definitions = ["w = [0.5, -0.3]", "M = [[1, 2], [3, 4]]", "f(x) = x^2 + sum(w)", "g(x, y) = f(x) * y"];

    [Fact]
    public void No_input_crashes_or_hangs_the_parser_or_the_evaluator() =>
        PropertyRuns.Check(Inputs, text =>
        {
            var scope = new Scope();
            foreach (var definition in Definitions) Assert.Null(Calculator.Define(definition, scope));
            var clock = Stopwatch.StartNew();
            Calculator.Define(text, scope);
            Calculator.Evaluate(text, scope);
            Calculator.Evaluate(text, scope, allowNonFinite: true);
            if (Calculator.Compile(text, scope, ["x", "y"]).Function is { } compiled)
            {
                compiled.Evaluate(0.3, -1.2);
                compiled.ValueAndGradient([0.3, -1.2], new double[2]);
            }
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.Elapsed.TotalSeconds:F1} s for {text}");
        }, iterations: 3000);

    [Theory]
    [InlineData("linspace(0, 1, 1e9)", "SG1205")]
    [InlineData("[linspace(0, 1, 1000000), linspace(0, 1, 1000000)]", "SG1208")]
    [InlineData("[[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]] @ [linspace(0, 1, 200000)]", "SG1205")]
    public void Absurd_sizes_are_refused_before_they_are_allocated(string expression, string code)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Calculator.Evaluate(expression, new Scope()).Error;
        Assert.Equal(code, error?.Code);
        // Two rows of a million are 16 MB; a ten-million-element product would be 80 MB.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 40_000_000, "allocated before refusing");
    }
}
