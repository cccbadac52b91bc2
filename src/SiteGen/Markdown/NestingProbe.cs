namespace SiteGen.Markdown;

/// <summary>
/// Finds the line where Markdown nests deepest (block quotes, list items, colon-fenced containers,
/// runs of emphasis marks), to say where a page is nested too deeply for the parser.
/// </summary>
internal static class NestingProbe
{
    /// <summary>Markdig's limit: it refuses text nested deeper than this.</summary>
    public const int ParserLimit = 128;

    /// <summary>The character offset of the start of the deepest line.</summary>
    public static int DeepestLineStart(string markdown) => Deepest(markdown, certainOnly: false).Start;

    /// <summary>
    /// The first line whose quotes and colon-fenced containers alone, which nest without doubt, go
    /// past <see cref="ParserLimit"/>; null when none does. Markdig takes seconds to refuse 2,000
    /// nested containers, so such text is refused before it is parsed.
    /// </summary>
    public static int? CertainlyTooDeep(string markdown) =>
        Deepest(markdown, certainOnly: true) is { Depth: > ParserLimit } deepest ? deepest.Start : null;

    private static (int Start, int Depth) Deepest(string markdown, bool certainOnly)
    {
        var (best, bestDepth, fences, start) = (0, -1, new Stack<int>(), 0);
        foreach (var line in markdown.Split('\n'))
        {
            var depth = Depth(line.TrimEnd('\r'), fences, certainOnly);
            if (depth > bestDepth) (best, bestDepth) = (start, depth);
            if (certainOnly && depth > ParserLimit) break;
            start += line.Length + 1;
        }
        return (best, bestDepth);
    }

    private static int Depth(string line, Stack<int> fences, bool certainOnly)
    {
        var (i, quotes, indent) = (0, 0, 0);
        while (i < line.Length && line[i] is '>' or ' ' or '\t')
        {
            if (line[i] == '>') quotes++;
            else if (quotes == 0) indent++;
            i++;
        }
        var rest = line[i..];
        var colons = rest.TakeWhile(c => c == ':').Count();
        if (colons >= 3)
        {
            if (rest.Length == colons && fences.Count > 0 && colons >= fences.Peek()) fences.Pop();
            else if (rest.Length > colons) fences.Push(colons);
        }
        if (certainOnly) return quotes + fences.Count;
        var markers = ListMarkers(rest);
        var list = markers > 0 ? indent / 2 + markers : 0;
        // A line of only *, - or _ is a thematic break, however long, not emphasis.
        var emphasis = rest.Trim().Trim('*', '-', '_', ' ').Length == 0 ? 0 : LongestRun(line, '*') / 2 + LongestRun(line, '_') / 2;
        return quotes + list + fences.Count + emphasis;
    }

    /// <summary>List markers at the start of a line, one per level: `- - - item`, `1. 1. x`.</summary>
    private static int ListMarkers(string text)
    {
        var (count, i) = (0, 0);
        while (i < text.Length)
        {
            var start = i;
            if (text[i] is '-' or '*' or '+') i++;
            else
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 9) i++;
                if (i == start || i >= text.Length || text[i] is not ('.' or ')')) return count;
                i++;
            }
            if (i >= text.Length || text[i] != ' ') return count;
            while (i < text.Length && text[i] == ' ') i++;
            count++;
        }
        return count;
    }

    private static int LongestRun(string line, char mark)
    {
        var (longest, run) = (0, 0);
        foreach (var c in line)
        {
            run = c == mark ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
