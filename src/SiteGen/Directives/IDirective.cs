using SiteGen.Markdown;
using SiteGen.Directives.Syntax;

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
/// A block directive, ```` ```{name} ````, as the registry and the stages see it. Implement it
/// through <see cref="Directive{TResult}"/>, which says what the directive produces. One
/// instance serves every page and thread, so directives keep no state of their own.
/// </summary>
public interface IDirective
{
    string Name { get; }
    /// <summary>One sentence for the authoring guide.</summary>
    string Summary { get; }
    IReadOnlyList<OptionSpec> Options { get; }
    DirectiveBody Body { get; }

    /// <summary>Runs in the compute stage, in document order; null when there is nothing to show (after an error).</summary>
    object? Compute(DirectiveBlock block, PageComputeContext context);

    /// <summary>Writes the directive's HTML from what <see cref="Compute"/> returned for this block.</summary>
    void Render(PageHtmlRenderer renderer, DirectiveBlock block, object result);
}

/// <summary>
/// A directive whose compute stage produces a <typeparamref name="TResult"/>, kept per page by
/// the node it belongs to (the syntax tree is never changed after parsing), and handed to its
/// renderer as it is.
/// </summary>
public abstract class Directive<TResult> : IDirective where TResult : class
{
    public abstract string Name { get; }
    public abstract string Summary { get; }
    public abstract IReadOnlyList<OptionSpec> Options { get; }
    public abstract DirectiveBody Body { get; }

    public abstract TResult? Compute(DirectiveBlock block, PageComputeContext context);
    public abstract void Render(PageHtmlRenderer renderer, DirectiveBlock block, TResult result);

    object? IDirective.Compute(DirectiveBlock block, PageComputeContext context) => Compute(block, context);
    void IDirective.Render(PageHtmlRenderer renderer, DirectiveBlock block, object result) => Render(renderer, block, (TResult)result);
}

/// <summary>An inline role, {name}`text`, as the registry and the stages see it; implement it through <see cref="Role{TResult}"/>.</summary>
public interface IRole
{
    string Name { get; }
    string Summary { get; }
    object? Compute(RoleInline role, PageComputeContext context);
    void Render(PageHtmlRenderer renderer, RoleInline role, object result);
}

/// <summary>A role whose compute stage produces a <typeparamref name="TResult"/>; stateless like <see cref="Directive{TResult}"/>.</summary>
public abstract class Role<TResult> : IRole where TResult : class
{
    public abstract string Name { get; }
    public abstract string Summary { get; }

    public abstract TResult? Compute(RoleInline role, PageComputeContext context);
    public abstract void Render(PageHtmlRenderer renderer, RoleInline role, TResult result);

    object? IRole.Compute(RoleInline role, PageComputeContext context) => Compute(role, context);
    void IRole.Render(PageHtmlRenderer renderer, RoleInline role, object result) => Render(renderer, role, (TResult)result);
}
