using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Scaffold;

/// <summary>
/// Writes a new site (`sitegen init`): content/site.yml, a home page, a first lesson with a
/// definition, a cited value and a plot, a .gitignore, and the GitHub Pages workflow. The files
/// are the ones under Scaffold/site/, compiled into the command; {{title}} and {{version}} in
/// them become the site's title and the version of sitegen that the workflow installs.
/// </summary>
public static class SiteScaffold
{
    /// <summary>A file of the scaffold: its path in the new site, with '/', and its text before the placeholders are filled.</summary>
    public sealed record ScaffoldFile(string Path, string Text);

    /// <summary>
    /// Files kept under names without their leading dot, so that this repository's git and GitHub
    /// do not take them for its own: github/workflows/pages.yml is written as .github/workflows/pages.yml.
    /// </summary>
    public static string SitePathOf(string storedPath) =>
        storedPath is "gitignore" || storedPath.StartsWith("github/", StringComparison.Ordinal) ? "." + storedPath : storedPath;

    /// <summary>The paths written, in order, or null after reporting why nothing was written.</summary>
    public static IReadOnlyList<string>? Create(string directory, IReadOnlyList<ScaffoldFile> files, string version, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(directory);
        if (File.Exists(root))
        {
            diagnostics.Report(DiagnosticCodes.FileExists,
                $"'{SourceFile.DisplayPathOf(root)}' is a file; give sitegen init a new or empty folder, such as: sitegen init my-site", null);
            return null;
        }
        if (Directory.Exists(root) && Occupants(root) is { Count: > 0 } occupants)
        {
            var named = string.Join(", ", occupants.Take(3).Select(o => $"'{o}'")) + (occupants.Count > 3 ? $" and {occupants.Count - 3} more" : "");
            diagnostics.Report(DiagnosticCodes.FileExists,
                $"folder '{SourceFile.DisplayPathOf(root)}' is not empty (it holds {named}); sitegen init writes only into a new or empty folder, so nothing is overwritten: "
                + "give it another, such as: sitegen init my-site", null);
            return null;
        }
        var title = TitleFor(root);
        var written = new List<string>();
        try
        {
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var path = Path.Combine(root, SitePathOf(file.Path).Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var text = file.Text.Replace("{{title}}", YamlQuoted(title), StringComparison.Ordinal)
                    .Replace("{{version}}", version, StringComparison.Ordinal);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(new UTF8Encoding(false).GetBytes(text));
                written.Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputFailed, $"cannot write the new site into '{SourceFile.DisplayPathOf(root)}': {e.Message}", null);
            return null;
        }
        return written;
    }

    /// <summary>What a folder holds, but for a .git folder: `git init` first, then `sitegen init`, is fine.</summary>
    private static List<string> Occupants(string root) =>
        Directory.EnumerateFileSystemEntries(root).Select(e => Path.GetFileName(e)!).Where(n => n != ".git").Order(StringComparer.Ordinal).ToList();

    /// <summary>The site is titled after its folder, "my-course" → "My course"; site.yml is there to change it.</summary>
    public static string TitleFor(string root)
    {
        var name = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
        var words = string.Join(' ', name.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (words.Length == 0) return "My site";
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>A YAML double-quoted scalar: any title, even one with a colon or a quote, reads back as written.</summary>
    private static string YamlQuoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        return quoted.Append('"').ToString();
    }
}
