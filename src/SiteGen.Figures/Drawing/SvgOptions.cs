namespace SiteGen.Figures.Drawing;

/// <summary>
/// How a scene becomes SVG. <see cref="Standalone"/> writes a file that carries its own colours
/// (light, and dark under `prefers-color-scheme`); otherwise the SVG is for inlining in a page
/// whose figures.css colours it, and follows the site's theme toggle. <see cref="Id"/> prefixes
/// every id, so several figures on one page never clash.
/// </summary>
public sealed record SvgOptions(string Id, bool Standalone = false)
{
    /// <summary>The CSS font-family list: the theme's web font first, then its system name.</summary>
    public string FontFamily { get; init; } = $"\"{FigureFont.ThemeFamily}\", \"DejaVu Sans\", sans-serif";
}
