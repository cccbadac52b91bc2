using System.Globalization;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>Creates the next lesson file, numbered after the existing ones, with a skeleton to fill in.</summary>
public static class LessonScaffold
{
    /// <summary>Returns the new file's path, or null after reporting why it was not written.</summary>
    public static string? Create(string contentDirectory, string title, DiagnosticBag diagnostics)
    {
        var slug = Slugs.From(title);
        if (slug.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidSlug, $"cannot make a file name from the title '{title}'", null);
            return null;
        }
        var lessons = Path.Combine(contentDirectory, "lessons");
        var existing = Directory.Exists(lessons)
            ? Directory.EnumerateFiles(lessons, "*.md").Select(f => Slugs.SplitOrderPrefix(Path.GetFileNameWithoutExtension(f))).ToList()
            : [];
        if (existing.Any(e => e.Name == slug))
        {
            diagnostics.Error(DiagnosticCodes.FileExists, $"a lesson named '{slug}' already exists in '{SourceFile.DisplayPathOf(lessons)}'", null);
            return null;
        }
        var number = existing.Count == 0 ? 1 : existing.Max(e => e.Order ?? 0) + 1;
        var path = Path.Combine(lessons, $"{number.ToString("00", CultureInfo.InvariantCulture)}-{slug}.md");
        if (File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.FileExists, $"'{SourceFile.DisplayPathOf(path)}' already exists; not overwriting it", null);
            return null;
        }
        Directory.CreateDirectory(lessons);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(Skeleton(title, number));
        }
        catch (IOException e)
        {
            diagnostics.Error(DiagnosticCodes.FileExists, $"cannot create '{SourceFile.DisplayPathOf(path)}': {e.Message}", null);
            return null;
        }
        return path;
    }

    private static string Skeleton(string title, int number) => $"""
        ---
        title: {Quote(title)}
        description: ""
        weight: {number}
        ---

        In this lesson you will learn:

        - the first idea
        - the second idea

        ## The first idea

        Write here. Define functions in a `{"{define}"}` block and show results with `{"{eval}"}`.

        ## Key takeaways

        - One sentence per idea the reader should keep.

        """;

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
