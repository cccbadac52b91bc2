using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Directives.Admonitions;

/// <summary>Renders GitHub's alerts, `> [!NOTE]`, as the same callouts as `:::note`.</summary>
public sealed class AlertCalloutRenderer : HtmlObjectRenderer<AlertBlock>
{
    protected override void Write(HtmlRenderer renderer, AlertBlock block) =>
        CalloutHtml.Write(renderer, CalloutKinds.Resolve(block.Kind.ToString()) ?? "note", null, block);
}
