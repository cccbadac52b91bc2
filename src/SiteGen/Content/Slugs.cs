using System.Text;

namespace SiteGen.Content;

/// <summary>URL slugs: lowercase ASCII letters, digits and single hyphens.</summary>
public static class Slugs
{
    public static bool IsValid(string slug) =>
        slug.Length > 0 && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') &&
        !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);

    /// <summary>Turns a title or file name into a slug ("Gradients of ReLU!" → "gradients-of-relu", "Café" → "cafe").</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = Unaccent(char.ToLowerInvariant(c));
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(lower);
            else if (lower == 'ß') builder.Append("ss");
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }

    // The build runs with invariant globalization, where Unicode normalization cannot split an
    // accented letter; this table covers the Latin letters titles use.
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťţùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzz";

    private static char Unaccent(char c)
    {
        var at = Accented.IndexOf(c);
        return at < 0 ? c : Plain[at];
    }

    /// <summary>A file name without its ordering prefix: "02-activations" → ("activations", 2).</summary>
    public static (string Name, int? Order) SplitOrderPrefix(string fileStem)
    {
        var digits = 0;
        while (digits < fileStem.Length && char.IsAsciiDigit(fileStem[digits])) digits++;
        if (digits == 0 || digits == fileStem.Length || fileStem[digits] is not ('-' or '_' or '.')) return (fileStem, null);
        // A prefix too long for a number orders nothing; the name is still the name.
        return int.TryParse(fileStem.AsSpan(0, digits), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var order)
            ? (fileStem[(digits + 1)..], order)
            : (fileStem[(digits + 1)..], null);
    }
}
