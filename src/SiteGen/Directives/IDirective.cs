using Markdig.Renderers;
using SiteGen.Markdown;

namespace SiteGen.Directives;

/// <summary>What a directive's body holds after its options.</summary>
public enum DirectiveBody
{
    /// <summary>Markdown, parsed and rendered like the page around it (callouts).</summary>
    Markdown,
    /// <summary>Text the directive reads itself (definitions, expressions).</summary>
    Text,
    /// <summary>
    /// More options, as a YAML mapping: figures read structured settings (series, points, paths)
    /// from their body, checked against their declarations like `:key:` options.
    /// </summary>
    Yaml,
}

/// <summary>
/// A block directive, ```` ```{name} ````. One instance serves every page and thread, so
/// directives keep no state of their own: per-page state lives in the <see cref="PageComputeContext"/>.
/// </summary>
public interface IDirective
{
    string Name { get; }
    /// <summary>One sentence for the authoring guide.</summary>
    string Summary { get; }
    IReadOnlyList<OptionSpec> Options { get; }
    DirectiveBody Body { get; }

    /// <summary>Runs in the compute stage, in document order, once per build of the page.</summary>
    void Execute(DirectiveBlock block, PageComputeContext context);

    /// <summary>Writes the directive's HTML; runs in the render stage.</summary>
    void Render(HtmlRenderer renderer, DirectiveBlock block);
}

/// <summary>An inline role, {name}`text`. Stateless like <see cref="IDirective"/>.</summary>
public interface IRole
{
    string Name { get; }
    string Summary { get; }
    void Execute(RoleInline role, PageComputeContext context);
    void Render(HtmlRenderer renderer, RoleInline role);
}
