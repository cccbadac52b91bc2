using System.Text.RegularExpressions;
using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Directives;
using YamlDotNet.RepresentationModel;
using SiteGen.Markdown;

namespace SiteGen.Directives.Syntax;

/// <summary>
/// Splits a directive's fenced body into its options (`:key: value` lines, or a YAML block
/// between `---` lines) and the rest, keeping the file position of every part.
/// </summary>
public sealed partial record DirectiveSource(IReadOnlyList<RawOption> Options, string Body, SourceLocation BodyAt)
{
    /// <summary>True when the options' YAML did not parse; that error was reported, and options it hid are not missing.</summary>
    public bool OptionsUnreadable { get; init; }

    [GeneratedRegex(@"^:(?<name>[A-Za-z][\w-]*):(?:\s+(?<value>.*))?$")]
    private static partial Regex OptionLine();

    /// <summary>
    /// Reads the fence's options and body; when <paramref name="bodyIsYaml"/>, the body is a YAML
    /// mapping whose keys are more options (and the returned body is empty).
    /// </summary>
    public static DirectiveSource Read(FencedCodeBlock block, SourceMap map, DiagnosticBag diagnostics, bool bodyIsYaml = false)
    {
        var lines = new List<(string Text, SourceLocation At)>(block.Lines.Count);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines.Lines[i];
            lines.Add((line.Slice.ToString(), map.AtOffset(line.Slice.Start)));
        }
        var options = new List<RawOption>();
        var next = 0;
        var errorsBefore = diagnostics.ErrorCount;
        if (lines.Count > 0 && lines[0].Text.TrimEnd() == "---")
            next = ReadYamlBlock(lines, map.File, options, diagnostics);
        else
            while (next < lines.Count && OptionLine().Match(lines[next].Text) is { Success: true } match)
            {
                var at = lines[next].At;
                var value = match.Groups["value"];
                var valueAt = value.Success ? at with { Column = at.Column + value.Index } : at;
                // A value that starts with '[' is a YAML flow list, as MyST reads it: the origin
                // places the list's items should the option be one that reads YAML.
                var origin = value.Success && value.Value.StartsWith('[') ? FlowValue.Origin(map.File, valueAt) : null;
                options.Add(new RawOption(match.Groups["name"].Value, at, value.Success ? value.Value.TrimEnd() : "", null, valueAt, origin));
                next++;
            }
        var bodyAt = next < lines.Count ? lines[next].At : map.At(block) with { Line = map.At(block).Line + lines.Count + 1 };
        if (bodyIsYaml)
        {
            ReadYamlOptions(lines, next, lines.Count, map.File, options, diagnostics);
            return new DirectiveSource(options, "", bodyAt) { OptionsUnreadable = diagnostics.ErrorCount > errorsBefore };
        }
        var body = string.Join('\n', lines.Skip(next).Select(l => l.Text));
        return new DirectiveSource(options, body, bodyAt) { OptionsUnreadable = diagnostics.ErrorCount > errorsBefore };
    }

    private static int ReadYamlBlock(List<(string Text, SourceLocation At)> lines, SourceFile file, List<RawOption> options,
        DiagnosticBag diagnostics)
    {
        var close = lines.FindIndex(1, l => l.Text.TrimEnd() == "---");
        if (close < 0)
        {
            diagnostics.Report(DiagnosticCodes.YamlSyntax, "the options block opened with '---' has no closing '---'", lines[0].At);
            return lines.Count;
        }
        ReadYamlOptions(lines, 1, close, file, options, diagnostics);
        return close + 1;
    }

    /// <summary>Adds the keys of the YAML mapping in lines [from, to) as options.</summary>
    private static void ReadYamlOptions(List<(string Text, SourceLocation At)> lines, int from, int to, SourceFile file,
        List<RawOption> options, DiagnosticBag diagnostics)
    {
        if (from >= to || lines.Skip(from).Take(to - from).All(l => l.Text.Trim().Length == 0)) return;
        var first = lines[from].At;
        var yaml = string.Join('\n', lines.Skip(from).Take(to - from).Select(l => l.Text));
        var problems = new DiagnosticBag();
        var mapping = YamlText.ParseMapping(yaml, file, first.Line, first.Column, problems);
        if (mapping is null)
        {
            foreach (var problem in problems.Items) diagnostics.Add(UnquotedValue.Explain(problem, lines, from, to) ?? problem);
            return;
        }
        var origin = new YamlOrigin(file, first.Line, first.Column);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name }) continue;
            options.Add(new RawOption(name, origin.Locate(key.Start), (value as YamlScalarNode)?.Value, value,
                origin.Locate(value), origin));
        }
    }
}
