using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Drawing;

/// <summary>The figure font the default theme ships, loaded once for all figure tests.</summary>
internal static class ThemeFont
{
    public static string Folder => Path.Combine(TestSite.DefaultTheme, "assets", "fonts");

    public static FigureFont Font { get; } =
        new(File.ReadAllBytes(Path.Combine(Folder, "figure-sans.ttf")), FigureFont.ThemeFamily);
}
