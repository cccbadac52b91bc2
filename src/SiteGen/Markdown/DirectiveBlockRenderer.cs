using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markdown;

/// <summary>Hands each directive block to its directive's renderer.</summary>
public sealed class DirectiveBlockRenderer : HtmlObjectRenderer<DirectiveBlock>
{
    protected override void Write(HtmlRenderer renderer, DirectiveBlock block) => block.Directive.Render(renderer, block);
}

/// <summary>Hands each role to its role's renderer.</summary>
public sealed class RoleInlineRenderer : HtmlObjectRenderer<RoleInline>
{
    protected override void Write(HtmlRenderer renderer, RoleInline role) => role.Role.Render(renderer, role);
}
