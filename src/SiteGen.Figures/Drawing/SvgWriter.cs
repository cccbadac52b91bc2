using System.Text;

namespace SiteGen.Figures.Drawing;

/// <summary>
/// Writes a <see cref="Scene"/> as a self-contained SVG file: text as glyph outlines or `text`
/// elements (<see cref="SvgOptions.Font"/>), themed inks as <see cref="InkClass"/> classes that
/// the file's own style sheet colours light, and dark under `prefers-color-scheme` (which an
/// image follows from the `color-scheme` of the page around it), fixed inks as `#rrggbb`
/// attributes, over a ground of the palette's background. Consecutive items with the same
/// <see cref="SceneItem.Class"/> become one `g`, which also takes over the paint they share so
/// the file stays small.
/// </summary>
public static class SvgWriter
{
    public static string Write(Scene scene, SvgOptions options)
    {
        CheckId(options.Id);
        var inks = new SvgInks();
        var glyphs = options.Font is { } font ? new SvgGlyphs(font, options.Id) : null;
        var body = new SvgBody(inks, glyphs).Write(scene.Items);

        var svg = new StringBuilder();
        var titleId = options.Id + "-title";
        var descId = options.Id + "-desc";
        var hasDesc = !string.IsNullOrWhiteSpace(scene.Description);
        var width = SvgText.Number(scene.Width);
        var height = SvgText.Number(scene.Height);
        // Width and height as well as the viewBox: the page's CSS may shrink a figure to fit but
        // never blows it up, so its text keeps the size it was designed at.
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").Append(InkClass.Root)
            .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
            .Append("\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" role=\"img\" aria-labelledby=\"").Append(titleId).Append(hasDesc ? " " + descId : "").Append('"');
        if (glyphs is null) svg.Append(" font-family=\"").Append(SvgText.Attribute(options.FontFamily)).Append('"');
        svg.Append(">\n");
        svg.Append("<title id=\"").Append(titleId).Append("\">").Append(SvgText.Content(scene.Title)).Append("</title>\n");
        if (hasDesc) svg.Append("<desc id=\"").Append(descId).Append("\">").Append(SvgText.Content(scene.Description)).Append("</desc>\n");
        // The figure's own ground, in the same scheme as its inks: a browser that gives an image
        // another scheme than its page's (Safari follows the system, or stays light) still shows
        // light text on dark or dark on light. On the default theme's page it is the page's colour.
        var ground = new SvgElement("rect");
        ground.Geometry.Add(("width", width));
        ground.Geometry.Add(("height", height));
        inks.Paint(ground, Palette.Background, "fill");
        svg.Append("<style>").Append(inks.StyleSheet()).Append("</style>\n");
        if (glyphs is not null) svg.Append(glyphs.Defs());
        ground.WriteTo(svg);
        return svg.Append(body).Append("</svg>\n").ToString();
    }

    // Ids end up in CSS selectors and fragment links, so keep them to plain name characters.
    private static void CheckId(string id)
    {
        var valid = id.Length > 0 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        if (!valid) throw new ArgumentException($"a figure id must be a letter then letters, digits, '-' or '_': '{id}'", nameof(SvgOptions.Id));
    }
}
