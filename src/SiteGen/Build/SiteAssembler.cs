using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Markdown;
using SiteGen.Directives.Syntax;

namespace SiteGen.Build;

/// <summary>
/// The assemble stage: gives every parsed page its URL, order, section, lesson number and
/// neighbours, and builds the navigation. Pages under `lessons/` are the course's lessons.
/// </summary>
public static class SiteAssembler
{
    public const string LessonsSection = "lessons";

    public static SiteModel Assemble(SiteSettings settings, IReadOnlyList<PageOutline> parsed, IReadOnlySet<string> staticFiles,
        bool includeDrafts, DiagnosticBag diagnostics)
    {
        var pages = parsed
            .Where(p => includeDrafts || !p.Meta.Draft)
            .Select(Place)
            .OrderBy(p => p.Weight).ThenBy(p => p.ContentPath, StringComparer.Ordinal)
            .ToList();
        pages = NumberLessons(pages);
        ReportDuplicateUrls(pages, diagnostics);

        var home = pages.FirstOrDefault(p => p.Kind == PageKind.Home);
        var sections = pages
            .Where(p => p.Section.Length > 0)
            .GroupBy(p => p.Section, StringComparer.Ordinal)
            .Select(group => MakeSection(group.Key, group.ToList()))
            .ToList();
        var navigation = pages
            .Where(p => p.Section.Length == 0 && p.Kind != PageKind.Home)
            .Select(p => (NavEntry)new NavPage(p))
            .Concat(sections.Select(s => new NavSection(s)))
            .OrderBy(e => e.Weight).ThenBy(e => e.SortKey, StringComparer.Ordinal)
            .ToList();
        var ordered = (home is null ? [] : new[] { home })
            .Concat(navigation.SelectMany(e => e is NavSection s ? Members(s.Section) : [((NavPage)e).Page]))
            .ToList();
        var neighbours = new Dictionary<SitePage, (SitePage?, SitePage?)>();
        foreach (var section in sections)
            for (var i = 0; i < section.Pages.Count; i++)
                neighbours[section.Pages[i]] = (i > 0 ? section.Pages[i - 1] : null,
                    i + 1 < section.Pages.Count ? section.Pages[i + 1] : null);

        return new SiteModel(settings, home, ordered, navigation,
            ordered.Where(p => p.Kind == PageKind.Lesson).ToList(),
            ordered.GroupBy(p => p.ContentPath).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            neighbours, staticFiles);
    }

    private static IEnumerable<SitePage> Members(Section section) =>
        section.Index is null ? section.Pages : [section.Index, .. section.Pages];

    /// <summary>content/lessons/02-activations.md → lessons/activations/ (or the front matter's slug).</summary>
    private static SitePage Place(PageOutline page)
    {
        var segments = page.ContentPath.Split('/');
        var directory = string.Join('/', segments[..^1]);
        var stem = Path.GetFileNameWithoutExtension(segments[^1]);
        var (name, order) = Slugs.SplitOrderPrefix(stem);
        var isIndex = stem is "index" or "_index";
        var section = segments.Length > 1 ? segments[0] : "";
        var weight = page.Meta.Weight ?? order ?? (isIndex ? int.MinValue : int.MaxValue);
        var slug = page.Meta.Slug ?? Slugs.From(name);
        if (slug.Length == 0) slug = "page";
        var folder = directory.Length == 0 ? "" : directory + "/";
        var url = isIndex ? folder : folder + slug + "/";
        var kind = url.Length == 0 ? PageKind.Home
            : section == LessonsSection && !isIndex ? PageKind.Lesson
            : PageKind.Page;
        return new SitePage(page, kind, url, weight, section, isIndex && section.Length > 0 && segments.Length == 2);
    }

    private static List<SitePage> NumberLessons(List<SitePage> pages)
    {
        var number = 0;
        return pages.Select(p => p.Kind == PageKind.Lesson ? p with { Number = ++number } : p).ToList();
    }

    private static Section MakeSection(string key, List<SitePage> members)
    {
        var index = members.FirstOrDefault(p => p.IsSectionIndex);
        var pages = members.Where(p => p != index).ToList();
        var title = index?.Title ?? char.ToUpperInvariant(key[0]) + key[1..].Replace('-', ' ');
        var weight = index?.Outline.Meta.Weight ?? members.Min(p => p.Weight);
        return new Section(key, title, index, pages, weight);
    }

    private static void ReportDuplicateUrls(List<SitePage> pages, DiagnosticBag diagnostics)
    {
        foreach (var group in pages.GroupBy(p => p.Url, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
                diagnostics.Report(DiagnosticCodes.DuplicateUrl,
                    $"this page and '{first.Outline.DisplayPath}' would both be written to '{other.Url}'; give one a different 'slug'",
                    other.Outline.Start);
        }
    }
}
