using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Directives.Training;

namespace SiteGen.Directives.Compute;

/// <summary>
/// Plain text that may cite computed values, as prose does: {eval}`f'(3)` or {run}`deep.loss`
/// inside a caption, alt text or figure label is replaced by the value, so no number in a
/// figure's words is typed by hand either.
/// </summary>
public static partial class ComputedText
{
    [GeneratedRegex(@"\{(?<role>eval|run)\}`(?<text>[^`]+)`")]
    private static partial Regex CitingRole();

    /// <summary>The text with every {eval} and {run} role replaced; errors are reported at the cited text's column.</summary>
    public static string Expand(string text, SourceLocation at, PageComputeContext context)
    {
        if (!text.Contains("{eval}`", StringComparison.Ordinal) && !text.Contains("{run}`", StringComparison.Ordinal)) return text;
        return CitingRole().Replace(text, match =>
        {
            var cited = match.Groups["text"];
            var where = at with { Column = at.Column + cited.Index };
            var shown = match.Groups["role"].Value == "eval"
                ? Citation.Evaluate(cited.Value, where, context.State<LessonScope>().Names, context.Diagnostics)?.Text
                : RunCitation.Evaluate(cited.Value, where, context.State<LessonRuns>(), context.Diagnostics)?.Text;
            return shown ?? match.Value;
        });
    }
}
