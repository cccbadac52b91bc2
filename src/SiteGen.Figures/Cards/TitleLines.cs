namespace SiteGen.Figures.Cards;

/// <summary>Breaks a title into lines no wider than a measure, the way a typesetter would by hand.</summary>
internal static class TitleLines
{
    /// <summary>
    /// Fills each line greedily with whole words. A word wider than a line on its own is split
    /// between characters, and <paramref name="splitWord"/> says so: the caller had better try a
    /// smaller size first.
    /// </summary>
    public static List<string> Wrap(string text, double width, Func<string, double> measure, out bool splitWord)
    {
        splitWord = false;
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (measure(candidate) <= width) { line = candidate; continue; }
            if (line.Length > 0) lines.Add(line);
            line = word;
            while (measure(line) > width && line.Length > 1)
            {
                splitWord = true;
                var fits = LongestFittingPrefix(line, width, measure);
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    /// <summary>The line cut short with an ellipsis so that it fits, when it does not already.</summary>
    public static string Ellipsize(string line, double width, Func<string, double> measure)
    {
        if (measure(line) <= width) return line;
        // Cut after a whole word when one fits; inside a word only when none does.
        for (var space = line.LastIndexOf(' '); space > 0; space = line.LastIndexOf(' ', space - 1))
        {
            var shortened = line[..space].TrimEnd(' ', ',', ';', ':') + "…";
            if (measure(shortened) <= width) return shortened;
        }
        for (var length = line.Length - 1; length > 0; length--)
        {
            var shortened = line[..length].TrimEnd() + "…";
            if (measure(shortened) <= width) return shortened;
        }
        return "…";
    }

    private static int LongestFittingPrefix(string word, double width, Func<string, double> measure)
    {
        var length = word.Length - 1;
        while (length > 1 && measure(word[..length]) > width) length--;
        // Never cut a surrogate pair in two.
        if (length > 1 && char.IsHighSurrogate(word[length - 1])) length--;
        return Math.Max(length, 1);
    }
}
