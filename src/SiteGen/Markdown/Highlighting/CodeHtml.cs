using Markdig.Renderers;

namespace SiteGen.Markdown.Highlighting;

/// <summary>The HTML of highlighted code: escaped text, each styled run in a span of its style's class.</summary>
public static class CodeHtml
{
    public static void Write(HtmlRenderer renderer, string code, ICodeLexer? lexer)
    {
        if (lexer is null)
        {
            renderer.WriteEscape(code);
            return;
        }
        var sink = new SpanSink();
        lexer.Lex(code, sink);
        var position = 0;
        foreach (var span in sink.Spans)
        {
            var end = Math.Min(span.End, code.Length);
            if (span.Start >= end) continue;
            renderer.WriteEscape(code.AsSpan(position, span.Start - position));
            renderer.Write("<span class=\"").Write(TokenStyles.ClassOf(span.Style)).Write("\">");
            renderer.WriteEscape(code.AsSpan(span.Start, end - span.Start));
            renderer.Write("</span>");
            position = end;
        }
        renderer.WriteEscape(code.AsSpan(position));
    }

    /// <summary>The highlighted HTML of <paramref name="code"/> alone (for tests and tools).</summary>
    public static string Render(string code, ICodeLexer? lexer)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Write(renderer, code, lexer);
        writer.Flush();
        return writer.ToString();
    }
}
