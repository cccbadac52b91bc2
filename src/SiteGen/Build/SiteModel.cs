using SiteGen.Content;

namespace SiteGen.Build;

/// <summary>A group of pages from one top-level folder of content, such as "lessons".</summary>
public sealed record Section(string Key, string Title, SitePage? Index, IReadOnlyList<SitePage> Pages, int Weight);

/// <summary>An entry of the site navigation: a page at the top level, or a section of pages.</summary>
public abstract record NavEntry(int Weight, string SortKey);
public sealed record NavPage(SitePage Page) : NavEntry(Page.Weight, Page.ContentPath);
public sealed record NavSection(Section Section) : NavEntry(Section.Weight, Section.Key);

/// <summary>The whole site after assembly: every page in navigation order, and how they relate.</summary>
public sealed record SiteModel(
    SiteSettings Settings,
    SitePage? Home,
    IReadOnlyList<SitePage> Pages,
    IReadOnlyList<NavEntry> Navigation,
    IReadOnlyList<SitePage> Lessons,
    IReadOnlyDictionary<string, SitePage> ByContentPath,
    IReadOnlyDictionary<SitePage, (SitePage? Previous, SitePage? Next)> Neighbours,
    IReadOnlySet<string> StaticFiles);
