using Markdig.Renderers;
using Markdig.Syntax;

namespace SiteGen.Directives.Admonitions;

/// <summary>The one markup every callout syntax renders to.</summary>
public static class CalloutHtml
{
    public static void Write(HtmlRenderer renderer, string kind, string? title, ContainerBlock body, string? extraClasses = null)
    {
        renderer.EnsureLine();
        renderer.Write("<aside class=\"callout callout-").Write(kind);
        if (!string.IsNullOrWhiteSpace(extraClasses)) renderer.Write(' ').WriteEscape(extraClasses.Trim());
        renderer.Write("\" role=\"note\">");
        renderer.Write("<p class=\"callout-title\">").WriteEscape(string.IsNullOrWhiteSpace(title) ? CalloutKinds.TitleOf(kind) : title.Trim())
            .Write("</p>\n<div class=\"callout-body\">\n");
        renderer.WriteChildren(body);
        renderer.EnsureLine();
        renderer.Write("</div></aside>\n");
    }
}
