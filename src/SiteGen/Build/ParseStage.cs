using SiteGen.Build.Incremental;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>A page going through the build: its source, its outline, and its syntax tree once it has been parsed.</summary>
public sealed class PageInput(SourceText source, PageOutline outline, ParsedPage? parsed)
{
    public SourceText Source { get; } = source;
    public PageOutline Outline { get; } = outline;
    public ParsedPage? Parsed { get; private set; } = parsed;

    /// <summary>The page's tree, parsed now if only its outline was known; the same outline either way, since the source is the same.</summary>
    public ParsedPage Tree(PageParser parser) => Parsed ??= parser.Parse(Source.File, Source.ContentPath);
}

/// <summary>
/// The parse stage: the outline of every page, from the last build's index or the builder's
/// memory when its source is unchanged, else by parsing it. Pages are parsed in parallel.
/// </summary>
public static class ParseStage
{
    public static IReadOnlyList<PageInput> Run(IReadOnlyList<SourceText> sources, PageParser parser, BuildIndex index,
        IReadOnlyDictionary<string, ParsedPage> trees, DiagnosticBag diagnostics)
    {
        var inputs = new PageInput[sources.Count];
        Parallel.For(0, sources.Count, i =>
        {
            var source = sources[i];
            if (trees.TryGetValue(source.Hash, out var tree)) inputs[i] = new PageInput(source, tree.Outline, tree);
            else if (index.Outlines.TryGetValue(source.Hash, out var record)) inputs[i] = new PageInput(source, record.ToOutline(), null);
            else
            {
                var parsed = parser.Parse(source.File, source.ContentPath);
                inputs[i] = new PageInput(source, parsed.Outline, parsed);
            }
        });
        foreach (var input in inputs) diagnostics.AddRange(input.Outline.Diagnostics);
        return inputs;
    }

    /// <summary>
    /// A site without index.md still has a home page: the home layout, titled after the site, which
    /// lists the pages that are not lessons (the layout lists those), so a folder of notes opens on
    /// the notes it holds.
    /// </summary>
    public static PageInput EmptyHome(string contentDirectory, SiteSettings settings, PageParser parser,
        IReadOnlyList<PageOutline>? pages = null, bool includeDrafts = false)
    {
        var path = Path.Combine(contentDirectory, "index.md");
        var listed = (pages ?? []).Where(p => (includeDrafts || !p.Meta.Draft) && !p.ContentPath.StartsWith(SiteAssembler.LessonsSection + "/", StringComparison.Ordinal))
            .OrderBy(p => p.ContentPath, StringComparer.Ordinal)
            .Select(p => $"- [{MarkdownEscaped(p.Title)}](<{p.ContentPath}>)\n")
            .ToList();
        var text = listed.Count == 0 ? "" : "## Pages\n\n" + string.Concat(listed);
        var file = new SourceFile(path, SourceFile.DisplayPathOf(path), text);
        var page = parser.Parse(file, "index.md");
        // A draft index.md may exist; the stand-in must not be excluded with it.
        var outline = page.Outline with { Title = settings.Title, Meta = FrontMatter.None, Diagnostics = [] };
        return new PageInput(new SourceText("index.md", file, "home:" + SourceText.HashOf("index.md", settings.Title + "\0" + text)), outline,
            page with { Outline = outline });
    }

    /// <summary>A title as Markdown text that shows it as written: every punctuation character escaped.</summary>
    private static string MarkdownEscaped(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c == ' ' || c > 127 ? c.ToString() : char.IsAscii(c) && !char.IsControl(c) ? "\\" + c : " "));
}
