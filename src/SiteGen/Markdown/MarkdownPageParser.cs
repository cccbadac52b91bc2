using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Directives;

namespace SiteGen.Markdown;

/// <summary>
/// The parse stage for one file: front matter, Markdig's tree, then SiteGen's own syntax
/// (directives, roles, other tools' syntax) recognised on the tree, never on raw text.
/// Thread-safe: one instance parses every page in parallel.
/// </summary>
public sealed class MarkdownPageParser
{
    private readonly MarkdownPipeline _pipeline;
    private readonly DirectiveRecognizer _directives;
    private readonly RoleRecognizer _roles;
    private readonly ForeignSyntaxDetector _foreign = new();

    public MarkdownPageParser(MarkdownPipeline pipeline, DirectiveRegistry registry)
    {
        _pipeline = pipeline;
        _directives = new DirectiveRecognizer(registry, this);
        _roles = new RoleRecognizer(registry);
    }

    public ParsedPage Parse(SourceFile file, string contentPath)
    {
        var diagnostics = new DiagnosticBag();
        var (meta, markdown) = FrontMatter.Split(file, diagnostics);
        var map = new SourceMap(file, markdown);
        var document = ParseMarkdown(markdown, map, diagnostics);
        Recognize(document, map, diagnostics);
        var title = TakeTitle(document, meta, file, diagnostics);
        MakeHeadingIdsUnique(document);
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new HeadingEntry(h.Level, h.TryGetAttributes()?.Id ?? "", h))
            .Where(h => h.Id.Length > 0)
            .ToList();
        var anchors = document.Descendants()
            .Select(node => node.TryGetAttributes()?.Id)
            .OfType<string>()
            .Concat(Directives.Figures.FigureNumbers.Of(document).Keys)
            .ToHashSet(StringComparer.Ordinal);
        return new ParsedPage(file, contentPath, meta, document, map, title, headings, anchors, diagnostics);
    }

    /// <summary>
    /// Parses a directive's Markdown body, which starts at <paramref name="at"/> in the page,
    /// and returns its blocks with their positions moved to where they are in the file.
    /// </summary>
    public IReadOnlyList<Block> ParseFragment(string markdown, SourceLocation at, SourceMap page, DiagnosticBag diagnostics)
    {
        var document = ParseMarkdown(markdown, new SourceMap(page.File, markdown, at.Line - 1, at.Column - 1), diagnostics);
        foreach (var node in document.Descendants())
        {
            node.Line += at.Line - 1;
            node.Column += at.Column - 1;
        }
        Recognize(document, new SourceMap(page.File, markdown, at.Line - 1, at.Column - 1), diagnostics);
        var blocks = document.ToList();
        document.Clear();
        return blocks;
    }

    /// <summary>
    /// Markdig's tree of the text; empty, after a positioned error, when the text nests deeper than
    /// Markdig allows (it throws, with no position, rather than overflow its stack).
    /// </summary>
    private MarkdownDocument ParseMarkdown(string markdown, SourceMap map, DiagnosticBag diagnostics)
    {
        if (NestingProbe.CertainlyTooDeep(markdown) is { } deep) return TooDeep(deep, map, diagnostics);
        try
        {
            return Markdig.Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            return TooDeep(NestingProbe.DeepestLineStart(markdown), map, diagnostics);
        }
    }

    private MarkdownDocument TooDeep(int lineStart, SourceMap map, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCodes.NestedTooDeeply,
            "Markdown nests too deeply here (quotes, lists, containers or emphasis within one another); flatten it, "
            + "or split it into sections", map.AtOffset(lineStart));
        return Markdig.Markdown.Parse("", _pipeline);
    }

    private void Recognize(MarkdownDocument document, SourceMap map, DiagnosticBag diagnostics)
    {
        // Roles and foreign syntax first: directive bodies are recognised when they are parsed.
        _roles.Transform(document, map, diagnostics);
        _foreign.Inspect(document, map, diagnostics);
        _directives.Transform(document, map, diagnostics);
        MathML.MathChecker.Convert(document, map, diagnostics);
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
            diagnostics.Warning(DiagnosticCodes.NoTitle, $"page has no 'title' in front matter and no heading; using '{fallback}'", file.At(1, 1));
        return fallback;
    }
}
