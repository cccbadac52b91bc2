using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using SiteGen.Compute;
using SiteGen.Diagnostics;
using SiteGen.Markdown;

namespace SiteGen.Directives.Syntax;

/// <summary>
/// Markdig's inline parser for MyST roles, {name}`text`: the name in braces directly followed by
/// a code span. An unknown name is left to Markdig (text, then inline code) with a warning, so
/// nothing written is lost.
/// </summary>
public sealed class RoleParser : InlineParser
{
    private readonly DirectiveRegistry _registry;

    public RoleParser(DirectiveRegistry registry)
    {
        _registry = registry;
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var nameEnd = NameEnd(text, start + 1, slice.End);
        if (nameEnd < 0 || nameEnd + 1 > slice.End || text[nameEnd] != '}' || text[nameEnd + 1] != '`') return false;
        var ticks = 0;
        while (nameEnd + 1 + ticks <= slice.End && text[nameEnd + 1 + ticks] == '`') ticks++;
        var contentStart = nameEnd + 1 + ticks;
        var close = ClosingRun(text, contentStart, slice.End, ticks);
        if (close < 0) return false;

        var name = text[(start + 1)..nameEnd];
        var state = ParseState.Of(processor.Context);
        var at = processor.GetSourcePosition(start, out var line, out var column);
        var role = _registry.Role(name);
        if (role is null)
        {
            state?.Diagnostics.Report(DiagnosticCodes.UnknownRole,
                $"unknown role '{name}'; its text is shown as code{Suggestions.DidYouMean(name, _registry.Roles.Select(r => r.Name))}",
                state.Map.AtOffset(at));
            return false;
        }
        var contentAt = processor.GetSourcePosition(contentStart);
        var map = state?.Map;
        processor.Inline = new RoleInline(role, name, CodeSpanText(text[contentStart..close]),
            map?.AtOffset(at) ?? new SourceLocation("", line + 1, column + 1),
            map?.AtOffset(contentAt) ?? new SourceLocation("", line + 1, column + 1 + contentStart - start))
        {
            Line = line,
            Column = column,
            Span = new SourceSpan(at, processor.GetSourcePosition(close + ticks - 1)),
        };
        slice.Start = close + ticks;
        return true;
    }

    /// <summary>Where a role name starting at <paramref name="from"/> ends, or -1: a letter, then letters, digits, '_', ':' or '-'.</summary>
    private static int NameEnd(string text, int from, int end)
    {
        if (from > end || !char.IsAsciiLetter(text[from])) return -1;
        var i = from + 1;
        while (i <= end && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or ':' or '-')) i++;
        return i;
    }

    /// <summary>The start of the first run of exactly <paramref name="ticks"/> backticks from <paramref name="from"/>, or -1.</summary>
    private static int ClosingRun(string text, int from, int end, int ticks)
    {
        var i = from;
        while (i <= end)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }
            var run = i;
            while (i <= end && text[i] == '`') i++;
            if (i - run == ticks) return run;
        }
        return -1;
    }

    /// <summary>A code span's text as CommonMark reads it: line ends become spaces, and one space inside each end is padding.</summary>
    private static string CodeSpanText(string raw)
    {
        var text = raw.Replace("\r\n", " ").Replace('\n', ' ');
        return text.Length >= 2 && text[0] == ' ' && text[^1] == ' ' && text.Trim().Length > 0 ? text[1..^1] : text;
    }
}
