using System.Net;

namespace SiteGen.Markdown;

/// <summary>
/// The box a table scrolls sideways in on a narrow screen. It is a named region with
/// tabindex="0", so a keyboard can reach it and scroll it with the arrow keys; the theme's
/// script takes the tab stop away again from boxes that have nothing to scroll.
/// </summary>
public static class ScrollBox
{
    public const string Close = "</div>";

    public static string Open(string? labelledBy = null, string? label = null, string? extraClass = null)
    {
        var classes = extraClass is null ? "table-wrap" : "table-wrap " + extraClass;
        var name = labelledBy is not null ? $" aria-labelledby=\"{WebUtility.HtmlEncode(labelledBy)}\""
            : $" aria-label=\"{WebUtility.HtmlEncode(label ?? "Table")}\"";
        return $"<div class=\"{classes}\" tabindex=\"0\" role=\"region\"{name}>";
    }
}
