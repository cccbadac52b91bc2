using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;

namespace SiteGen.Markdown.MathML;

/// <summary>
/// Converts a page's formulas in the parse stage, where problems (an unknown command, an
/// unmatched brace) can be reported at their line and column; the renderer then writes the
/// MathML kept on each node, so no formula is converted twice.
/// </summary>
public static class MathChecker
{
    private const string Key = "sitegen.mathml";

    public static void Convert(MarkdownDocument document, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var node in document.Descendants())
        {
            // A directive's body was checked when it was parsed, against its own text.
            if (Converted(node) is not null) continue;
            var (result, offsetOf) = node switch
            {
                MathInline inline => (LatexToMathML.Convert(inline.Content.ToString(), display: false),
                    (Func<int, int>)(offset => MathSourceOffsets.ToMarkdownOffset(inline, offset))),
                MathBlock block => (LatexToMathML.Convert(block.Lines.ToString(), display: true),
                    offset => MathSourceOffsets.ToMarkdownOffset(block, offset)),
                _ => (null, null),
            };
            if (result is null) continue;
            node.SetData(Key, node is MathInline math ? KeepPunctuationAttached(math, result.MathML) : result.MathML);
            foreach (var problem in result.Problems)
                diagnostics.Report(DiagnosticCodes.MathProblem, problem.Message, map.AtOffset(offsetOf!(problem.Offset)));
        }
    }

    /// <summary>
    /// Browsers may break a line between an inline formula and the comma after it, leaving the
    /// comma to start the next line. The punctuation moves into an unbreakable span with the formula.
    /// </summary>
    private static string KeepPunctuationAttached(MathInline math, string mathML)
    {
        if (math.NextSibling is not LiteralInline { Content.Length: > 0 } literal || !",.;:!?)".Contains(literal.Content.CurrentChar))
            return mathML;
        var punctuation = literal.Content.CurrentChar;
        literal.Content.Start++;
        return $"<span class=\"math-nowrap\">{mathML}{punctuation}</span>";
    }

    /// <summary>The MathML converted in the parse stage, if it was.</summary>
    public static string? Converted(MarkdownObject node) => node.GetData(Key) as string;
}
