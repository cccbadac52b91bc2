using SiteGen.Compute;
using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Directives;
using SiteGen.Markdown;

namespace SiteGen.Directives.Syntax;

/// <summary>
/// Finds MyST directives in a parsed document, ```` ```{name} ```` fences and `:::{name}`
/// colon fences, and replaces them with <see cref="DirectiveBlock"/>s. Unknown ones stay
/// as code (or as their container) with a positioned warning, so no content is lost.
/// </summary>
public sealed partial class DirectiveRecognizer(DirectiveRegistry registry)
{
    [GeneratedRegex(@"^\{(?<name>[A-Za-z][\w:-]*)\}$")]
    private static partial Regex DirectiveInfo();

    /// <summary>MyST's code directives: plain highlighted code, no computation.</summary>
    private static readonly HashSet<string> CodeDirectives = ["code", "code-block", "sourcecode"];

    public void Transform(MarkdownDocument document, ParseState state)
    {
        foreach (var fence in document.Descendants<FencedCodeBlock>().ToList())
            if (NameOf(fence.Info) is { } name) ReplaceFence(fence, name, state);
        foreach (var container in document.Descendants<CustomContainer>().ToList())
            InspectContainer(container, state.Map, state.Diagnostics);
    }

    private static string? NameOf(string? info) =>
        info is not null && DirectiveInfo().Match(info) is { Success: true } m ? m.Groups["name"].Value : null;

    private void ReplaceFence(FencedCodeBlock fence, string name, ParseState state)
    {
        var (map, diagnostics) = (state.Map, state.Diagnostics);
        if (CodeDirectives.Contains(name))
        {
            ShowAsCode(fence, FirstWord(fence.Arguments));
            return;
        }
        var directive = registry.Directive(name);
        if (directive is null)
        {
            diagnostics.Report(DiagnosticCodes.UnknownDirective,
                $"unknown directive '{name}'; its content is shown as a code block{Suggestions.DidYouMean(name, registry.AllDirectiveNames)}",
                map.At(fence));
            // The words after {name} are a title; shown above the code, so nothing written is lost.
            if (name != "code-cell" && fence.Arguments?.Trim() is { Length: > 0 } title)
                fence.Parent!.Insert(fence.Parent.IndexOf(fence), KeptText(title, fence));
            ShowAsCode(fence, name == "code-cell" ? FirstWord(fence.Arguments) : null);
            return;
        }
        var at = map.At(fence);
        var source = DirectiveSource.Read(fence, map, diagnostics, directive.Body == DirectiveBody.Yaml);
        var block = new DirectiveBlock(directive)
        {
            Name = name,
            Argument = fence.Arguments?.Trim() ?? "",
            At = at,
            ArgumentAt = ArgumentLocation(fence, map),
            Options = DirectiveOptions.Bind(name, directive.Options, source.Options, at, diagnostics, source.OptionsUnreadable),
            Body = source.Body,
            BodyAt = source.BodyAt,
            Line = fence.Line,
            Column = fence.Column,
            Span = fence.Span,
            Raw = fence.Span.Length > 0 && fence.Span.End < map.Markdown.Length
                ? map.Markdown.Substring(fence.Span.Start, fence.Span.Length) : map.Markdown[Math.Min(fence.Span.Start, map.Markdown.Length)..],
        };
        if (directive.Body == DirectiveBody.Markdown && source.Body.Trim().Length > 0)
            foreach (var child in state.ParseFragment(source.Body, source.BodyAt))
                block.Add(child);
        Replace(fence, block);
    }

    private void InspectContainer(CustomContainer container, SourceMap map, DiagnosticBag diagnostics)
    {
        var info = container.Info ?? "";
        if (NameOf(info) is { } name && registry.Directive(name) is { Body: DirectiveBody.Markdown } directive)
        {
            var block = new DirectiveBlock(directive)
            {
                Name = name, Argument = container.Arguments?.Trim() ?? "", At = map.At(container),
                ArgumentAt = map.At(container), Options = DirectiveOptions.Defaults(name, directive.Options), Body = "", BodyAt = map.At(container),
                Line = container.Line, Column = container.Column, Span = container.Span,
            };
            while (container.Count > 0)
            {
                var child = container[0];
                container.RemoveAt(0);
                block.Add(child);
            }
            Replace(container, block);
            return;
        }
        if (Directives.Admonitions.CalloutKinds.Resolve(info) is not null || QuartoCallout(container)) return;
        // ':::' with words after it opens a container rather than closing one: say so where it was meant to close.
        var closeHint = container.Parent is CustomContainer ? "; to close the container above, write ':::' alone on its line" : "";
        diagnostics.Report(DiagnosticCodes.UnknownContainer,
            $"unknown container ':::{info}'; its content is kept as plain text{closeHint}. Callouts are " +
            string.Join(", ", Directives.Admonitions.CalloutKinds.All.Select(k => ":::" + k.Kind)), map.At(container));
        var words = string.Join(' ', new[] { container.Info, container.Arguments }.Where(w => !string.IsNullOrWhiteSpace(w)));
        if (closeHint.Length > 0 || container.Arguments?.Trim().Length > 0)
            container.Insert(0, KeptText(closeHint.Length > 0 ? words : container.Arguments!.Trim(), container));
    }

    /// <summary>Words from an opening line that SiteGen cannot give a meaning, kept as a paragraph.</summary>
    private static ParagraphBlock KeptText(string text, Block at)
    {
        var paragraph = new ParagraphBlock { Line = at.Line, Column = at.Column, Span = at.Span };
        paragraph.Inline = new Markdig.Syntax.Inlines.ContainerInline();
        paragraph.Inline.AppendChild(new Markdig.Syntax.Inlines.LiteralInline(text));
        return paragraph;
    }

    /// <summary>Quarto's `::: {.callout-note}` becomes `:::note`.</summary>
    private static bool QuartoCallout(CustomContainer container)
    {
        var info = container.Info ?? "";
        const string prefix = "{.callout-";
        if (!info.StartsWith(prefix, StringComparison.Ordinal) || !info.EndsWith('}')) return false;
        var kind = Directives.Admonitions.CalloutKinds.Resolve(info[prefix.Length..^1]);
        if (kind is null) return false;
        container.Info = kind;
        return true;
    }

    /// <summary>Makes a directive fence an ordinary code block, in <paramref name="language"/> if known.</summary>
    private static void ShowAsCode(FencedCodeBlock fence, string? language)
    {
        fence.Info = language;
        fence.Arguments = null;
        // Markdig put the info string into a language-{name} class while parsing.
        var attributes = fence.GetAttributes();
        attributes.Classes?.RemoveAll(c => c.StartsWith("language-", StringComparison.Ordinal));
        if (language is not null) attributes.AddClass("language-" + language);
    }

    private static SourceLocation ArgumentLocation(FencedCodeBlock fence, SourceMap map)
    {
        var start = fence.Span.Start;
        var lineEnd = map.Markdown.IndexOf('\n', start);
        var openingLine = map.Markdown[start..(lineEnd < 0 ? map.Markdown.Length : lineEnd)];
        var close = openingLine.IndexOf('}');
        var offset = close + 1;
        while (offset < openingLine.Length && openingLine[offset] == ' ') offset++;
        return map.AtOffset(start + offset);
    }

    private static string? FirstWord(string? text) =>
        text?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private static void Replace(Block old, Block replacement)
    {
        var parent = old.Parent!;
        var index = parent.IndexOf(old);
        parent.RemoveAt(index);
        parent.Insert(index, replacement);
    }
}
