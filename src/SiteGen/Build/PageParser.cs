using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Directives;
using SiteGen.Directives.Figures;
using SiteGen.Directives.Syntax;
using SiteGen.Markdown;

namespace SiteGen.Build;

/// <summary>
/// The parse stage for one file: front matter, then the pipeline's tree of the Markdown with
/// SiteGen's own syntax (directives, roles, other tools' syntax) recognised by its extensions,
/// then the page's outline. Thread-safe: one instance parses every page in parallel.
/// </summary>
public sealed class PageParser(MarkdownPipeline pipeline)
{
    public ParsedPage Parse(SourceFile file, string contentPath)
    {
        var diagnostics = new DiagnosticBag();
        var (meta, markdown) = FrontMatter.Split(file, diagnostics);
        var map = new SourceMap(file, markdown);
        var document = MarkdownParse.Parse(markdown, new ParseState(map, diagnostics, pipeline));
        var title = TakeTitle(document, meta, file, diagnostics);
        MakeHeadingIdsUnique(document);
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new HeadingEntry(h.Level, h.TryGetAttributes()?.Id ?? "", h))
            .Where(h => h.Id.Length > 0)
            .ToList();
        var figures = FigureNumbers.Of(document);
        var anchors = document.Descendants()
            .Select(node => node.TryGetAttributes()?.Id)
            .OfType<string>()
            .Concat(figures.ByAnchor.Keys)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var linked = document.Descendants<Markdig.Syntax.Inlines.LinkInline>()
            .Select(link => LinkResolver.TargetOf(contentPath, link))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var outline = new PageOutline(contentPath, file.DisplayPath, meta, title, anchors, linked, diagnostics.Items.ToList());
        return new ParsedPage(outline, file, document, map, headings, figures);
    }

    /// <summary>
    /// Directive bodies are parsed on their own, so a heading inside a callout may have taken
    /// an id the page already uses. The page's own headings keep theirs (links were written
    /// against them); a clashing heading inside a directive gets the next free -1, -2, ...
    /// </summary>
    private static void MakeHeadingIdsUnique(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => (Heading: h, Attributes: h.TryGetAttributes(), Nested: IsInDirective(h)))
            .Where(h => h.Attributes?.Id is not null)
            .ToList();
        var taken = headings.Where(h => !h.Nested).Select(h => h.Attributes!.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, attributes, _) in headings.Where(h => h.Nested))
        {
            var id = attributes!.Id!;
            var unique = id;
            for (var n = 1; !taken.Add(unique); n++) unique = $"{id}-{n}";
            attributes.Id = unique;
        }
    }

    private static bool IsInDirective(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is DirectiveBlock) return true;
        return false;
    }

    /// <summary>
    /// The page title: front matter first, else the first heading. A leading h1 that is the
    /// title leaves the body, since the layout prints the title itself.
    /// </summary>
    private static string TakeTitle(MarkdownDocument document, FrontMatter meta, SourceFile file, DiagnosticBag diagnostics)
    {
        var leading = document.FirstOrDefault() as HeadingBlock;
        if (leading is { Level: 1 })
        {
            var text = InlineText.Of(leading);
            if (meta.Title is null || string.Equals(meta.Title.Trim(), text, StringComparison.OrdinalIgnoreCase))
            {
                document.Remove(leading);
                return meta.Title ?? text;
            }
        }
        if (meta.Title is { Length: > 0 }) return meta.Title;
        if (document.Descendants<HeadingBlock>().FirstOrDefault() is { } first) return InlineText.Of(first);
        var fallback = Slugs.SplitOrderPrefix(Path.GetFileNameWithoutExtension(file.FullPath)).Name.Replace('-', ' ');
        // A page that nested too deeply to parse has lost its headings to that one error; say nothing more.
        if (!diagnostics.Items.Any(d => d.Code == DiagnosticCodes.NestedTooDeeply))
            diagnostics.Report(DiagnosticCodes.NoTitle, $"page has no 'title' in front matter and no heading; using '{fallback}'", file.At(1, 1));
        return fallback;
    }
}
