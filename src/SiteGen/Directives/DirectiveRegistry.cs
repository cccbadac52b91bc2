using SiteGen.Directives.Admonitions;
using SiteGen.Directives.Compute;
using SiteGen.Directives.Figures;
using SiteGen.Directives.Reference;
using SiteGen.Directives.Roles;
using SiteGen.Directives.Training;

namespace SiteGen.Directives;

/// <summary>
/// The directives and roles a build knows, by name. A new directive is one folder under
/// Directives/ and one line in <see cref="CreateDefault"/>.
/// </summary>
public sealed class DirectiveRegistry
{
    private readonly Dictionary<string, IDirective> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IDirective> _aliases = new(StringComparer.Ordinal);
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

    /// <summary>Another name for a directive, such as MyST's `hint` for `tip`; not listed separately in the guide.</summary>
    public DirectiveRegistry AddAlias(string alias, string name)
    {
        _aliases.Add(alias, _directives[name]);
        return this;
    }

    public IReadOnlyList<string> AliasesOf(string name) =>
        _aliases.Where(a => a.Value.Name == name).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();

    public IEnumerable<string> AllDirectiveNames => _directives.Keys.Concat(_aliases.Keys);

    public IDirective? Directive(string name) => _directives.GetValueOrDefault(name) ?? _aliases.GetValueOrDefault(name);
    public IRole? Role(string name) => _roles.GetValueOrDefault(name);

    public static DirectiveRegistry CreateDefault()
    {
        var registry = new DirectiveRegistry();
        foreach (var (kind, _) in CalloutKinds.All) registry.Add(new AdmonitionDirective(kind));
        foreach (var (alias, kind) in CalloutKinds.Aliases) registry.AddAlias(alias, kind);
        registry.Add(new DefineDirective());
        registry.Add(new EvalDirective());
        registry.Add(new EvalRole());
        registry.Add(new TableDirective());
        registry.Add(new PlotDirective());
        registry.Add(new ContourDirective());
        registry.Add(new SurfaceDirective());
        registry.Add(new TrainDirective());
        registry.Add(new RunRole());
        registry.Add(new LossCurvesDirective());
        registry.Add(new GradientNormsDirective());
        registry.Add(new LossLandscapeDirective());
        registry.Add(new DecisionRegionsDirective());
        registry.Add(new TrainingTableDirective());
        registry.Add(new DescentDirective());
        registry.Add(new BarChartDirective());
        registry.Add(new LineChartDirective());
        registry.Add(new NumrefRole());
        registry.Add(new DirectiveReferenceDirective(registry));
        registry.Add(new LanguageReferenceDirective());
        registry.Add(new DiagnosticReferenceDirective());
        registry.Add(new HtmlElementRole("kbd", "kbd", "A key or key combination: {kbd}`Ctrl+C`."));
        registry.Add(new HtmlElementRole("sub", "sub", "Subscript text: H{sub}`2`O."));
        registry.Add(new HtmlElementRole("sup", "sup", "Superscript text: 2{sup}`10`."));
        return registry;
    }
}
