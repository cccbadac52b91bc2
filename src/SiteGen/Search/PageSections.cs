using System.Net;
using System.Text;

namespace SiteGen.Search;

/// <summary>One part of a page as search shows it: the h2 or h3 that starts it (none for the text before the first), its anchor, and its text.</summary>
public sealed record SearchSection(string Heading, string Anchor, string Text);

/// <summary>
/// Splits a page's rendered body at its h2 and h3 headings and reads each part's text as the
/// reader sees it: computed values as shown, formulas through <see cref="MathText"/>, code as
/// written. Figures' drawings and download links, scripts, buttons and anything hidden from
/// readers are left out.
/// Works on the HTML the renderer writes, which is well formed, and never fails on any other.
/// </summary>
public static class PageSections
{
    // Elements whose content is not prose a reader searches: drawings, scripts, controls.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
        { "script", "style", "svg", "button", "template", "noscript", "textarea", "select" };

    // Elements that end a run of text, so words on either side do not run together.
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "thead", "tbody", "caption", "figure",
        "figcaption", "pre", "blockquote", "section", "aside", "details", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr",
        "img", "header", "footer",
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
        { "br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area", "embed", "track", "mspace" };

    public static IReadOnlyList<SearchSection> Of(string html)
    {
        var sections = new List<SearchSection>();
        var text = new StringBuilder();
        var heading = new StringBuilder();
        string? currentHeading = null, currentAnchor = "";
        var inHeading = false;
        var skipDepth = 0;
        string? skipName = null;
        var headingLevel = "";

        void Close()
        {
            var body = Collapse(text.ToString());
            if (currentHeading is not null || body.Length > 0) sections.Add(new SearchSection(currentHeading ?? "", currentAnchor, body));
            text.Clear();
        }

        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var run = lt < 0 ? html[i..] : html[i..lt];
            if (skipDepth == 0 && run.Length > 0) (inHeading ? heading : text).Append(WebUtility.HtmlDecode(run));
            if (lt < 0) break;
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }
            var gt = TagEnd(html, lt);
            if (gt < 0) break;
            var tag = new Tag(html, lt, gt);
            i = gt + 1;
            if (tag.Name.Length == 0) continue;

            if (skipDepth > 0)
            {
                if (tag.Name == skipName && !tag.SelfClosing) skipDepth += tag.Closing ? -1 : 1;
                continue;
            }
            if (!tag.Closing && !tag.SelfClosing && !Void.Contains(tag.Name) && (Skipped.Contains(tag.Name) || tag.Hidden || tag.Download || tag.SelfLink))
            {
                skipName = tag.Name;
                skipDepth = 1;
                continue;
            }
            if (tag.Name == "math" && !tag.Closing)
            {
                var end = html.IndexOf("</math>", gt, StringComparison.Ordinal);
                var inner = end < 0 ? html[(gt + 1)..] : html[(gt + 1)..end];
                var target = inHeading ? heading : text;
                var math = MathText.Of(inner);
                if (tag.Attribute("display") == "block") target.Append(' ').Append(math).Append(' ');
                else target.Append(math);
                i = end < 0 ? html.Length : end + "</math>".Length;
                continue;
            }
            if (tag.Name is "h2" or "h3" && !tag.Closing && tag.Attribute("id") is { Length: > 0 } id)
            {
                Close();
                inHeading = true;
                headingLevel = tag.Name;
                currentAnchor = id;
                heading.Clear();
                continue;
            }
            if (inHeading && tag.Closing && tag.Name == headingLevel)
            {
                inHeading = false;
                currentHeading = Collapse(heading.ToString());
                continue;
            }
            if (Blocks.Contains(tag.Name) || tag.Name is "td" or "th") (inHeading ? heading : text).Append(' ');
        }
        if (inHeading) currentHeading = Collapse(heading.ToString());
        Close();
        return sections;
    }

    /// <summary>Where the tag opened at <paramref name="lt"/> ends, past any '>' inside a quoted attribute.</summary>
    private static int TagEnd(string html, int lt)
    {
        var quote = '\0';
        for (var j = lt + 1; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return j;
        }
        return -1;
    }

    /// <summary>Runs of white space as one space, trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' '); }
            else builder.Append(c);
        }
        if (builder.Length > 0 && builder[^1] == ' ') builder.Length--;
        return builder.ToString();
    }

    /// <summary>A start or end tag: its lower-case name and, on demand, an attribute's value.</summary>
    private readonly struct Tag
    {
        private readonly string _source;
        public string Name { get; }
        public bool Closing { get; }
        public bool SelfClosing { get; }

        public Tag(string html, int lt, int gt)
        {
            _source = html[(lt + 1)..gt];
            Closing = _source.StartsWith('/');
            SelfClosing = _source.EndsWith('/');
            var start = Closing ? 1 : 0;
            var end = start;
            while (end < _source.Length && (char.IsAsciiLetterOrDigit(_source[end]) || _source[end] == '-')) end++;
            Name = _source[start..end].ToLowerInvariant();
        }

        /// <summary>The "#" link to its own heading that AnchoredHeadingRenderer writes beside a heading.</summary>
        public bool SelfLink => Name == "a" && Attribute("class") is { } classes && classes.Split(' ').Contains("heading-anchor");

        /// <summary>A link to download a file (a figure's SVG and PNG): a file name, not prose.</summary>
        public bool Download => Name == "a" && Attribute("download") is not null;

        /// <summary>Hidden from readers: aria-hidden="true" or the hidden attribute.</summary>
        public bool Hidden => Attribute("aria-hidden") == "true" || Attribute("hidden") is not null;

        public string? Attribute(string name)
        {
            var at = 0;
            while ((at = _source.IndexOf(name, at, StringComparison.Ordinal)) > 0)
            {
                var after = at + name.Length;
                var boundary = char.IsWhiteSpace(_source[at - 1]) && (after == _source.Length || _source[after] is '=' or ' ' or '/' or '>');
                if (!boundary) { at = after; continue; }
                if (after >= _source.Length || _source[after] != '=') return "";
                var valueStart = after + 1;
                if (valueStart < _source.Length && _source[valueStart] is '"' or '\'')
                {
                    var quote = _source[valueStart];
                    var close = _source.IndexOf(quote, valueStart + 1);
                    return WebUtility.HtmlDecode(close < 0 ? _source[(valueStart + 1)..] : _source[(valueStart + 1)..close]);
                }
                var stop = valueStart;
                while (stop < _source.Length && !char.IsWhiteSpace(_source[stop])) stop++;
                return _source[valueStart..stop];
            }
            return null;
        }
    }
}
