using SiteGen.Markdown;
using SiteGen.Directives.Syntax;

namespace SiteGen.Build;

/// <summary>What a page is to its readers: the home page, a numbered lesson, or any other page.</summary>
public enum PageKind { Home, Lesson, Page }

/// <summary>A page's outline with its place in the site: URL, order, section and number.</summary>
public sealed record SitePage(PageOutline Outline, PageKind Kind, string Url, int Weight, string Section, bool IsSectionIndex)
{
    public string Title => Outline.Title;
    public string Description => Outline.Meta.Description ?? "";
    public string ContentPath => Outline.ContentPath;
    public int? Number { get; init; }

    /// <summary>Where the page is written, relative to the output folder.</summary>
    public string OutputPath => Url + "index.html";

    /// <summary>The relative prefix from this page back to the site root ("" or "../../").</summary>
    public string Root => SiteUrls.RootOf(Url);

    // A page is itself: one per page per build.
    public bool Equals(SitePage? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
