using System.Text;

namespace SiteGen.Content;

/// <summary>
/// URL slugs: lowercase ASCII letters, digits, single hyphens and dots between them, so that a
/// page written for another tool keeps its address (`mkdocs-2.0`, as MkDocs and Hugo publish it).
/// </summary>
public static class Slugs
{
    public static bool IsValid(string slug) => Problem(slug) is null;

    /// <summary>What is wrong with a slug from front matter, as the sentence to print, or null when it is a good one.</summary>
    public static string? Problem(string slug)
    {
        if (slug.Length == 0 || !slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '.')
            || slug[0] is '-' or '.' || slug[^1] is '-' or '.')
            return $"slug '{slug}' may contain only lowercase letters, digits, and '-' or '.' between them";
        if (slug.Contains("--", StringComparison.Ordinal) || slug.Contains("..", StringComparison.Ordinal))
            return $"slug '{slug}' may not have two '-' or '.' in a row";
        // The page is published as SLUG/index.html; a slug that ends like a file would read as one in links.
        if (PageExtensions.FirstOrDefault(e => slug.EndsWith(e, StringComparison.Ordinal)) is { } extension)
            return $"slug '{slug}' ends in '{extension}', which makes its address look like a file; write '{slug[..^extension.Length]}'";
        return null;
    }

    private static readonly string[] PageExtensions = [".md", ".markdown", ".html", ".htm"];

    /// <summary>Turns a title or file name into a slug ("Gradients of ReLU!" → "gradients-of-relu", "Café" → "cafe").</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = Unaccent(char.ToLowerInvariant(c));
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(lower);
            // A dot between a letter or digit and the next ("2.0") stays; any other is a separator.
            else if (lower == '.' && builder.Length > 0 && char.IsAsciiLetterOrDigit(builder[^1]) && i + 1 < text.Length
                     && char.IsAsciiLetterOrDigit(text[i + 1])) builder.Append('.');
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
