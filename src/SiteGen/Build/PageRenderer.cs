using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Scriban.Runtime;
using SiteGen.Diagnostics;
using SiteGen.Templates;
using SiteGen.Markdown;
using SiteGen.Directives.Figures;

namespace SiteGen.Build;

/// <summary>
/// The render stage for one page: Markdown body to HTML, then the page-kind layout, then the
/// base layout around it. Shared by all threads; every call has its own renderer and context.
/// </summary>
public sealed class PageRenderer(SiteModel site, Theme theme, MarkdownPipeline pipeline)
{
    private readonly TemplateRenderer _templates = new(theme);
    private readonly NavigationHtml _navigation = new(site);
    private readonly ScriptObject _site = PageModel.Site(site.Settings);
    private readonly ScriptObject _build = PageModel.Build();
    private readonly IReadOnlyDictionary<string, string> _assets =
        theme.Assets.ToDictionary(a => a.LogicalPath, a => a.OutputPath, StringComparer.Ordinal);

    public PageFile? Render(SitePage page, ParsedPage parsed, NodeResults results, FigureDrawings drawings, DiagnosticBag diagnostics)
    {
        var content = PageHtmlRenderer.Render(parsed.Document, pipeline, results, drawings);
        var model = CommonModel(page.Root, page.Kind == PageKind.Home);
        var (previous, next) = site.Neighbours.GetValueOrDefault(page);
        model["page"] = PageModel.Page(new PageModel.PageView(
            Title: page.Title,
            Description: page.Description,
            Kind: page.Kind.ToString().ToLowerInvariant(),
            Url: page.Url,
            Canonical: SiteUrls.Absolute(site.Settings.BaseUrl, page.Url),
            Content: content,
            Toc: TableOfContents(parsed, results),
            Prev: previous is null ? null : PageModel.Link(previous.Title, SiteUrls.Href(page.Url, previous.Url)),
            Next: next is null ? null : PageModel.Link(next.Title, SiteUrls.Href(page.Url, next.Url)),
            Number: page.Number,
            OgImage: SocialCards.HasCard(page) && site.Settings.BaseUrl.Length > 0
                ? SiteUrls.Absolute(site.Settings.BaseUrl, page.Url + SocialCards.FileName) : null,
            SectionTitle: SectionTitle(page)));
        var layout = page.Kind switch { PageKind.Home => "home", PageKind.Lesson => "lesson", _ => "page" };
        var file = Layout(layout, page.OutputPath, model, _navigation.For(page), page, diagnostics);
        return file is null ? null : file with { Sections = Search.PageSections.Of(content) };
    }

    /// <summary>
    /// 404.html is served by GitHub Pages at any missing path, at any depth, so its links
    /// start from the site's absolute path when the base URL is known.
    /// </summary>
    public PageFile? RenderNotFound(DiagnosticBag diagnostics)
    {
        var root = site.Settings.BaseUrl.Length > 0 ? new Uri(site.Settings.BaseUrl).AbsolutePath : "";
        var model = CommonModel(root, lessons: true);
        model["page"] = PageModel.Page(new PageModel.PageView("Page not found", Description: "", Kind: "notfound", Url: "404.html",
            Canonical: "", Content: "", Toc: new ScriptArray(), Prev: null, Next: null, Number: null, OgImage: null, SectionTitle: ""));
        return Layout("404", "404.html", model, _navigation.ForRoot(root), null, diagnostics);
    }

    private ScriptObject CommonModel(string root, bool lessons) => new()
    {
        ["site"] = _site,
        ["build"] = _build,
        ["root"] = root,
        ["home_href"] = (root.Length == 0 ? "./" : root) + "index.html",
        ["nav"] = NavigationHtml.Placeholder,
        ["lessons"] = lessons ? LessonCards(root) : new ScriptArray(),
        ["asset"] = new AssetFunction(_assets, root),
    };

    private PageFile? Layout(string layout, string outputPath, ScriptObject model, IReadOnlyList<NavigationHtml.Piece> navigation,
        SitePage? page, DiagnosticBag diagnostics)
    {
        var main = _templates.Render(layout, model, diagnostics);
        if (main is null) return null;
        model["main"] = main;
        var html = _templates.Render("base", model, diagnostics);
        return html is null ? null : new PageFile(outputPath, html, navigation, page);
    }

    private ScriptArray TableOfContents(ParsedPage page, NodeResults results)
    {
        var toc = new ScriptArray();
        using var writer = new StringWriter();
        var renderer = new PageHtmlRenderer(writer, pipeline, results);
        foreach (var heading in page.Headings.Where(h => h.Level is 2 or 3))
        {
            writer.GetStringBuilder().Clear();
            renderer.WriteLeafInline(heading.Block);
            var html = writer.ToString();
            // A link inside a heading would nest inside the table of contents' own link.
            if (html.Contains("<a ", StringComparison.Ordinal))
                html = System.Net.WebUtility.HtmlEncode(Markdown.InlineText.Of(heading.Block));
            toc.Add(PageModel.TocEntry(heading.Level, heading.Id, html));
        }
        return toc;
    }

    private ScriptArray LessonCards(string root)
    {
        var cards = new ScriptArray();
        foreach (var lesson in site.Lessons)
            cards.Add(PageModel.LessonCard(lesson.Number ?? 0, lesson.Title, lesson.Description, root + lesson.Url + "index.html"));
        return cards;
    }

    private string SectionTitle(SitePage page) =>
        site.Navigation.OfType<NavSection>().FirstOrDefault(s => s.Section.Key == page.Section)?.Section.Title ?? "";
}
