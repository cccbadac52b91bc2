namespace SiteGen.Directives;

/// <summary>The kinds of value a directive option can take.</summary>
public enum OptionKind { Text, Integer, Number, Boolean, Choice, Structured }

/// <summary>
/// One option a directive declares: the same declaration validates what authors write and
/// generates the option table in the authoring guide, so the two never disagree.
/// </summary>
public sealed record OptionSpec(string Name, OptionKind Kind, string Doc, object? Default = null,
    bool Required = false, IReadOnlyList<string>? Choices = null)
{
    public string TypeName => Kind switch
    {
        OptionKind.Text => "text",
        OptionKind.Integer => "whole number",
        OptionKind.Number => "number",
        OptionKind.Boolean => "true or false",
        OptionKind.Choice => string.Join(" | ", Choices ?? []),
        OptionKind.Structured => "YAML",
        _ => Kind.ToString(),
    };
}
