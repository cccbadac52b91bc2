using System.Globalization;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Compute;
using SiteGen.Diagnostics;
using SiteGen.Markdown;
using SiteGen.Directives.Syntax;

namespace SiteGen.Directives.Figures;

/// <summary>
/// {numref}`id`: a link to a figure or a computed table on the page, with its number ("Figure 2", "Table 1"). As in MyST,
/// {numref}`the bowl in figure %s &lt;id&gt;` writes its own text, with %s for the number.
/// </summary>
public sealed class NumrefRole : Role<NumrefRole.Reference>
{
    public override string Name => "numref";
    public override string Summary => "A numbered link to a figure or computed table on the page: {numref}`tangents` gives “Figure N”, N being that figure’s number on the page, and a table’s id “Table N”.";

    /// <summary>The figure's anchor and the link's text; no anchor when the page has no such figure.</summary>
    public sealed record Reference(string? Anchor, string Text);

    public override Reference? Compute(RoleInline role, PageComputeContext context)
    {
        var (label, template) = Split(role.Text);
        var numbers = context.Figures.ByAnchor;
        if (!numbers.TryGetValue(label, out var number))
        {
            // A warning, as a broken link is: the page still reads, with "??" where the number goes, as LaTeX shows it.
            context.Diagnostics.Report(DiagnosticCodes.UnknownFigure,
                $"no figure with the id '{label}' on this page" + Suggestions.DidYouMean(label, numbers.Keys), role.TextAt);
            return new Reference(null, (template ?? "Figure %s").Replace("%s", "??", StringComparison.Ordinal));
        }
        var text = (template ?? number.Kind + " %s").Replace("%s", number.Number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return new Reference(label, text);
    }

    public override void Render(PageHtmlRenderer renderer, RoleInline role, Reference reference)
    {
        if (reference.Anchor is null) renderer.Write("<span class=\"numref\">").WriteEscape(reference.Text).Write("</span>");
        else renderer.Write("<a class=\"numref\" href=\"#").WriteEscape(reference.Anchor).Write("\">").WriteEscape(reference.Text).Write("</a>");
    }

    /// <summary>`id`, or `text &lt;id&gt;`.</summary>
    private static (string Label, string? Template) Split(string text)
    {
        text = text.Trim();
        var open = text.LastIndexOf('<');
        return text.EndsWith('>') && open > 0 ? (text[(open + 1)..^1].Trim(), text[..open].TrimEnd()) : (text, null);
    }
}
