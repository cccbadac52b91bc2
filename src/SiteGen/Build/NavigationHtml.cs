using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SiteGen.Build;

/// <summary>
/// The site navigation, listed in full on every page. With 1,000 lessons that is a million
/// links over the site, so it is never rendered per page: each entry's HTML is made once per
/// folder (all lessons share one), encoded to UTF-8 in a plain and a current variant, and
/// spliced into each page as it is written (see <see cref="PageFile"/>), with no page-sized
/// string ever built.
/// </summary>
public sealed class NavigationHtml(SiteModel site)
{
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
        return _byFolder.GetOrAdd(from, f => Build(target => SiteUrls.Href(f, target.Url)));
    }

    /// <summary>The navigation for a page whose links start from a fixed <paramref name="root"/> (404.html).</summary>
    public IReadOnlyList<Piece> ForRoot(string root) =>
        _byFolder.GetOrAdd("root:" + root, _ => Build(target => root + target.Url + "index.html"));

    public static void Write(Stream stream, IReadOnlyList<Piece> pieces, SitePage? current)
    {
        foreach (var piece in pieces)
            stream.Write(current is not null && ReferenceEquals(piece.Page, current) ? piece.CurrentHtml : piece.Html);
    }

    private Piece[] Build(Func<SitePage, string> hrefOf)
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
            foreach (var member in section.Pages) Item(member, member.Title);
            Text($"</{list}></li>\n");
        }
        Text("</ul>");
        return [.. pieces];
    }
}
