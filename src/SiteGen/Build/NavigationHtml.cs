using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SiteGen.Build;

/// <summary>
/// The site navigation on every page. Each entry's HTML is made once per folder (all lessons
/// share one), encoded to UTF-8 in a plain and a current variant, and spliced into each page as
/// it is written (see <see cref="PageFile"/>), with no page-sized string ever built. A section
/// of more than <see cref="LargeSection"/> pages is listed as a window of the pages around the
/// current one and a link to where all are listed: a sidebar of thousands of links helps no
/// reader, and would make every page, and the site, grow with the square of its size.
/// </summary>
public sealed class NavigationHtml(SiteModel site)
{
    /// <summary>The most pages a section lists in full.</summary>
    public const int LargeSection = 100;

    /// <summary>How many pages a large section lists on either side of the current one.</summary>
    public const int Around = 10;

    /// <summary>What a layout's `{{ nav }}` writes; replaced by the navigation when the page is written.</summary>
    public const string Placeholder = "<!--sitegen:navigation-->";

    /// <summary>One piece of the navigation; a page's own entry is written in its current variant.</summary>
    public sealed record Piece(SitePage? Page, byte[] Html, byte[] CurrentHtml);

    private readonly ConcurrentDictionary<string, Piece[]> _byFolder = new(StringComparer.Ordinal);

    /// <summary>The navigation as seen from <paramref name="page"/>, with links relative to its folder.</summary>
    public IReadOnlyList<Piece> For(SitePage page)
    {
        // Links depend only on where the page's folder is, so the home page stands alone and
        // all pages of one folder (lessons/a/, lessons/b/, ...) share one navigation.
        var from = page.Url.Length == 0 ? "" : page.Url[..(page.Url.TrimEnd('/').LastIndexOf('/') + 1)] + "_/";
        // A page of a large section sees its own window; every other page of the folder shares one.
        var inLarge = LargeSectionOf(page) is not null;
        return _byFolder.GetOrAdd(inLarge ? from + "#" + page.ContentPath : from,
            _ => Build(target => SiteUrls.Href(from, target.Url), inLarge ? page : null));
    }

    private Section? LargeSectionOf(SitePage page) =>
        site.Navigation.OfType<NavSection>().Select(s => s.Section)
            .FirstOrDefault(s => s.Pages.Count > LargeSection && s.Key == page.Section && s.Index != page);

    /// <summary>The navigation for a page whose links start from a fixed <paramref name="root"/> (404.html).</summary>
    public IReadOnlyList<Piece> ForRoot(string root) =>
        _byFolder.GetOrAdd("root:" + root, _ => Build(target => root + target.Url + "index.html", null));

    public static void Write(Stream stream, IReadOnlyList<Piece> pieces, SitePage? current)
    {
        foreach (var piece in pieces)
            stream.Write(current is not null && ReferenceEquals(piece.Page, current) ? piece.CurrentHtml : piece.Html);
    }

    private Piece[] Build(Func<SitePage, string> hrefOf, SitePage? current)
    {
        var pieces = new List<Piece>();
        void Text(string html) => pieces.Add(new Piece(null, Encoding.UTF8.GetBytes(html), Encoding.UTF8.GetBytes(html)));
        void Link(SitePage page, string open, string linkAttributes, string inner, string close)
        {
            var href = WebUtility.HtmlEncode(hrefOf(page));
            pieces.Add(new Piece(page,
                Encoding.UTF8.GetBytes($"{open}<a{linkAttributes} href=\"{href}\">{inner}</a>{close}"),
                Encoding.UTF8.GetBytes($"{open}<a{linkAttributes} href=\"{href}\" aria-current=\"page\">{inner}</a>{close}")));
        }
        void Item(SitePage page, string label)
        {
            var number = page.Number is { } n ? $"<span class=\"nav-number\">{n}</span> " : "";
            Link(page, "<li class=\"nav-item\">", "", number + WebUtility.HtmlEncode(label), "</li>\n");
        }

        Text("<ul class=\"nav-tree\">\n");
        if (site.Home is { } home) Item(home, "Home");
        foreach (var entry in site.Navigation)
        {
            if (entry is NavPage { Page: var page })
            {
                Item(page, page.Title);
                continue;
            }
            var section = ((NavSection)entry).Section;
            var title = WebUtility.HtmlEncode(section.Title);
            if (section.Index is { } index) Link(index, "<li class=\"nav-section\">", " class=\"nav-section-title\"", title, "\n");
            else Text($"<li class=\"nav-section\"><span class=\"nav-section-title\">{title}</span>\n");
            var list = section.Key == SiteAssembler.LessonsSection ? "ol" : "ul";
            Text($"<{list} class=\"nav-pages\">\n");
            var (first, end) = Window(section, current);
            if (first > 0) Text($"<li class=\"nav-gap\">{Count(first)} before</li>\n");
            for (var i = first; i < end; i++) Item(section.Pages[i], section.Pages[i].Title);
            if (end < section.Pages.Count) Text($"<li class=\"nav-gap\">{Count(section.Pages.Count - end)} after</li>\n");
            if (first > 0 || end < section.Pages.Count) AllOf(section);
            Text($"</{list}></li>\n");
        }
        Text("</ul>");
        return [.. pieces];

        // The lessons are all listed on the home page; another section's on its index page, if it has one.
        void AllOf(Section section)
        {
            var noun = section.Key == SiteAssembler.LessonsSection ? "lessons" : "pages";
            var list = section.Key == SiteAssembler.LessonsSection ? site.Home : section.Index;
            var text = $"All {Count(section.Pages.Count)} {noun}";
            if (list is null) Text($"<li class=\"nav-gap\">{text}</li>\n");
            // Never marked as the current page: the home page has its own entry.
            else Text($"<li class=\"nav-item nav-all\"><a href=\"{WebUtility.HtmlEncode(hrefOf(list))}\">{text}</a></li>\n");
        }
    }

    /// <summary>The pages of a section to list, [first, end): all of a small one, else those around the current page.</summary>
    private static (int First, int End) Window(Section section, SitePage? current)
    {
        var count = section.Pages.Count;
        if (count <= LargeSection) return (0, count);
        var at = current is null ? -1 : IndexOf(section.Pages, current);
        if (at < 0) return (0, Around);
        return (Math.Max(0, at - Around), Math.Min(count, at + Around + 1));
    }

    private static int IndexOf(IReadOnlyList<SitePage> pages, SitePage page)
    {
        for (var i = 0; i < pages.Count; i++) if (ReferenceEquals(pages[i], page)) return i;
        return -1;
    }

    private static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
