using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markdown.MathML;

/// <summary>Writes <c>$...$</c> as inline MathML, converted at build time.</summary>
public sealed class MathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math)
    {
        var tex = math.Content.ToString();
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(tex);
            return;
        }
        renderer.Write(MathChecker.Converted(math) ?? LatexToMathML.Convert(tex, display: false).MathML);
    }
}

/// <summary>
/// Writes a <c>$$...$$</c> block as display MathML inside a box of its own, so a formula wider
/// than the page scrolls instead of widening it.
/// </summary>
public sealed class MathBlockRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock math)
    {
        var tex = math.Lines.ToString();
        renderer.EnsureLine();
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteEscape(tex);
            renderer.EnsureLine();
            return;
        }
        renderer.Write("<div class=\"math-display\">");
        renderer.Write(MathChecker.Converted(math) ?? LatexToMathML.Convert(tex, display: true).MathML);
        renderer.Write("</div>");
        renderer.EnsureLine();
    }
}
