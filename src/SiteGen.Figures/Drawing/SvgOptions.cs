namespace SiteGen.Figures.Drawing;

/// <summary>
/// How a scene becomes SVG. <see cref="Id"/> prefixes every id, so several figures on one page
/// never clash. With a <see cref="Font"/>, text is written as that font's glyph outlines (what a
/// page shows as an image, where no web font can reach); without one, as `text` elements in
/// <see cref="FontFamily"/>, which an editor can change.
/// </summary>
public sealed record SvgOptions(string Id)
{
    /// <summary>The font whose outlines text is drawn with; null writes `text` elements instead.</summary>
    public FigureFont? Font { get; init; }

    /// <summary>The CSS font-family list of `text` elements: the figure font's family first, then its system name.</summary>
    public string FontFamily { get; init; } = $"\"{FigureFont.ThemeFamily}\", \"DejaVu Sans\", sans-serif";
}
