namespace SiteGen.Build;

/// <summary>
/// Finds the theme folder: `--theme` when given, else `themes/NAME` (NAME from site.yml) beside
/// the content folder or in a folder above it, as a repository's own themes folder is.
/// </summary>
public static class ThemeLocator
{
    public static string Locate(string contentDirectory, string? explicitTheme, string themeName)
    {
        if (explicitTheme is not null) return Path.GetFullPath(explicitTheme);
        var start = Path.GetDirectoryName(Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar));
        for (var folder = start; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, "themes", themeName);
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(start ?? ".", "themes", themeName);
    }
}
