using SiteGen.Compute;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Directives.Syntax;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives;

/// <summary>
/// An option as written: `:name: text`, or a key of a YAML options block, whose
/// <see cref="Origin"/> locates the nodes nested in its value.
/// </summary>
public sealed record RawOption(string Name, SourceLocation NameAt, string? Text, YamlNode? Node, SourceLocation ValueAt,
    YamlOrigin? Origin = null);

/// <summary>
/// A directive's options, checked against its declarations and typed; read back by the
/// declarations themselves (<see cref="Get{T}"/>), so only <see cref="Bind"/> matches names.
/// </summary>
public sealed class DirectiveOptions
{
    private readonly string _directive;
    private readonly HashSet<OptionSpec> _declared;
    private readonly Dictionary<OptionSpec, object> _values = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OptionSpec, SourceLocation> _locations = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OptionSpec, YamlOrigin> _origins = new(ReferenceEqualityComparer.Instance);

    private DirectiveOptions(string directive, IReadOnlyList<OptionSpec> specs)
    {
        _directive = directive;
        _declared = new HashSet<OptionSpec>(specs, ReferenceEqualityComparer.Instance);
    }

    /// <summary>The options of a directive written without any (a `:::note` container): each reads its default.</summary>
    public static DirectiveOptions Defaults(string directive, IReadOnlyList<OptionSpec> specs) => new(directive, specs);

    /// <summary>The value the author gave, or the declaration's default when it was left out or could not be read.</summary>
    public T Get<T>(Option<T> option) => _values.TryGetValue(Declared(option), out var value) ? (T)value : option.WhenLeftOut;

    public bool IsSet(OptionSpec option) => _locations.ContainsKey(Declared(option));
    public SourceLocation? LocationOf(OptionSpec option) => _locations.TryGetValue(Declared(option), out var at) ? at : null;

    /// <summary>Where a node nested in <paramref name="option"/>'s YAML value was written.</summary>
    public SourceLocation Locate(OptionSpec option, YamlNode node) =>
        _origins.TryGetValue(Declared(option), out var origin) ? origin.Locate(node) : _locations[option];

    // Reading another directive's option is a bug in SiteGen, not in the lesson: fail loudly rather than read a default.
    private OptionSpec Declared(OptionSpec option) => _declared.Contains(option) ? option
        : throw new ArgumentException($"'{option.Name}' is not an option of the directive '{_directive}'", nameof(option));

    /// <summary>Checks raw options against the declared ones; bad ones are reported and left out.</summary>
    public static DirectiveOptions Bind(string directive, IReadOnlyList<OptionSpec> specs, IReadOnlyList<RawOption> raw,
        SourceLocation directiveAt, DiagnosticBag diagnostics, bool optionsUnreadable = false)
    {
        var options = new DirectiveOptions(directive, specs);
        var names = specs.Select(s => s.Name).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // An option that was written, even with a bad value or misspelt with a likely fix, is not
        // missing: its own message is the one cause.
        var accountedFor = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in raw)
        {
            if (!seen.Add(option.Name))
            {
                diagnostics.Report(DiagnosticCodes.BadOptionValue, $"option '{option.Name}' is given twice", option.NameAt);
                continue;
            }
            var spec = specs.FirstOrDefault(s => s.Name == option.Name);
            if (spec is null)
            {
                var known = names.Length == 0 ? "it takes no options" : "it takes " + string.Join(", ", names);
                var near = Suggestions.Closest(option.Name, names);
                if (near is not null) accountedFor.Add(near);
                var hint = near is not null ? $"did you mean '{near}'?" : known;
                diagnostics.Report(DiagnosticCodes.UnknownOption,
                    $"unknown option '{option.Name}' for directive '{directive}'; {hint}", option.NameAt);
                continue;
            }
            accountedFor.Add(spec.Name);
            if (Convert(spec, option, diagnostics, out var value))
            {
                options._values[spec] = value;
                options._locations[spec] = option.ValueAt;
                if (option.Origin is { } origin) options._origins[spec] = origin;
            }
        }
        // Options hidden by a YAML error are not missing: the YAML error is the one cause.
        foreach (var spec in specs.Where(s => s.Required && !optionsUnreadable && !accountedFor.Contains(s.Name)))
            diagnostics.Report(DiagnosticCodes.MissingOption,
                $"directive '{directive}' needs the option ':{spec.Name}:' ({spec.Doc})", directiveAt);
        return options;
    }

    private static bool Convert(OptionSpec spec, RawOption option, DiagnosticBag diagnostics, [NotNullWhen(true)] out object? value)
    {
        value = null;
        if (spec.Kind == OptionKind.Structured)
        {
            if (option.Node is null && option.Origin is { } origin && option.Text?.StartsWith('[') == true)
                return (value = FlowValue.Parse(option.Text, origin, diagnostics)) is not null;
            value = option.Node ?? new YamlScalarNode(option.Text ?? "");
            return true;
        }
        var text = option.Text ?? (option.Node as YamlScalarNode)?.Value;
        if (text is null) return Fail(spec, option, "a list or mapping", diagnostics);
        text = text.Trim();
        switch (spec.Kind)
        {
            case OptionKind.Text:
                value = text;
                return true;
            case OptionKind.Integer when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i):
                if (spec.Range is var (min, max) && (i < min || i > max))
                {
                    diagnostics.Report(DiagnosticCodes.BadOptionValue, $"option '{spec.Name}' must be a whole number from {min} to {max}, not {i}",
                        option.ValueAt);
                    return false;
                }
                value = i;
                return true;
            case OptionKind.Number when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d):
                value = d;
                return true;
            case OptionKind.Boolean when text is "" or "true" or "false":
                value = text != "false";  // a bare `:hidden:` flag means true, as in MyST
                return true;
            case OptionKind.Choice when spec.Choices!.Contains(text):
                value = text;
                return true;
            case OptionKind.Choice:
                diagnostics.Report(DiagnosticCodes.BadOptionValue,
                    $"option '{spec.Name}' must be one of {string.Join(", ", spec.Choices!)}, not '{text}'" +
                    Suggestions.DidYouMean(text, spec.Choices!), option.ValueAt);
                return false;
            default:
                return Fail(spec, option, $"'{text}'", diagnostics);
        }
    }

    private static bool Fail(OptionSpec spec, RawOption option, string found, DiagnosticBag diagnostics)
    {
        diagnostics.Report(DiagnosticCodes.BadOptionValue, $"option '{spec.Name}' must be {Article(spec)}{spec.TypeName}, not {found}",
            option.ValueAt);
        return false;
    }

    private static string Article(OptionSpec spec) => spec.Kind is OptionKind.Integer or OptionKind.Number ? "a " : "";
}
