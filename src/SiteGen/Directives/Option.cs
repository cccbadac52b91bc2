using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives;

/// <summary>
/// An option declared with the type it reads as. A directive keeps it in a static field and
/// reads the option back by it (<see cref="DirectiveOptions.Get{T}"/>), never by its name, so a
/// misspelt option does not compile. Only the factories of <see cref="Option"/> make one, which
/// keeps <typeparamref name="T"/> in step with the option's kind.
/// </summary>
public sealed record Option<T> : OptionSpec
{
    internal Option(string name, OptionKind kind, string doc, T whenLeftOut, object? shownDefault,
        bool required = false, IReadOnlyList<string>? choices = null)
        : base(name, kind, doc, shownDefault, required, choices) => WhenLeftOut = whenLeftOut;

    /// <summary>What the directive reads when the author left the option out.</summary>
    public T WhenLeftOut { get; }
}

/// <summary>Declares directive options, one factory for each kind of value.</summary>
public static class Option
{
    public static Option<string?> Text(string name, string doc, string? @default = null) =>
        new(name, OptionKind.Text, doc, @default, @default);

    public static Option<int> Integer(string name, string doc, int @default) => new(name, OptionKind.Integer, doc, @default, @default);

    public static Option<double> Number(string name, string doc, double @default) => new(name, OptionKind.Number, doc, @default, @default);

    public static Option<bool> Boolean(string name, string doc, bool @default) => new(name, OptionKind.Boolean, doc, @default, @default);

    /// <summary>One of a few words; the first is the default.</summary>
    public static Option<string> Choice(string name, string doc, params IReadOnlyList<string> choices) =>
        new(name, OptionKind.Choice, doc, choices[0], choices[0], choices: choices);

    /// <summary>A YAML option (a list, a mapping, an expression) that the directive reads itself, through <see cref="OptionReader"/>.</summary>
    public static Option<YamlNode?> Structured(string name, string doc, bool required = false) =>
        new(name, OptionKind.Structured, doc, null, null, required);

    /// <summary>
    /// A YAML option with a default, written as YAML text (`"10"`): a directive reads the default
    /// as if the author had written it, so it is parsed and checked by the same code. The node is
    /// shared by every page and thread, and only ever read.
    /// </summary>
    public static Option<YamlNode> Structured(string name, string doc, string @default) =>
        new(name, OptionKind.Structured, doc, new YamlScalarNode(@default), @default);
}
