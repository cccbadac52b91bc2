using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace SiteGen.Markdown;

/// <summary>
/// Writes each table inside a scrolling box, so a wide table scrolls on a phone instead of
/// widening the page or squeezing its cells into slivers.
/// </summary>
public sealed class ScrollingTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-wrap\">\n");
        base.Write(renderer, table);
        renderer.EnsureLine();
        renderer.Write("</div>\n");
    }
}
