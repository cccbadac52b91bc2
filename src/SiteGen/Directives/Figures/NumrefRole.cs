using System.Globalization;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Compute;
using SiteGen.Diagnostics;
using SiteGen.Markdown;

namespace SiteGen.Directives.Figures;

/// <summary>
/// {numref}`id`: a link to a figure on the page, with its number ("Figure 2"). As in MyST,
/// {numref}`the bowl in figure %s &lt;id&gt;` writes its own text, with %s for the number.
/// </summary>
public sealed class NumrefRole : IRole
{
    public string Name => "numref";
    public string Summary => "A numbered link to a figure on the page: {numref}`tangents` gives “Figure 2”.";

    private sealed record Reference(string Anchor, string Text);

    public void Execute(RoleInline role, PageComputeContext context)
    {
        var (label, template) = Split(role.Text);
        var numbers = context.State<PageFigureNumbers>().Of(DocumentOf(role));
        if (!numbers.TryGetValue(label, out var number))
        {
            context.Diagnostics.Error(DiagnosticCodes.UnknownFigure,
                $"no figure with the id '{label}' on this page" + Suggestions.DidYouMean(label, numbers.Keys), role.TextAt);
            return;
        }
        var text = (template ?? "Figure %s").Replace("%s", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        role.Result = new Reference(label, text);
    }

    public void Render(HtmlRenderer renderer, RoleInline role)
    {
        if (role.Result is Reference reference)
            renderer.Write("<a class=\"numref\" href=\"#").WriteEscape(reference.Anchor).Write("\">").WriteEscape(reference.Text).Write("</a>");
    }

    /// <summary>The page's figure numbers, found once however many references the page has.</summary>
    private sealed class PageFigureNumbers
    {
        private IReadOnlyDictionary<string, int>? _numbers;

        public IReadOnlyDictionary<string, int> Of(MarkdownDocument document) => _numbers ??= FigureNumbers.Of(document);
    }

    /// <summary>`id`, or `text &lt;id&gt;`.</summary>
    private static (string Label, string? Template) Split(string text)
    {
        text = text.Trim();
        var open = text.LastIndexOf('<');
        return text.EndsWith('>') && open > 0 ? (text[(open + 1)..^1].Trim(), text[..open].TrimEnd()) : (text, null);
    }

    private static MarkdownDocument DocumentOf(Inline inline)
    {
        Block? block = inline.Parent is { } container ? FindBlock(container) : null;
        while (block?.Parent is { } parent) block = parent;
        return block as MarkdownDocument ?? new MarkdownDocument();
    }

    private static Block? FindBlock(ContainerInline container)
    {
        var top = container;
        while (top.Parent is { } parent) top = parent;
        return top.ParentBlock;
    }
}
