namespace SiteGen.Directives;

/// <summary>The kinds of value a directive option can take.</summary>
public enum OptionKind { Text, Integer, Number, Boolean, Choice, Structured }

/// <summary>
/// One option a directive declares: the same declaration validates what authors write and
/// generates the option table in the authoring guide, so the two never disagree. Declared as
/// an <see cref="Option{T}"/>, by which the directive reads the option back.
/// </summary>
/// <param name="Default">The value an author who leaves the option out gets, as the guide shows it.</param>
public abstract record OptionSpec(string Name, OptionKind Kind, string Doc, object? Default = null,
    bool Required = false, IReadOnlyList<string>? Choices = null)
{
    /// <summary>The smallest and largest whole number an <see cref="OptionKind.Integer"/> option takes, when it is bounded.</summary>
    public (int Min, int Max)? Range { get; init; }

    public string TypeName => Kind switch
    {
        OptionKind.Text => "text",
        OptionKind.Integer when Range is var (min, max) => $"whole number from {min} to {max}",
        OptionKind.Integer => "whole number",
        OptionKind.Number => "number",
        OptionKind.Boolean => "true or false",
        OptionKind.Choice => string.Join(" | ", Choices ?? []),
        OptionKind.Structured => "YAML",
        _ => Kind.ToString(),
    };
}
