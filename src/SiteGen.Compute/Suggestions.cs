namespace SiteGen.Compute;

/// <summary>Finds the known name an author most likely meant, for "did you mean" hints.</summary>
public static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = EditDistance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        // Beyond a third of the word, a "suggestion" is noise rather than help.
        return best is not null && bestDistance <= Math.Max(1, typed.Length / 3) ? best : null;
    }

    public static string DidYouMean(string typed, IEnumerable<string> known) =>
        Closest(typed, known) is { } hit ? $"; did you mean '{hit}'?" : "";

    /// <summary>Edits between two words, counting a swap of neighbours ("lable" for "label") as one.</summary>
    private static int EditDistance(string a, string b)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }
        return previous[b.Length];
    }
}
