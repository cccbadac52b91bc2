using System.Globalization;
using SiteGen.Compute.Evaluation;

namespace SiteGen.Tests.Compute.Compiled;

/// <summary>Scopes and compiled functions for the tests, built the way a lesson builds them.</summary>
internal static class Lessons
{
    public static Scope Scope(params string[] definitions)
    {
        var scope = new Scope();
        foreach (var definition in definitions) Assert.Null(Calculator.Define(definition, scope));
        return scope;
    }

    public static CompiledFunction Compile(string text, Scope scope, params string[] parameters)
    {
        var compiled = Calculator.Compile(text, scope, parameters);
        Assert.True(compiled.Error is null, compiled.Error?.Message);
        return compiled.Function!;
    }

    /// <summary>The interpreter's value with the parameters defined as variables: what the compiled function must match.</summary>
    public static double Interpreted(string text, string[] definitions, string[] parameters, double[] point)
    {
        var scope = Scope([.. definitions.Where(d => !parameters.Contains(DefinedName(d)))]);
        for (var i = 0; i < parameters.Length; i++)
            Assert.Null(Calculator.Define($"{parameters[i]} = {point[i].ToString("R", CultureInfo.InvariantCulture)}", scope));
        var result = Calculator.Evaluate(text, scope, allowNonFinite: true);
        Assert.True(result.Error is null, result.Error?.Message);
        return result.Value!.ScalarValue;
    }

    private static string DefinedName(string definition) => definition.Split('=', '(')[0].Trim();

    public static void AssertClose(double expected, double actual, string because, double tolerance = 1e-12)
    {
        if (double.IsNaN(expected) && double.IsNaN(actual)) return;
        Assert.True(expected == actual || Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected)),
            $"{because}: expected {expected:R}, got {actual:R}");
    }
}
