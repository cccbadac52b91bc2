using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using SiteGen.Directives;
using SiteGen.Directives.Admonitions;

namespace SiteGen.Markdown;

/// <summary>
/// The Markdig pipeline every page is parsed and rendered with: CommonMark plus the
/// extensions lessons use, and SiteGen's renderers for directives, roles and callouts.
/// Built once per build and shared by all threads (Markdig pipelines are immutable).
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseDefinitionLists()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseMathematics()
            .UseCustomContainers()
            .UseAlertBlocks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        builder.Extensions.Add(new SiteGenRenderersExtension());
        return builder.Build();
    }

    /// <summary>Installs the renderers for SiteGen's own nodes into each page's HTML renderer.</summary>
    private sealed class SiteGenRenderersExtension : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline) { }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is not HtmlRenderer html) return;
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new CalloutContainerRenderer());
            html.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Alerts.AlertBlockRenderer>(new AlertCalloutRenderer());
            html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new ScrollingTableRenderer());
            html.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Mathematics.HtmlMathInlineRenderer>(new MathML.MathInlineRenderer());
            html.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Mathematics.HtmlMathBlockRenderer>(new MathML.MathBlockRenderer());
            html.ObjectRenderers.Insert(0, new DirectiveBlockRenderer());
            html.ObjectRenderers.Insert(0, new RoleInlineRenderer());
        }
    }
}
