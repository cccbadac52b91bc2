using System.Text.RegularExpressions;
using SiteGen.Compute.Evaluation;
using SiteGen.Diagnostics;

namespace SiteGen.Directives.Compute;

/// <summary>
/// Plain text that may cite computed values, as prose does: {eval}`f'(3)` inside a caption,
/// alt text or figure label is replaced by the value, so no number in a figure's words is
/// typed by hand either.
/// </summary>
public static partial class ComputedText
{
    [GeneratedRegex(@"\{eval\}`(?<expr>[^`]+)`")]
    private static partial Regex EvalRole();

    /// <summary>The text with every {eval} role replaced; errors are reported at the expression's column.</summary>
    public static string Expand(string text, SourceLocation at, Scope scope, DiagnosticBag diagnostics)
    {
        if (!text.Contains("{eval}`", StringComparison.Ordinal)) return text;
        return EvalRole().Replace(text, match =>
        {
            var expression = match.Groups["expr"];
            var cited = Citation.Evaluate(expression.Value, at with { Column = at.Column + expression.Index }, scope, diagnostics);
            return cited?.Text ?? match.Value;
        });
    }
}
