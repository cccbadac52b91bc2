using SiteGen.Templates;

namespace SiteGen.Build;

/// <summary>
/// Finds the theme: `--theme` when given, else a `themes/NAME` folder (NAME from site.yml) beside
/// the content folder or in a folder above it, as a repository's own themes folder is, else the
/// theme built into sitegen when NAME is its name. A folder always wins, so a site can change the
/// built-in theme by copying it.
/// </summary>
public static class ThemeLocator
{
    public static ThemeSource Locate(string contentDirectory, string? explicitTheme, string themeName, EmbeddedThemeSource? builtIn = null)
    {
        if (explicitTheme is not null) return new FolderThemeSource(explicitTheme);
        var start = Path.GetDirectoryName(Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar));
        for (var folder = start; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, "themes", themeName);
            if (Directory.Exists(candidate)) return new FolderThemeSource(candidate);
        }
        if (builtIn is not null && builtIn.Name == themeName) return builtIn;
        return new FolderThemeSource(Path.Combine(start ?? ".", "themes", themeName));
    }
}
