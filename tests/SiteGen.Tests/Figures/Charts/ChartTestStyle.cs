using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Charts;

/// <summary>
/// The figure style tests measure with: the theme's figure font when the repository has it,
/// otherwise the system's DejaVu Sans, which it is cut from.
/// </summary>
public static class ChartTestStyle
{
    private static readonly Lazy<FigureStyle> Shared = new(() => new FigureStyle(LoadFont()));

    public static FigureStyle Style => Shared.Value;

    private static FigureFont LoadFont()
    {
        var themeFont = Path.Combine(RepositoryRoot(), "themes", "default", "assets", "fonts", "figure-sans.ttf");
        var path = File.Exists(themeFont) ? themeFont : "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        return new FigureFont(File.ReadAllBytes(path), "Figure Sans");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "themes"))) directory = directory.Parent;
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
