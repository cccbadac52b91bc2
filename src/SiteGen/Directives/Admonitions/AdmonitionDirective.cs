using SiteGen.Markdown;
using SiteGen.Directives.Syntax;

namespace SiteGen.Directives.Admonitions;

/// <summary>
/// MyST's admonitions, ```` ```{note} Optional title ````, with a Markdown body; the
/// `:::note` container form renders the same way (see <see cref="CalloutContainerRenderer"/>).
/// </summary>
public sealed class AdmonitionDirective(string kind) : Directive<AdmonitionDirective.Callout>
{
    public override string Name => Kind;
    public string Kind { get; } = kind;
    public override string Summary => $"A '{CalloutKinds.TitleOf(Kind)}' callout; the argument replaces its title.";
    private static readonly Option<string?> ExtraClasses = Option.Text("class", "extra CSS classes for the callout", "");

    public override IReadOnlyList<OptionSpec> Options { get; } = [ExtraClasses];
    public override DirectiveBody Body => DirectiveBody.Markdown;

    /// <summary>The callout's title (empty for the kind's own) and extra classes; its body is the block's children.</summary>
    public sealed record Callout(string Title, string? Classes);

    public override Callout Compute(DirectiveBlock block, PageComputeContext context) => new(block.Argument, block.Options.Get(ExtraClasses));

    public override void Render(PageHtmlRenderer renderer, DirectiveBlock block, Callout callout) =>
        CalloutHtml.Write(renderer, Kind, callout.Title, block, callout.Classes);
}
