using Markdig.Renderers;
using SiteGen.Markdown;

namespace SiteGen.Directives.Roles;

/// <summary>Roles that wrap their text in one HTML element: {kbd}`Ctrl+C`, {sub}`2`, {sup}`n`.</summary>
public sealed class HtmlElementRole(string name, string element, string summary) : IRole
{
    public string Name { get; } = name;
    public string Summary { get; } = summary;

    public void Execute(RoleInline role, PageComputeContext context) { }

    public void Render(HtmlRenderer renderer, RoleInline role) =>
        renderer.Write('<').Write(element).Write('>').WriteEscape(role.Text).Write("</").Write(element).Write('>');
}
