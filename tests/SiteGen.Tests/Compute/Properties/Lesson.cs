using System.Globalization;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;

namespace SiteGen.Tests.Compute.Properties;

/// <summary>A generated program loaded into a scope, with the questions the properties ask of it.</summary>
internal sealed class Lesson
{
    private readonly IReadOnlyList<string> _definitions;

    public Lesson(IEnumerable<string> definitions)
    {
        _definitions = [.. definitions];
        Scope = new Scope();
        foreach (var definition in _definitions)
            if (Calculator.Define(definition, Scope) is { } error)
                throw new InvalidOperationException($"the generator wrote a definition that does not load: {definition}: {error.Message}");
    }

    public Scope Scope { get; }

    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// The value of a scalar expression, or null when it has none to compare: not finite, or a
    /// derivative inside it that is rightly refused (SG1209: diff of an array function; SG1210:
    /// a derivative of a derivative with no formula). A diff standing alone gives a formula; its
    /// value is the formula's.
    /// </summary>
    public double? Value(string expression)
    {
        var (value, code) = Try(expression);
        return code switch
        {
            null => value is { } v && Math.Abs(v) < 1e8 ? v : null,
            ExpressionError.Codes.Symbolic or ExpressionError.Codes.HiddenGradient => null,
            _ => throw new InvalidOperationException($"{expression}: {code} {Calculator.Evaluate(expression, Scope).Error!.Message}"),
        };
    }

    /// <summary>The value, or the error's code: for expressions that may rightly be refused (SG1209, SG1210).</summary>
    public (double? Value, string? Code) Try(string expression)
    {
        var result = Calculator.Evaluate(expression, Scope, allowNonFinite: true);
        if (result.Error is { } error) return (null, error.Code);
        if (result.Formula is { } formula) return Try(formula);
        return (result.Value!.IsScalar && double.IsFinite(result.Value[0]) ? result.Value[0] : null, null);
    }

    public string? Formula(string expression)
    {
        var result = Calculator.Evaluate(expression, Scope);
        return result.Error is { Code: ExpressionError.Codes.Symbolic } ? null
            : result.Error is { } error ? throw new InvalidOperationException($"{expression}: {error.Code} {error.Message}")
            : result.Formula;
    }

    /// <summary>The same lesson with <paramref name="name"/> defined as <paramref name="value"/> instead, and everything after it re-read.</summary>
    public Lesson With(string name, double value) =>
        new(_definitions.Select(d => d.StartsWith(name + " = ", StringComparison.Ordinal) ? $"{name} = {Text(value)}" : d));

    /// <summary>
    /// The central difference of <paramref name="at"/> in t, or null near a kink or where rounding
    /// dominates (the value is so large that the step moves it by only a few units in the last place). Near a kink the forward and backward slopes stay apart as the step shrinks; on a
    /// smooth curve their gap shrinks with it. Two step sizes must also agree.
    /// </summary>
    public static double? CentralDifference(Func<double, double?> at, double t)
    {
        if (at(t) is not { } here) return null;
        (double Forward, double Backward)? Slopes(double h) =>
            at(t + h) is { } ahead && at(t - h) is { } behind ? ((ahead - here) / h, (here - behind) / h) : null;
        if (Slopes(1e-4) is not { } coarse || Slopes(1e-5) is not { } fine) return null;
        var (coarseGap, fineGap) = (Math.Abs(coarse.Forward - coarse.Backward), Math.Abs(fine.Forward - fine.Backward));
        if (fineGap > 0.2 * coarseGap + 1e-6 * Math.Max(1, Math.Abs(here))) return null;
        var (c, f) = ((coarse.Forward + coarse.Backward) / 2, (fine.Forward + fine.Backward) / 2);
        // A large value beside a small slope (5·10⁷ + a term in t) leaves the fine step only a few units in the
        // last place to measure: its quotient is then rounding, however well the two steps happen to agree.
        var magnitude = Math.Abs(here);
        var rounding = 4 * (Math.BitIncrement(magnitude) - magnitude) / 1e-5;
        if (rounding > 1e-6 * Math.Max(1, Math.Abs(f))) return null;
        return Math.Abs(c - f) <= 1e-6 * Math.Max(1, Math.Abs(f)) ? f : null;
    }

    public static bool Close(double expected, double actual, double tolerance) =>
        expected.Equals(actual) || Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected));
}
