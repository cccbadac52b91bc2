using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Syntax;
using SiteGen.Directives.Admonitions;
using SiteGen.Markdown;

namespace SiteGen.Directives.Syntax;

/// <summary>
/// MyST's directive and role syntax as one Markdig extension: roles are parsed inline, directive
/// fences and `:::{name}` containers become <see cref="DirectiveBlock"/>s once the tree is built,
/// callouts of every syntax render alike, and each node is rendered by its directive or role from
/// its computed result.
/// </summary>
public sealed class DirectiveSyntaxExtension(DirectiveRegistry registry) : ISourceAwareExtension
{
    private readonly DirectiveRecognizer _directives = new(registry);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<RoleParser>()) pipeline.InlineParsers.Insert(0, new RoleParser(registry));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new CalloutContainerRenderer());
        html.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Alerts.AlertBlockRenderer>(new AlertCalloutRenderer());
        html.ObjectRenderers.Insert(0, new DirectiveBlockRenderer());
        html.ObjectRenderers.Insert(0, new RoleInlineRenderer());
    }

    public void Process(MarkdownDocument document, ParseState state) => _directives.Transform(document, state);
}
