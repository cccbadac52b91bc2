using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown;

/// <summary>Where a link between source files points on the built site, such as `../activations/index.html#softplus`.</summary>
public sealed record ResolvedLink(string Href);

/// <summary>
/// Writes links and images with the address the link stage resolved for them (a
/// <see cref="ResolvedLink"/> among the page's results), or as written when it resolved none.
/// </summary>
public sealed class ResolvedLinkRenderer : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var html = renderer.EnableHtmlForInline;
        var url = (renderer as PageHtmlRenderer)?.Results.Of<ResolvedLink>(link)?.Href ?? link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (html)
        {
            renderer.Write(link.IsImage ? "<img src=\"" : "<a href=\"").WriteEscapeUrl(url).Write('"').WriteAttributes(link);
        }
        if (link.IsImage)
        {
            // An image's description is its alt text: the children's text without markup.
            if (html) renderer.Write(" alt=\"");
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = html;
            if (html) renderer.Write('"');
        }
        if (html && !string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        if (link.IsImage)
        {
            if (html) renderer.Write(" />");
            return;
        }
        if (html) renderer.Write('>');
        renderer.WriteChildren(link);
        if (html) renderer.Write("</a>");
    }
}
