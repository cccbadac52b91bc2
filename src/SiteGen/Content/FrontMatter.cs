using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>What a page says about itself in the YAML block at its top.</summary>
public sealed record FrontMatter(string? Title, string? Description, int? Weight, string? Slug, bool Draft, int BodyStartLine)
{
    /// <summary>Whether the site's search lists the page (`search: false` leaves it out).</summary>
    public bool Search { get; init; } = true;

    public static readonly FrontMatter None = new(null, null, null, null, false, 1);

    private static readonly string[] Keys = ["title", "description", "weight", "slug", "draft", "search"];

    /// <summary>
    /// Reads the front matter of <paramref name="file"/>, if it has one. Returns the front
    /// matter and the text Markdig should parse: the front matter lines are blanked, not
    /// removed, so every line and column Markdig reports is the file's own.
    /// </summary>
    public static (FrontMatter Meta, string Markdown) Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (!IsFence(text, 0, out var firstLineEnd)) return (None, text);

        var position = firstLineEnd;
        var line = 2;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end + 1;
            if (IsFence(text, position, out _) || IsDocumentEnd(text, position))
            {
                var yaml = text[firstLineEnd..position];
                var meta = Read(yaml, file, diagnostics) with { BodyStartLine = line + 1 };
                return (meta, new string('\n', line) + text[lineEnd..]);
            }
            position = lineEnd;
            line++;
        }
        diagnostics.Report(DiagnosticCodes.FrontMatterUnclosed,
            "front matter starts with '---' but has no closing '---' line", file.At(1, 1));
        return (None, text);
    }

    private static FrontMatter Read(string yaml, SourceFile file, DiagnosticBag diagnostics)
    {
        var mapping = YamlText.ParseMapping(yaml, file, 2, 1, diagnostics);
        if (mapping is null) return None;
        var reader = new SettingsReader(mapping, file, 2, 1, diagnostics, "front matter");
        reader.WarnAboutUnknownKeys(Keys);
        var slug = reader.String("slug");
        if (slug is not null && Slugs.Problem(slug) is { } problem) reader.Invalid("slug", problem);
        return new FrontMatter(reader.String("title"), reader.String("description"), reader.Integer("weight"),
            slug, reader.Boolean("draft") ?? false, 1) { Search = reader.Boolean("search") ?? true };
    }

    private static bool IsFence(string text, int start, out int lineEnd) => IsLine(text, start, "---", out lineEnd);
    private static bool IsDocumentEnd(string text, int start) => IsLine(text, start, "...", out _);

    private static bool IsLine(string text, int start, string marker, out int lineEnd)
    {
        var end = text.IndexOf('\n', start);
        lineEnd = end < 0 ? text.Length : end + 1;
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd();
        return line.SequenceEqual(marker);
    }
}
