using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Markdown;

/// <summary>Turns Markdig's 0-based positions and character offsets into file positions.</summary>
/// <remarks>
/// A directive's Markdown body is parsed on its own; its map carries the line and column
/// where the body starts, so positions inside it still point into the page's file.
/// </remarks>
public sealed class SourceMap(SourceFile file, string markdown, int lineOffset = 0, int columnOffset = 0)
{
    public SourceFile File { get; } = file;
    public string Markdown { get; } = markdown;

    /// <summary>How far the text is from the start of its file: a directive body's first line and column, less one.</summary>
    public int LineOffset { get; } = lineOffset;
    public int ColumnOffset { get; } = columnOffset;

    /// <summary>Where a node is; nodes of a directive body have been moved to file positions already.</summary>
    public SourceLocation At(MarkdownObject node) => File.At(node.Line + 1, node.Column + 1);

    /// <summary>The file position of a character offset into the parsed text.</summary>
    public SourceLocation AtOffset(int offset)
    {
        offset = Math.Clamp(offset, 0, Markdown.Length);
        var lineStart = Markdown.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0) lineStart = 0;
        var line = 1 + Markdown.AsSpan(0, lineStart).Count('\n');
        return File.At(line + LineOffset, offset - lineStart + 1 + ColumnOffset);
    }

    /// <summary>The raw text a node was parsed from.</summary>
    public string TextOf(MarkdownObject node) =>
        node.Span.IsEmpty || node.Span.End >= Markdown.Length + 1 ? "" : Markdown.Substring(node.Span.Start, node.Span.Length);
}
