using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Directives.Admonitions;

/// <summary>
/// Renders `:::note` containers (Docusaurus and VitePress style) as callouts; other
/// containers keep their content in a plain div (the parse stage has warned about them).
/// </summary>
public sealed class CalloutContainerRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (CalloutKinds.Resolve(container.Info ?? "") is { } kind)
        {
            CalloutHtml.Write(renderer, kind, container.Arguments, container);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<div class=\"container\">\n");
        renderer.WriteChildren(container);
        renderer.EnsureLine();
        renderer.Write("</div>\n");
    }
}
