using System.Globalization;
using Markdig.Renderers;

namespace SiteGen.Directives.Figures;

/// <summary>
/// A figure in the page: the drawing inline (so it takes the page's colours and its text can
/// be selected and found), a compact drawing for narrow screens, the numbered caption, and
/// links to the SVG and PNG files.
/// </summary>
public static class FigureHtml
{
    public static void Write(HtmlRenderer renderer, FigureResult figure, DrawnFigure drawn)
    {
        var width = figure.Request.Size.Width.ToString(CultureInfo.InvariantCulture);
        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure\" id=\"").Write(figure.Anchor).Write("\" style=\"--figure-width:").Write(width).Write("px\">\n");
        renderer.Write("<div class=\"figure-art figure-wide\">").Write(drawn.InlineSvg).Write("</div>\n");
        renderer.Write("<div class=\"figure-art figure-compact\">").Write(drawn.CompactInlineSvg).Write("</div>\n");
        renderer.Write("<figcaption><span class=\"figure-label\">Figure ").Write(figure.Number.ToString(CultureInfo.InvariantCulture))
            .Write("</span>");
        if (figure.Caption.Length > 0) renderer.Write(' ').WriteEscape(figure.Caption);
        var stem = figure.Request.FileStem;
        renderer.Write(" <span class=\"figure-files\"><a href=\"").Write(stem).Write(".svg\" download>SVG</a> <a href=\"")
            .Write(stem).Write(".png\" download>PNG</a></span></figcaption>\n");
        renderer.Write("</figure>\n");
        // What goes with the figure (a descent's tables of iterates) follows it: a figcaption must be a figure's first or last child.
        if (figure.ExtraHtml is { } extra) renderer.Write(extra);
    }
}
