using System.Globalization;
using Markdig.Renderers;

namespace SiteGen.Directives.Figures;

/// <summary>
/// A figure in the page: its drawing as an image (the compact drawing on narrow screens, so
/// text stays legible), the numbered caption, and links to the SVG and PNG files. An image, not
/// inline SVG: a figure's bytes stay out of the page, which a phone reads and lays out before it
/// shows anything, and load only when the reader scrolls near it. The SVG colours itself light
/// or dark from the `color-scheme` of the page around it, so it follows the theme toggle too.
/// </summary>
public static class FigureHtml
{
    /// <summary>The screens shown the compact drawing: up to 36rem, as a media query measures it (16 px each).</summary>
    private const string CompactMedia = "(max-width: 36rem)";

    /// <summary>
    /// Writes the figure; each image declares the size its drawing came out at, so the space the
    /// page keeps for it is the space it takes once loaded and nothing moves under the reader.
    /// </summary>
    public static void Write(HtmlRenderer renderer, FigureResult figure, DrawnFigure drawn)
    {
        var request = figure.Request;
        var (wide, compact) = (drawn.WideSize, drawn.CompactSize);
        var descriptionId = figure.Anchor + "-desc";
        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure\" id=\"").Write(figure.Anchor).Write("\" style=\"--figure-width:").Write(Pixels(wide.Width)).Write("px\">\n");
        renderer.Write("<picture class=\"figure-art\"><source media=\"").Write(CompactMedia).Write("\" srcset=\"").Write(request.CompactSvgFile)
            .Write("\" width=\"").Write(Pixels(compact.Width)).Write("\" height=\"").Write(Pixels(compact.Height)).Write("\">");
        renderer.Write("<img src=\"").Write(request.SvgFile).Write("\" width=\"").Write(Pixels(wide.Width)).Write("\" height=\"").Write(Pixels(wide.Height))
            .Write("\" alt=\"").WriteEscape(request.Text.Title).Write("\" aria-describedby=\"").Write(descriptionId)
            .Write("\" loading=\"lazy\" decoding=\"async\"></picture>\n");
        // What the chart plots, for a screen reader after the alt text: the same words as the SVG's own desc.
        renderer.Write("<span id=\"").Write(descriptionId).Write("\" hidden>").WriteEscape(request.Text.Description).Write("</span>\n");
        renderer.Write("<figcaption><span class=\"figure-label\">Figure ").Write(figure.Number.ToString(CultureInfo.InvariantCulture))
            .Write("</span>");
        if (figure.Caption.Length > 0) renderer.Write(' ').WriteEscape(figure.Caption);
        renderer.Write(" <span class=\"figure-files\"><a href=\"").Write(request.SvgFile).Write("\" download>SVG</a> <a href=\"")
            .Write(request.PngFile).Write("\" download>PNG</a></span></figcaption>\n");
        renderer.Write("</figure>\n");
        // What goes with the figure (a descent's tables of iterates) follows it: a figcaption must be a figure's first or last child.
        if (figure.ExtraHtml is { } extra) renderer.Write(extra);
    }

    private static string Pixels(double value) => Math.Round(value).ToString(CultureInfo.InvariantCulture);
}
