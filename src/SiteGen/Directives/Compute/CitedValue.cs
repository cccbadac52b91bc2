using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Directives.Compute;

/// <summary>
/// The text of an {eval} role: an expression, optionally followed by `:N` for N significant
/// digits, as MyST's glue role takes a format after its key (`{eval}`norm(d):3``). The lesson
/// language has no colon, so the suffix cannot be mistaken for part of the expression.
/// </summary>
public readonly partial record struct CitedValue(string Expression, int Digits)
{
    [GeneratedRegex(@"^(?<expr>.*?)\s*:\s*(?<digits>\d+)\s*$", RegexOptions.Singleline)]
    private static partial Regex WithDigits();

    /// <summary>What is wrong with the digits after ':', or null; <see cref="ProblemAt"/> is where they start in the text.</summary>
    public string? DigitsProblem { get; init; }

    public int ProblemAt { get; init; }

    public static CitedValue Parse(string text)
    {
        var match = WithDigits().Match(text);
        if (!match.Success) return new CitedValue(text, NumberFormat.DefaultDigits);
        var written = match.Groups["digits"];
        if (int.TryParse(written.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var digits)
            && digits >= NumberFormat.MinDigits && digits <= NumberFormat.MaxDigits)
            return new CitedValue(match.Groups["expr"].Value, digits);
        return new CitedValue(match.Groups["expr"].Value, NumberFormat.DefaultDigits)
        {
            DigitsProblem = $"the significant digits after ':' must be from {NumberFormat.MinDigits} to {NumberFormat.MaxDigits}, not {written.Value}",
            ProblemAt = written.Index,
        };
    }
}
