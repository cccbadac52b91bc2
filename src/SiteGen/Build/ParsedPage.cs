using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Directives.Figures;

namespace SiteGen.Build;
using SiteGen.Markdown;

/// <summary>A heading that can be linked to, and listed in the table of contents when h2 or h3.</summary>
public sealed record HeadingEntry(int Level, string Id, HeadingBlock Block);

/// <summary>One Markdown file after the parse stage: its front matter, syntax tree and outline.</summary>
public sealed record ParsedPage(
    SourceFile Source,
    string ContentPath,
    FrontMatter Meta,
    MarkdownDocument Document,
    SourceMap Map,
    string Title,
    IReadOnlyList<HeadingEntry> Headings,
    IReadOnlySet<string> Anchors,
    FigureNumbers Figures,
    DiagnosticBag Diagnostics)
{
    // A page is itself: comparing its whole source and syntax tree would make every lookup O(text).
    public bool Equals(ParsedPage? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
