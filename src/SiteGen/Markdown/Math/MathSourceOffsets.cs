using Markdig.Extensions.Mathematics;

namespace SiteGen.Markdown.MathML;

/// <summary>
/// Maps a <see cref="MathProblem.Offset"/> (into the TeX given to <see cref="LatexToMathML"/>) back to
/// a character offset into the Markdown the node was parsed from, for <see cref="SourceMap.AtOffset"/>.
/// </summary>
public static class MathSourceOffsets
{
    /// <summary>The TeX of an inline formula is its Content, a slice of the parsed text.</summary>
    public static int ToMarkdownOffset(MathInline math, int texOffset) =>
        math.Content.Start + Math.Clamp(texOffset, 0, math.Content.Length);

    /// <summary>The TeX of a block is its lines joined by '\n'; each line is a slice of the parsed text.</summary>
    public static int ToMarkdownOffset(MathBlock math, int texOffset)
    {
        var lines = math.Lines.Lines;
        var lineStart = 0;
        for (var i = 0; i < math.Lines.Count; i++)
        {
            var slice = lines[i].Slice;
            if (texOffset <= lineStart + slice.Length || i == math.Lines.Count - 1)
                return slice.Start + Math.Clamp(texOffset - lineStart, 0, slice.Length);
            lineStart += slice.Length + 1;
        }
        return math.Span.Start;
    }
}
