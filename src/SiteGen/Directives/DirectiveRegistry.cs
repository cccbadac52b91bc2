using SiteGen.Directives.Admonitions;
using SiteGen.Directives.Roles;

namespace SiteGen.Directives;

/// <summary>
/// The directives and roles a build knows, by name. A new directive is one folder under
/// Directives/ and one line in <see cref="CreateDefault"/>.
/// </summary>
public sealed class DirectiveRegistry
{
    private readonly Dictionary<string, IDirective> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IRole> _roles = new(StringComparer.Ordinal);

    public IEnumerable<IDirective> Directives => _directives.Values.OrderBy(d => d.Name, StringComparer.Ordinal);
    public IEnumerable<IRole> Roles => _roles.Values.OrderBy(r => r.Name, StringComparer.Ordinal);

    public DirectiveRegistry Add(IDirective directive)
    {
        _directives.Add(directive.Name, directive);
        return this;
    }

    public DirectiveRegistry Add(IRole role)
    {
        _roles.Add(role.Name, role);
        return this;
    }

    public IDirective? Directive(string name) => _directives.GetValueOrDefault(name);
    public IRole? Role(string name) => _roles.GetValueOrDefault(name);

    public static DirectiveRegistry CreateDefault()
    {
        var registry = new DirectiveRegistry();
        foreach (var name in CalloutKinds.Names)
            registry.Add(new AdmonitionDirective(name, CalloutKinds.Resolve(name)!));
        registry.Add(new HtmlElementRole("kbd", "kbd", "A key or key combination: {kbd}`Ctrl+C`."));
        registry.Add(new HtmlElementRole("sub", "sub", "Subscript text: H{sub}`2`O."));
        registry.Add(new HtmlElementRole("sup", "sup", "Superscript text: 2{sup}`10`."));
        return registry;
    }
}
