using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Directives.Figures;
using SiteGen.Markdown;

namespace SiteGen.Build;

/// <summary>A heading that can be linked to, and listed in the table of contents when h2 or h3.</summary>
public sealed record HeadingEntry(int Level, string Id, HeadingBlock Block);

/// <summary>
/// One Markdown file after the parse stage: its syntax tree, which no later stage changes, and
/// its outline, which is all other pages see of it.
/// </summary>
public sealed record ParsedPage(
    PageOutline Outline,
    SourceFile Source,
    MarkdownDocument Document,
    SourceMap Map,
    IReadOnlyList<HeadingEntry> Headings,
    FigureNumbers Figures)
{
    public string ContentPath => Outline.ContentPath;
    public FrontMatter Meta => Outline.Meta;
    public string Title => Outline.Title;

    // A page is itself: comparing its whole source and syntax tree would make every lookup O(text).
    public bool Equals(ParsedPage? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
