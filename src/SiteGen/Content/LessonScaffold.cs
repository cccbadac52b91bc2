using System.Globalization;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>Creates the next lesson file, numbered after the existing ones, with a skeleton to fill in.</summary>
public static class LessonScaffold
{
    /// <summary>
    /// Why a title cannot be a lesson's title, or null when it can: a title is one line, and a
    /// line break in it would end the front matter's title line and start a line of its own.
    /// </summary>
    public static string? TitleProblem(string title)
    {
        var at = title.ToList().FindIndex(IsLineBreakOrControl);
        if (at < 0) return null;
        var bad = title[at];
        var kind = bad is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' ? "a line break" : "a control character";
        return $"the title contains {kind} (U+{(int)bad:X4}) at position {at + 1}; give it as one line of text";
    }

    private static bool IsLineBreakOrControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>Returns the new file's path, or null after reporting why it was not written.</summary>
    public static string? Create(string contentDirectory, string title, DiagnosticBag diagnostics)
    {
        var slug = Slugs.From(title);
        if (slug.Length == 0)
        {
            diagnostics.Report(DiagnosticCodes.InvalidSlug, $"cannot make a file name from the title '{title}'", null);
            return null;
        }
        var lessons = Path.Combine(contentDirectory, "lessons");
        var existing = Directory.Exists(lessons)
            ? Directory.EnumerateFiles(lessons, "*.md").Select(f => Slugs.SplitOrderPrefix(Path.GetFileNameWithoutExtension(f))).ToList()
            : [];
        if (existing.Any(e => e.Name == slug))
        {
            diagnostics.Report(DiagnosticCodes.FileExists, $"a lesson named '{slug}' already exists in '{SourceFile.DisplayPathOf(lessons)}'", null);
            return null;
        }
        var number = existing.Count == 0 ? 1 : existing.Max(e => e.Order ?? 0) + 1;
        var path = Path.Combine(lessons, $"{number.ToString("00", CultureInfo.InvariantCulture)}-{slug}.md");
        if (File.Exists(path))
        {
            diagnostics.Report(DiagnosticCodes.FileExists, $"'{SourceFile.DisplayPathOf(path)}' already exists; not overwriting it", null);
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
            diagnostics.Report(DiagnosticCodes.FileExists, $"cannot create '{SourceFile.DisplayPathOf(path)}': {e.Message}", null);
            return null;
        }
        return path;
    }

    /// <summary>A lesson that builds strictly as it is and shows each kind of block once, to be rewritten.</summary>
    private static string Skeleton(string title, int number) => $$"""
        ---
        title: {{Quote(title)}}
        description: ""
        weight: {{number}}
        ---

        :::note In this lesson
        - the first idea
        - the second idea
        :::

        ## The first idea

        Define functions in a `{define}` block; everything after it on this page can use them:

        ```{define}
        f(x) = x^2
        ```

        Cite computed values in sentences with the `{eval}` role: the slope of f at 3 is {eval}`f'(3)`.

        ```{plot} f and its tangent at x = 3
        :alt: The parabola f(x) = x squared from x = −1 to 5, with its tangent line at x = 3.
        x: [-1, 5]
        series:
          - y: f(x)
            label: f(x)
        tangents: [3]
        ```

        ## Key takeaways

        - One sentence per idea the reader should keep.

        """;

    /// <summary>A YAML double-quoted string that reads back as <paramref name="text"/>, whatever it holds.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') quoted.Append('\\').Append(c);
            else if (IsLineBreakOrControl(c) || c is '\uFEFF' or '\uFFFE' or '\uFFFF')  // read as breaks, or not printable, in YAML
                quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }
}
