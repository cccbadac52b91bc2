using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Writes a code block highlighted at build time, inside a box the theme hangs its copy button
/// on. The &lt;pre&gt; is a named, focusable group, so a reader can reach a block that scrolls
/// sideways with the keyboard and hears what it is. Fences in a language SiteGen does not know
/// (mermaid, r) or with no language are written plain, keeping their language-… class.
/// </summary>
public sealed class HighlightedCodeBlockRenderer : CodeBlockRenderer
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, block);
            return;
        }
        var tag = (block as FencedCodeBlock)?.Info;
        tag = string.IsNullOrWhiteSpace(tag) ? null : tag;
        var language = CodeLanguages.Find(tag);
        var label = language?.Label ?? (tag is null ? "Code" : tag + " code");

        renderer.EnsureLine();
        OpenBox(renderer, label);
        renderer.Write("<code");
        renderer.WriteAttributes(block);
        renderer.Write('>');
        CodeHtml.Write(renderer, CodeText(block), language?.Lexer);
        CloseBox(renderer);
    }

    /// <summary>
    /// A block of <paramref name="code"/> in a language SiteGen knows, written by a directive (a training
    /// run's definition) in the same box as a fence, so it is highlighted and has its copy button too.
    /// </summary>
    public static void WriteBlock(HtmlRenderer renderer, string code, string tag)
    {
        var language = CodeLanguages.Find(tag) ?? throw new ArgumentException($"no highlighter for '{tag}'", nameof(tag));
        OpenBox(renderer, language.Label);
        renderer.Write("<code class=\"language-").WriteEscape(tag).Write("\">");
        CodeHtml.Write(renderer, code.EndsWith('\n') ? code : code + "\n", language.Lexer);
        CloseBox(renderer);
    }

    private static void OpenBox(HtmlRenderer renderer, string label) =>
        renderer.Write("<div class=\"code-block\">\n<pre tabindex=\"0\" role=\"group\" aria-label=\"").WriteEscape(label).Write("\">");

    private static void CloseBox(HtmlRenderer renderer) => renderer.Write("</code></pre>\n").WriteLine("</div>");

    /// <summary>The block's text as Markdig writes it: every line followed by a newline.</summary>
    private static string CodeText(CodeBlock block)
    {
        var lines = block.Lines;
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++) text.Append(lines.Lines[i].Slice.AsSpan()).Append('\n');
        return text.ToString();
    }
}
