using System.Text.RegularExpressions;
using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Directives;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Markdown;

/// <summary>
/// Splits a directive's fenced body into its options (`:key: value` lines, or a YAML block
/// between `---` lines) and the rest, keeping the file position of every part.
/// </summary>
public sealed partial record DirectiveSource(IReadOnlyList<RawOption> Options, string Body, SourceLocation BodyAt)
{
    [GeneratedRegex(@"^:(?<name>[A-Za-z][\w-]*):(?:\s+(?<value>.*))?$")]
    private static partial Regex OptionLine();

    public static DirectiveSource Read(FencedCodeBlock block, SourceMap map, DiagnosticBag diagnostics)
    {
        var lines = new List<(string Text, SourceLocation At)>(block.Lines.Count);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines.Lines[i];
            lines.Add((line.Slice.ToString(), map.AtOffset(line.Slice.Start)));
        }
        var options = new List<RawOption>();
        var next = 0;
        if (lines.Count > 0 && lines[0].Text.TrimEnd() == "---")
            next = ReadYamlBlock(lines, map.File, options, diagnostics);
        else
            while (next < lines.Count && OptionLine().Match(lines[next].Text) is { Success: true } match)
            {
                var at = lines[next].At;
                var value = match.Groups["value"];
                options.Add(new RawOption(match.Groups["name"].Value, at, value.Success ? value.Value.TrimEnd() : "", null,
                    value.Success ? at with { Column = at.Column + value.Index } : at));
                next++;
            }
        var bodyAt = next < lines.Count ? lines[next].At : map.At(block) with { Line = map.At(block).Line + lines.Count + 1 };
        var body = string.Join('\n', lines.Skip(next).Select(l => l.Text));
        return new DirectiveSource(options, body, bodyAt);
    }

    private static int ReadYamlBlock(List<(string Text, SourceLocation At)> lines, SourceFile file, List<RawOption> options,
        DiagnosticBag diagnostics)
    {
        var close = lines.FindIndex(1, l => l.Text.TrimEnd() == "---");
        if (close < 0)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, "the options block opened with '---' has no closing '---'", lines[0].At);
            return lines.Count;
        }
        if (close == 1) return 2;
        var first = lines[1].At;
        var yaml = string.Join('\n', lines.Skip(1).Take(close - 1).Select(l => l.Text));
        var mapping = YamlText.ParseMapping(yaml, file, first.Line, first.Column, diagnostics);
        if (mapping is null) return close + 1;
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name }) continue;
            options.Add(new RawOption(name, YamlText.Locate(file, key.Start, first.Line, first.Column),
                (value as YamlScalarNode)?.Value, value, YamlText.Locate(file, value.Start, first.Line, first.Column)));
        }
        return close + 1;
    }
}
