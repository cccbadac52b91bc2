using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Drawing;

/// <summary>The figure font the default theme ships, loaded once for all figure tests.</summary>
internal static class ThemeFont
{
    /// <summary>Where the build reads the font from; the pages' WOFF2 is under assets/fonts.</summary>
    public static string Folder => Path.Combine(TestSite.DefaultTheme, "fonts");

    public static FigureFont Font { get; } =
        new(File.ReadAllBytes(Path.Combine(Folder, "figure-sans.ttf")), FigureFont.ThemeFamily);
}
