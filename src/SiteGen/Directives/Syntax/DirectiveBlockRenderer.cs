using Markdig.Renderers;
using Markdig.Renderers.Html;
using SiteGen.Markdown;

namespace SiteGen.Directives.Syntax;

/// <summary>Hands each directive block to its directive's renderer.</summary>
public sealed class DirectiveBlockRenderer : HtmlObjectRenderer<DirectiveBlock>
{
    protected override void Write(HtmlRenderer renderer, DirectiveBlock block)
    {
        // A directive without a result failed in the compute stage, which reported why.
        if (renderer is PageHtmlRenderer page && page.Results.Of(block) is { } result) block.Directive.Render(page, block, result);
    }
}

/// <summary>Hands each role to its role's renderer.</summary>
public sealed class RoleInlineRenderer : HtmlObjectRenderer<RoleInline>
{
    protected override void Write(HtmlRenderer renderer, RoleInline role)
    {
        if (renderer is PageHtmlRenderer page && page.Results.Of(role) is { } result) role.Role.Render(page, role, result);
    }
}
