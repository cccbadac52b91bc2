using System.Text.RegularExpressions;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Markdown as lessons write it: headings, list and quote markers, emphasis, inline code and
/// roles, links, callouts (:::tip), front matter, and fenced blocks, whose bodies are highlighted
/// in their own language: a directive's options as keys, then its body as the lesson language
/// ({define}, {eval}), YAML (a body that starts with "key:") or Markdown.
/// </summary>
public sealed partial class MarkdownLexer : ICodeLexer
{
    // Directives whose body is lesson-language text rather than YAML or Markdown.
    private static readonly HashSet<string> LessonBodies = new(StringComparer.Ordinal) { "define", "eval" };

    public void Lex(string code, SpanSink sink)
    {
        var lines = Lines(code);
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var line = code[start..end];
            if (i == 0 && line == "---" && FrontMatterEnd(code, lines) is { } close)
            {
                sink.Add(start, 3, TokenStyle.Punctuation);
                var bodyStart = lines[1].Start;
                new YamlLexer().Lex(code[bodyStart..lines[close].Start], sink.Shifted(bodyStart));
                sink.Add(lines[close].Start, 3, TokenStyle.Punctuation);
                i = close;
                continue;
            }
            var fence = Fence().Match(line);
            if (fence.Success)
            {
                i = LexFence(code, lines, i, fence, sink);
                continue;
            }
            LexLine(line, sink.Shifted(start));
        }
    }

    /// <summary>Styles a fence and its body; returns the index of its closing line.</summary>
    private static int LexFence(string code, List<(int Start, int End)> lines, int open, Match fence, SpanSink sink)
    {
        var lineStart = lines[open].Start;
        var marker = fence.Groups["marker"];
        var info = fence.Groups["info"].Value;
        sink.Add(lineStart + marker.Index, marker.Length, TokenStyle.Punctuation);
        var infoGroup = fence.Groups["info"];
        var directive = Directive().Match(info);
        if (directive.Success) sink.Add(lineStart + infoGroup.Index, directive.Length, TokenStyle.Directive);
        else sink.Add(lineStart + infoGroup.Index, infoGroup.Length, TokenStyle.Key);

        // The body runs to a fence of the same character at least as long, alone on its line.
        var close = open + 1;
        while (close < lines.Count && !IsClosingFence(code[lines[close].Start..lines[close].End], marker.Value)) close++;
        var bodyStart = open + 1;
        if (directive.Success)
        {
            // Options: leading ":name: value" lines.
            while (bodyStart < close && Option().Match(code[lines[bodyStart].Start..lines[bodyStart].End]) is { Success: true } option)
            {
                sink.Add(lines[bodyStart].Start + option.Index, option.Groups["name"].Length, TokenStyle.Key);
                bodyStart++;
            }
        }
        if (bodyStart < close)
        {
            var from = lines[bodyStart].Start;
            var to = lines[close - 1].End;
            var body = code[from..to];
            var lexer = directive.Success ? DirectiveBodyLexer(directive.Groups["name"].Value, body) : CodeLanguages.Find(info)?.Lexer;
            lexer?.Lex(body, sink.Shifted(from));
        }
        if (close < lines.Count) sink.Add(lines[close].Start, lines[close].End - lines[close].Start, TokenStyle.Punctuation);
        return close;
    }

    private static ICodeLexer DirectiveBodyLexer(string name, string body) =>
        LessonBodies.Contains(name) ? new LessonLexer()
        : YamlKey().IsMatch(body) ? new YamlLexer()
        : new MarkdownLexer();

    private static bool IsClosingFence(string line, string marker)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3) return false;
        trimmed = trimmed.TrimEnd();
        return trimmed.Length >= marker.Length && trimmed.All(c => c == marker[0]);
    }

    private static int? FrontMatterEnd(string code, List<(int Start, int End)> lines)
    {
        for (var i = 1; i < lines.Count; i++)
            if (code[lines[i].Start..lines[i].End] == "---") return i;
        return null;
    }

    /// <summary>One line outside fences: block markers first, then inline syntax.</summary>
    private static void LexLine(string line, SpanSink sink)
    {
        var heading = Heading().Match(line);
        if (heading.Success) { sink.Add(0, line.Length, TokenStyle.Heading); return; }
        var container = Container().Match(line);
        if (container.Success)
        {
            sink.Add(0, container.Groups["colons"].Length, TokenStyle.Punctuation);
            sink.Add(container.Groups["name"].Index, container.Groups["name"].Length, TokenStyle.Directive);
            return;
        }
        var position = 0;
        var marker = BlockMarker().Match(line);
        if (marker.Success)
        {
            sink.Add(marker.Groups["marker"].Index, marker.Groups["marker"].Length, TokenStyle.Punctuation);
            position = marker.Length;
            var alert = Alert().Match(line, position);
            if (alert.Success) { sink.Add(alert.Index, alert.Length, TokenStyle.Directive); position = alert.Index + alert.Length; }
        }
        LexInline(line, position, sink);
    }

    private static void LexInline(string line, int position, SpanSink sink)
    {
        var s = new Scanner(line, position);
        while (!s.AtEnd)
        {
            var start = s.Position;
            var c = s.Current;
            if (c == '\\' && s.Position + 1 < s.End) { s.Position += 2; continue; }
            if (c == '{' && Role().Match(line, start) is { Success: true } role && role.Index == start)
            {
                sink.Add(start, role.Length, TokenStyle.Directive);
                s.Position += role.Length;
                continue;
            }
            if (c == '`')
            {
                var ticks = s.SkipWhile(ch => ch == '`');
                var fence = new string('`', ticks);
                var close = line.IndexOf(fence, s.Position, StringComparison.Ordinal);
                if (close < 0) continue;
                s.Position = close + ticks;
                sink.Add(start, s.Position - start, TokenStyle.String);
                continue;
            }
            if (c is '*' or '_' && Emphasis().Match(line, start) is { Success: true } emphasis && emphasis.Index == start
                && (c == '*' || start == 0 || !char.IsLetterOrDigit(line[start - 1])))
            {
                sink.Add(start, emphasis.Length, emphasis.Groups["strong"].Success ? TokenStyle.Strong : TokenStyle.Emphasis);
                s.Position += emphasis.Length;
                continue;
            }
            if (c == ']' && s.Peek() == '(')
            {
                var close = line.IndexOf(')', start + 2);
                if (close > 0)
                {
                    sink.Add(start, 2, TokenStyle.Punctuation);
                    sink.Add(start + 2, close - start - 2, TokenStyle.String);
                    sink.Add(close, 1, TokenStyle.Punctuation);
                    s.Position = close + 1;
                    continue;
                }
            }
            if (c is '[' or ']' or '|') { sink.Add(start, 1, TokenStyle.Punctuation); s.Position++; continue; }
            s.Position++;
        }
    }

    private static List<(int Start, int End)> Lines(string code)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start < code.Length)
        {
            var newline = code.IndexOf('\n', start);
            var end = newline < 0 ? code.Length : newline;
            lines.Add((start, end));
            start = end + 1;
        }
        return lines;
    }

    [GeneratedRegex(@"^ {0,3}(?<marker>`{3,}|~{3,})\s*(?<info>[^\s`]*)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\{(?<name>[\w-]+)\}")]
    private static partial Regex Directive();

    [GeneratedRegex(@"^(?<name>:[\w-]+:)(?:\s|$)")]
    private static partial Regex Option();

    // The body's first line that is not blank or a comment is "key:" or "key: value".
    [GeneratedRegex(@"\A(?:[ \t]*(?:#[^\n]*)?\n)*[\w-]+:(?:[ \t]|\n|\z)")]
    private static partial Regex YamlKey();

    [GeneratedRegex(@"^ {0,3}#{1,6}(?: |$)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^ {0,3}(?<colons>:{3,})\s*(?<name>[\w{}.-]*)")]
    private static partial Regex Container();

    [GeneratedRegex(@"^(?: {0,3}(?<marker>(?:>\s?)+|[-*+](?= )|\d{1,9}[.)](?= )))")]
    private static partial Regex BlockMarker();

    [GeneratedRegex(@"\G\s*\[![A-Za-z]+\]")]
    private static partial Regex Alert();

    [GeneratedRegex(@"\{[\w-]+\}(?=`)")]
    private static partial Regex Role();

    [GeneratedRegex(@"\G(?:(?<strong>\*\*(?=\S)[^*]+?(?<=\S)\*\*|__(?=\S)[^_]+?(?<=\S)__)|\*(?=\S)[^*]+?(?<=\S)\*|_(?=\S)[^_]+?(?<=\S)_(?!\w))")]
    private static partial Regex Emphasis();
}
