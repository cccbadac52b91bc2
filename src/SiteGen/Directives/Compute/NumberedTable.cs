using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Directives.Figures;
using SiteGen.Directives.Syntax;
using SiteGen.Markdown;

namespace SiteGen.Directives.Compute;

/// <summary>A directive that writes a computed table, which the page numbers ("Table 2") and {numref} can cite.</summary>
public interface INumberedTable;

/// <summary>
/// What every numbered table shares: its `id` option, and its HTML. A table is a figure whose
/// caption comes first (tables are captioned above, as in books), then the table in a box that
/// scrolls sideways on a narrow screen; the box is a named region the keyboard can reach, so a
/// reader without a mouse can scroll it too.
/// </summary>
public static partial class NumberedTable
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex IdPattern();

    /// <summary>Read when the page is parsed, by <see cref="FigureNumbers"/>, so a reference may come before the table.</summary>
    public static readonly Option<string?> Id = Option.Text("id", "anchor for links to the table (#id) and for {numref}, which cites it as “Table 2”");

    /// <summary>The table's anchor, or null after reporting a malformed or repeated id.</summary>
    public static string? Anchor(DirectiveBlock block, OptionReader reader, FigureNumber number)
    {
        if (block.Options.Get(Id)?.Trim() is { Length: > 0 } && !IdPattern().IsMatch(number.Anchor))
        {
            reader.Report(DiagnosticCodes.BadOptionValue,
                $"table id '{number.Anchor}' must start with a letter and use only letters, digits, '-' and '_'", reader.At(Id));
            return null;
        }
        if (!number.RepeatsAnId) return number.Anchor;
        reader.Report(DiagnosticCodes.DuplicateFigureId, $"another figure or table on this page already has the id '{number.Anchor}'", reader.At(Id));
        return null;
    }

    /// <summary>
    /// The figure around a table: <paramref name="rows"/> is the table's content (thead and tbody),
    /// <paramref name="captionHtml"/> the caption after the number, already escaped.
    /// </summary>
    public static string Html(FigureNumber number, string tableClass, string captionHtml, string rows)
    {
        var anchor = WebUtility.HtmlEncode(number.Anchor);
        var html = new StringBuilder();
        html.Append("<figure class=\"table-figure\" id=\"").Append(anchor).Append("\">\n");
        html.Append("<figcaption id=\"").Append(anchor).Append("-caption\"><span class=\"table-label\">").Append(number.Label).Append("</span>");
        if (captionHtml.Length > 0) html.Append(' ').Append(captionHtml);
        html.Append("</figcaption>\n");
        html.Append(ScrollBox.Open(labelledBy: number.Anchor + "-caption"));
        html.Append("<table class=\"").Append(tableClass).Append("\">\n").Append(rows).Append("</table>");
        html.Append(ScrollBox.Close).Append('\n');
        html.Append("</figure>\n");
        return html.ToString();
    }
}
