using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Markdown;

/// <summary>
/// Writes a heading that has an id with a link to itself ("#"), which the theme shows on hover
/// and focus, so a reader can copy the address of a section. The link follows the heading
/// instead of sitting inside it, so a screen reader reads the heading's name once and the link
/// as "Link to section …"; both sit in a <c>div.heading</c> that lays them out on one line.
/// </summary>
public sealed class AnchoredHeadingRenderer : HeadingRenderer
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var id = heading.TryGetAttributes()?.Id;
        if (string.IsNullOrEmpty(id) || !renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, heading);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<div class=\"heading heading-").Write(heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\">");
        base.Write(renderer, heading);
        renderer.EnsureLine();
        renderer.Write("<a class=\"heading-anchor\" href=\"#").WriteEscape(id).Write("\" aria-label=\"Link to section ")
            .WriteEscape(InlineText.Of(heading)).Write("\">#</a></div>\n");
    }
}
