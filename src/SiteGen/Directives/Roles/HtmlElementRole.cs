using SiteGen.Directives.Syntax;
using SiteGen.Markdown;

namespace SiteGen.Directives.Roles;

/// <summary>Roles that wrap their text in one HTML element: {kbd}`Ctrl+C`, {sub}`2`, {sup}`n`.</summary>
public sealed class HtmlElementRole(string name, string element, string summary) : Role<HtmlElementRole.Text>
{
    public override string Name { get; } = name;
    public override string Summary { get; } = summary;

    /// <summary>The text the element wraps.</summary>
    public sealed record Text(string Value);

    public override Text Compute(RoleInline role, PageComputeContext context) => new(role.Text);

    public override void Render(PageHtmlRenderer renderer, RoleInline role, Text text) =>
        renderer.Write('<').Write(element).Write('>').WriteEscape(text.Value).Write("</").Write(element).Write('>');
}
