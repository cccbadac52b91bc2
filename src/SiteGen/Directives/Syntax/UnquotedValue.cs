using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Directives.Syntax;

/// <summary>
/// Recognises the YAML slip authors make most in option blocks: a value that starts with a
/// role (`label: {eval}`f(3)` at 3`) or a backtick, which YAML reads as the start of a mapping
/// or cannot read at all. The parser's own message names a token; this one names the fix.
/// </summary>
internal static partial class UnquotedValue
{
    [GeneratedRegex(@"^(?<lead>\s*(?:-\s+)?(?<key>[A-Za-z_][\w-]*):\s+)(?<value>(?:\{[A-Za-z][\w-]*\}`|`).*?)\s*$")]
    private static partial Regex KeyWithRoleValue();

    /// <summary>The error at <paramref name="problem"/>'s line said with its fix, or null when the line is not this slip.</summary>
    public static Diagnostic? Explain(Diagnostic problem, List<(string Text, SourceLocation At)> lines, int from, int to)
    {
        if (problem.Location is not { } at) return null;
        var index = lines.FindIndex(from, to - from, l => l.At.Line == at.Line);
        if (index < 0 || KeyWithRoleValue().Match(lines[index].Text) is not { Success: true } match) return null;
        var (key, value) = (match.Groups["key"].Value, match.Groups["value"].Value);
        var start = value[0] == '`' ? "a backtick" : "'{'";
        return Diagnostic.Of(DiagnosticCodes.YamlSyntax,
            $"invalid YAML: a value that starts with {start} must be quoted; write {key}: {Quoted(value)}",
            lines[index].At with { Column = lines[index].At.Column + match.Groups["value"].Index });
    }

    /// <summary>The value in double quotes, or in single quotes when it holds a double quote or a backslash.</summary>
    private static string Quoted(string value) =>
        value.Contains('"') || value.Contains('\\') ? $"'{value.Replace("'", "''")}'" : $"\"{value}\"";
}
