using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>
/// What the rest of the site needs of a page without its syntax tree: enough to place it, list
/// it in the navigation and check links to it. Kept between builds by the hash of the page's
/// source, so an unchanged page is never parsed again just to be listed.
/// </summary>
public sealed record PageOutline(
    string ContentPath,
    string DisplayPath,
    FrontMatter Meta,
    string Title,
    IReadOnlyList<string> Anchors,
    IReadOnlyList<string> LinkedPages,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The page's anchors as a set, for link checks.</summary>
    public IReadOnlySet<string> AnchorSet => field ??= Anchors.ToHashSet(StringComparer.Ordinal);

    public SourceLocation Start => new(DisplayPath, 1, 1);

    // An outline is compared by reference: one per page per build.
    public bool Equals(PageOutline? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
