using Markdig.Renderers;
using SiteGen.Markdown;

namespace SiteGen.Directives.Admonitions;

/// <summary>
/// MyST's admonitions, ```` ```{note} Optional title ````, with a Markdown body; the
/// `:::note` container form renders the same way (see <see cref="CalloutContainerRenderer"/>).
/// </summary>
public sealed class AdmonitionDirective(string kind) : IDirective
{
    public string Name => Kind;
    public string Kind { get; } = kind;
    public string Summary => $"A '{CalloutKinds.TitleOf(Kind)}' callout; the argument replaces its title.";
    public IReadOnlyList<OptionSpec> Options { get; } =
        [new OptionSpec("class", OptionKind.Text, "extra CSS classes for the callout", "")];
    public DirectiveBody Body => DirectiveBody.Markdown;

    public void Execute(DirectiveBlock block, PageComputeContext context) { }

    public void Render(HtmlRenderer renderer, DirectiveBlock block) =>
        CalloutHtml.Write(renderer, Kind, block.Argument, block, block.Options.Text("class"));
}
