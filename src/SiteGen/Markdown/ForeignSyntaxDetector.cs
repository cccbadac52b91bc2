using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;

namespace SiteGen.Markdown;

/// <summary>
/// Spots syntax that other documentation tools understand and SiteGen does not, so an author
/// bringing pages from MkDocs, Hugo, Sphinx or MyST gets a positioned warning with the
/// SiteGen way to write it, instead of silently odd output.
/// </summary>
public sealed partial class ForeignSyntaxDetector : ISourceAwareExtension
{
    private sealed record Pattern(Regex Regex, string Message);

    private static readonly Pattern[] LinePatterns =
    [
        new(MkDocsAdmonition(), "MkDocs admonitions ('!!! note') are not supported; write ':::note' on its own line, the content, then ':::'"),
        new(RestructuredTextDirective(), "reStructuredText directives ('.. name::') are not supported; write a MyST directive, ```{name}"),
        new(MystTarget(), "MyST target labels ('(label)=') are not supported; every heading already has an id to link to, such as '#my-heading'"),
    ];

    private static readonly Pattern[] InlinePatterns =
    [
        new(HugoShortcode(), "Hugo shortcodes ('{{< name >}}') are not supported; they are left as text"),
        new(TemplateTag(), "template tags ('{% ... %}') are not evaluated in Markdown; they are left as text"),
    ];

    [GeneratedRegex(@"^(!!!|\?\?\?\+?)\s*[A-Za-z]", RegexOptions.Multiline)]
    private static partial Regex MkDocsAdmonition();
    [GeneratedRegex(@"^\.\.\s+[A-Za-z][\w-]*::", RegexOptions.Multiline)]
    private static partial Regex RestructuredTextDirective();
    [GeneratedRegex(@"^\([\w.:-]+\)=\s*$", RegexOptions.Multiline)]
    private static partial Regex MystTarget();
    [GeneratedRegex(@"^```+\{[A-Za-z][\w:-]*\}[^\n]*`", RegexOptions.Multiline)]
    private static partial Regex DirectiveFenceWithBackticks();
    [GeneratedRegex(@"\{\{[<%]")]
    private static partial Regex HugoShortcode();
    [GeneratedRegex(@"\{%-?\s*\w")]
    private static partial Regex TemplateTag();

    public void Setup(Markdig.MarkdownPipelineBuilder pipeline) { }

    public void Setup(Markdig.MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer) { }

    public void Process(MarkdownDocument document, ParseState state) => Inspect(document, state.Map, state.Diagnostics);

    public void Inspect(MarkdownDocument document, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var text = map.TextOf(paragraph);
            foreach (var pattern in LinePatterns)
                if (pattern.Regex.Match(text) is { Success: true } match)
                    diagnostics.Report(DiagnosticCodes.ForeignSyntax, pattern.Message, map.AtOffset(paragraph.Span.Start + match.Index));
            // CommonMark forbids backticks in a backtick fence's first line, so such a "directive" is
            // silently read as inline code; say so instead of losing the block.
            if (DirectiveFenceWithBackticks().Match(text) is { Success: true } fence)
                diagnostics.Report(DiagnosticCodes.BrokenFence,
                    "this directive's first line contains a backtick, so it is not a fenced block (CommonMark forbids backticks there); " +
                    "fence it with '~~~' instead, or move that text into an option such as ':caption:'",
                    map.AtOffset(paragraph.Span.Start + fence.Index));
        }
        // Shortcodes and template tags only count in running text: inside `code` they are examples.
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            foreach (var pattern in InlinePatterns)
                if (pattern.Regex.Match(text) is { Success: true } match)
                    diagnostics.Report(DiagnosticCodes.ForeignSyntax, pattern.Message, map.AtOffset(literal.Span.Start + match.Index));
        }
    }
}
