using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Markdown.Highlighting;
using SiteGen.Markdown.MathML;

namespace SiteGen.Markdown;

/// <summary>
/// The Markdig pipeline every page is parsed and rendered with: CommonMark plus the extensions
/// lessons use, SiteGen's Markdown renderers, and the extensions the caller adds (the directive
/// syntax). Built once per build and shared by all threads (Markdig pipelines are immutable).
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(params IReadOnlyList<IMarkdownExtension> extensions)
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
        // Other tools' syntax is spotted before directive bodies are parsed into the tree; formulas
        // are converted last, once every body is in place.
        builder.Extensions.Add(new ForeignSyntaxDetector());
        foreach (var extension in extensions) builder.Extensions.Add(extension);
        builder.Extensions.Add(new MarkdownRenderersExtension());
        return builder.Build();
    }

    /// <summary>SiteGen's renderers for Markdown's own nodes, and the formula check that feeds them.</summary>
    private sealed class MarkdownRenderersExtension : ISourceAwareExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline) { }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is not HtmlRenderer html) return;
            html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new ScrollingTableRenderer());
            html.ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.HeadingRenderer>(new AnchoredHeadingRenderer());
            html.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.TaskLists.HtmlTaskListRenderer>(new LabelledTaskListRenderer());
            html.ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.CodeBlockRenderer>(new HighlightedCodeBlockRenderer());
            html.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Mathematics.HtmlMathInlineRenderer>(new MathInlineRenderer());
            html.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Mathematics.HtmlMathBlockRenderer>(new MathBlockRenderer());
            html.ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new ResolvedLinkRenderer());
        }

        public void Process(MarkdownDocument document, ParseState state) => MathChecker.Convert(document, state.Map, state.Diagnostics);
    }
}
