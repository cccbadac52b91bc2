using Markdig;
using Markdig.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Markdown;

/// <summary>
/// An extension that finishes the tree once Markdig has built it, knowing where the text is in
/// its file and where to report problems: recognising directives, checking formulas, spotting
/// other tools' syntax. They run in the pipeline's order of extensions.
/// </summary>
public interface ISourceAwareExtension : IMarkdownExtension
{
    void Process(MarkdownDocument document, ParseState state);
}

/// <summary>
/// One parse of Markdown text: the file positions of its characters and the diagnostics it
/// reports. Extensions read it from Markdig's parser context, and parse directive bodies with it.
/// </summary>
public sealed class ParseState(SourceMap map, DiagnosticBag diagnostics, MarkdownPipeline pipeline)
{
    public SourceMap Map { get; } = map;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public MarkdownPipeline Pipeline { get; } = pipeline;

    /// <summary>The state of the parse that Markdig's <paramref name="context"/> belongs to; null outside <see cref="MarkdownParse"/>.</summary>
    public static ParseState? Of(MarkdownParserContext? context) =>
        context?.Properties.GetValueOrDefault(typeof(ParseState)) as ParseState;

    /// <summary>
    /// Parses Markdown that starts at <paramref name="at"/> in this text's file (a directive's
    /// body) and returns its blocks, at their file positions, detached from their document.
    /// </summary>
    public IReadOnlyList<Block> ParseFragment(string markdown, SourceLocation at)
    {
        var map = new SourceMap(Map.File, markdown, at.Line - 1, at.Column - 1);
        var document = MarkdownParse.Parse(markdown, new ParseState(map, Diagnostics, Pipeline));
        var blocks = document.ToList();
        document.Clear();
        return blocks;
    }
}

/// <summary>Markdown text to SiteGen's syntax tree: Markdig's parse, then the source-aware extensions.</summary>
public static class MarkdownParse
{
    public static MarkdownDocument Parse(string markdown, ParseState state)
    {
        var document = ParseGuarded(markdown, state);
        var map = state.Map;
        if (map.LineOffset != 0 || map.ColumnOffset != 0)
            foreach (var node in document.Descendants())
            {
                node.Line += map.LineOffset;
                node.Column += map.ColumnOffset;
            }
        foreach (var extension in state.Pipeline.Extensions.OfType<ISourceAwareExtension>())
            extension.Process(document, state);
        return document;
    }

    /// <summary>
    /// Markdig's tree of the text; empty, after a positioned error, when the text nests deeper than
    /// Markdig allows (it throws, with no position, rather than overflow its stack).
    /// </summary>
    private static MarkdownDocument ParseGuarded(string markdown, ParseState state)
    {
        if (NestingProbe.CertainlyTooDeep(markdown) is { } deep) return TooDeep(deep, state);
        var context = new MarkdownParserContext();
        context.Properties[typeof(ParseState)] = state;
        try
        {
            return Markdig.Markdown.Parse(markdown, state.Pipeline, context);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            return TooDeep(NestingProbe.DeepestLineStart(markdown), state);
        }
    }

    private static MarkdownDocument TooDeep(int lineStart, ParseState state)
    {
        state.Diagnostics.Report(DiagnosticCodes.NestedTooDeeply,
            "Markdown nests too deeply here (quotes, lists, containers or emphasis within one another); flatten it, "
            + "or split it into sections", state.Map.AtOffset(lineStart));
        return new MarkdownDocument();
    }
}
