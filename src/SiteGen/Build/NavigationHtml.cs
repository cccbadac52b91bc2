using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SiteGen.Build;

/// <summary>
/// The site navigation, listed in full on every page. Rendering it per page would cost
/// pages × entries work (a million links for 1,000 lessons), so each entry's HTML is made
/// once per folder depth, in a plain and a current variant, and a page only joins them.
/// </summary>
public sealed class NavigationHtml(SiteModel site)
{
    private sealed record Piece(SitePage? Page, string Html, string CurrentHtml);

    private readonly ConcurrentDictionary<string, Piece[]> _byRoot = new(StringComparer.Ordinal);

    /// <summary>The navigation for a page whose relative way back to the site root is <paramref name="root"/>.</summary>
    public string For(SitePage? current, string root)
    {
        var pieces = _byRoot.GetOrAdd(root, Build);
        var builder = new StringBuilder(pieces.Sum(p => p.Html.Length) + 64);
        foreach (var piece in pieces)
            builder.Append(piece.Page is not null && piece.Page == current ? piece.CurrentHtml : piece.Html);
        return builder.ToString();
    }

    private Piece[] Build(string root)
    {
        var pieces = new List<Piece>();
        void Text(string html) => pieces.Add(new Piece(null, html, html));
        void Item(SitePage page, string label)
        {
            var href = WebUtility.HtmlEncode(root + page.Url + "index.html");
            var number = page.Number is { } n ? $"<span class=\"nav-number\">{n}</span> " : "";
            var text = number + WebUtility.HtmlEncode(label);
            pieces.Add(new Piece(page,
                $"<li class=\"nav-item\"><a href=\"{href}\">{text}</a></li>\n",
                $"<li class=\"nav-item\"><a href=\"{href}\" aria-current=\"page\">{text}</a></li>\n"));
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
            if (section.Index is { } index)
            {
                var href = WebUtility.HtmlEncode(root + index.Url + "index.html");
                pieces.Add(new Piece(index,
                    $"<li class=\"nav-section\"><a class=\"nav-section-title\" href=\"{href}\">{title}</a>\n",
                    $"<li class=\"nav-section\"><a class=\"nav-section-title\" href=\"{href}\" aria-current=\"page\">{title}</a>\n"));
            }
            else Text($"<li class=\"nav-section\"><span class=\"nav-section-title\">{title}</span>\n");
            Text(section.Key == SiteAssembler.LessonsSection ? "<ol class=\"nav-pages\">\n" : "<ul class=\"nav-pages\">\n");
            foreach (var member in section.Pages) Item(member, member.Title);
            Text(section.Key == SiteAssembler.LessonsSection ? "</ol></li>\n" : "</ul></li>\n");
        }
        Text("</ul>");
        return [.. pieces];
    }
}
