using System.Diagnostics;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Directives;
using SiteGen.Directives.Figures;
using SiteGen.Figures.Drawing;
using SiteGen.Markdown;
using SiteGen.Directives.Syntax;
using SiteGen.Templates;

namespace SiteGen.Build;

/// <summary>
/// Runs a build through its stages: load, parse, assemble, link, compute, render, write.
/// Pages go through each stage in parallel; diagnostics travel beside the data, and only a
/// build without errors replaces the output folder.
/// </summary>
public sealed class SiteBuilder(DirectiveRegistry registry)
{
    // Counts of the last build, for its result; a builder runs one build at a time.
    private int FiguresDrawn, FiguresCached;

    public SiteBuilder() : this(DirectiveRegistry.CreateDefault()) { }

    public BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var stages = new List<(string, long)>();
        var pageCount = Run(options, diagnostics, stage => stages.Add((stage, clock.ElapsedMilliseconds)));
        return new BuildResult(pageCount, Finish(diagnostics, options.Strict), clock.ElapsedMilliseconds, stages)
        {
            FiguresDrawn = FiguresDrawn, FiguresCached = FiguresCached,
        };
    }

    /// <summary>Runs the stages; <paramref name="done"/> is told as each one ends, for `--timings`.</summary>
    private int Run(BuildOptions options, DiagnosticBag diagnostics, Action<string> done)
    {
        var content = Path.GetFullPath(options.ContentDirectory);
        if (!Directory.Exists(content))
        {
            diagnostics.Report(DiagnosticCodes.ContentDirectoryMissing, $"content folder '{options.ContentDirectory}' does not exist", null);
            return 0;
        }
        var settings = SiteSettings.Load(content, diagnostics);
        if (settings is null) return 0;
        if (options.BaseUrl is { } baseUrl)
        {
            if (!SiteSettings.IsAbsoluteHttpUrl(baseUrl))
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, $"--base-url must be an absolute http(s) URL, not '{baseUrl}'", null);
                return 0;
            }
            settings = settings with { BaseUrl = SiteSettings.NormalizeBaseUrl(baseUrl) };
        }
        var theme = Theme.Load(ThemeLocator.Locate(content, options.ThemeDirectory, settings.Theme), diagnostics);
        var files = ContentFiles.Scan(content, Path.GetFullPath(options.OutputDirectory), settings.AllowLinksOutsideContent, diagnostics);
        done("load");

        var pipeline = MarkdownPipelineFactory.Create(new DirectiveSyntaxExtension(registry));
        var parser = new PageParser(pipeline);
        var parsed = ParallelMap(files.Markdown, path =>
        {
            var bag = new DiagnosticBag();
            var file = SourceFile.Read(Path.Combine(content, path), bag);
            return (Page: file is null ? null : parser.Parse(file, path), Bag: bag);
        });
        foreach (var (page, bag) in parsed)
        {
            diagnostics.AddRange(bag.Items);
            if (page is not null) diagnostics.AddRange(page.Diagnostics.Items);
        }
        done("parse");
        if (theme is null || diagnostics.HasErrors) return 0;

        var pages = parsed.Select(p => p.Page).OfType<ParsedPage>().ToList();
        if (!pages.Any(p => p.ContentPath is "index.md" or "_index.md" && (options.IncludeDrafts || !p.Meta.Draft)))
            pages.Add(EmptyHomePage(content, settings, parser));
        var site = SiteAssembler.Assemble(settings, pages,
            files.Static.ToHashSet(StringComparer.Ordinal), options.IncludeDrafts, diagnostics);
        if (diagnostics.HasErrors) return 0;
        done("assemble");

        var computed = ParallelMap(site.Pages, page =>
        {
            var bag = new DiagnosticBag();
            var links = LinkResolver.Resolve(page, site, bag);
            var computation = ComputeStage.Run(page.Parsed, site.Settings.MaxOperations, bag);
            return (Computation: computation with { Results = computation.Results.With(links) }, Bag: bag);
        });
        foreach (var (_, bag) in computed) diagnostics.AddRange(bag.Items);
        done("link, compute");
        if (diagnostics.HasErrors) return site.Pages.Count;

        var requests = site.Pages.Zip(computed).SelectMany(p => p.Second.Computation.Figures.Select(f => (Page: p.First, Request: f))).ToList();
        var cache = new FigureCache(options.NoCache ? null : options.CacheDirectory ?? BuildOptions.DefaultCacheFor(options.OutputDirectory));
        var figures = DrawFigures(site, theme, requests, cache, diagnostics);
        if (figures is null) return site.Pages.Count;
        done("figures");

        var renderer = new PageRenderer(site, theme, pipeline);
        var rendered = ParallelMap(site.Pages, i =>
        {
            var bag = new DiagnosticBag();
            return (File: renderer.Render(site.Pages[i], computed[i].Computation.Results, figures.Drawings, bag), Bag: bag);
        });
        done("render");
        var notFoundBag = new DiagnosticBag();
        var notFound = renderer.RenderNotFound(notFoundBag);
        foreach (var (_, bag) in rendered) diagnostics.AddRange(bag.Items);
        diagnostics.AddRange(notFoundBag.Items);
        if (diagnostics.HasErrors || (options.Strict && diagnostics.Items.Count > 0)) return site.Pages.Count;

        var outputs = rendered.Select(r => (OutputFile)r.File!)
            .Append(notFound!)
            .Concat(figures.Files)
            .Concat(SiteFiles.For(site))
            .Concat(theme.Assets.Select(a => new RenderedFile(a.OutputPath, a.Content)))
            .ToList();
        var copies = files.Static.Select(f => (Path.Combine(content, f), f)).ToList();
        ReportCollisions(files.Static, outputs, content, diagnostics);
        if (diagnostics.HasErrors) return site.Pages.Count;
        OutputWriter.Write(options.OutputDirectory, outputs, copies, diagnostics);
        if (!diagnostics.HasErrors) cache.Prune();
        done("write");
        return site.Pages.Count;
    }

    /// <summary>
    /// Draws the figures and the social cards, from the cache where nothing changed. Null after
    /// reporting that the theme has no figure font when a page has figures.
    /// </summary>
    private FigureStage.Output? DrawFigures(SiteModel site, Theme theme, IReadOnlyList<(SitePage Page, FigureRequest Request)> requests,
        FigureCache cache, DiagnosticBag diagnostics)
    {
        var fontPath = Path.Combine(theme.Directory, "fonts", FigureFontFile);
        if (!File.Exists(fontPath))
        {
            if (requests.Count > 0)
                diagnostics.Report(DiagnosticCodes.FigureFontMissing,
                    $"the theme has no figure font '{Path.Combine("fonts", FigureFontFile)}', so its figures cannot be drawn",
                    new SourceLocation(SourceFile.DisplayPathOf(theme.Directory), 1, 1));
            return requests.Count > 0 ? null : new FigureStage.Output(FigureDrawings.None, []);
        }
        var fontBytes = File.ReadAllBytes(fontPath);
        using var font = new FigureFont(fontBytes, FigureFont.ThemeFamily);
        var stage = new FigureStage(font, fontBytes, cache);
        if (stage.Run(requests, diagnostics) is not { } drawn) return null;
        var files = drawn.Files.ToList();
        var firstFigures = requests.GroupBy(r => r.Page).ToDictionary(g => g.Key, g => g.First().Request);
        // A card is only ever seen through og:image, which must be an absolute URL: without a
        // base URL there is nothing to name it, so none is drawn.
        if (SocialCards.Enabled(site.Settings)) files.AddRange(new SocialCards(stage, cache, site.Settings.Title).Run(site.Pages, firstFigures));
        FiguresDrawn = stage.Drawn;
        FiguresCached = stage.Cached;
        return drawn with { Files = files };
    }

    /// <summary>The theme's figure font, in its fonts folder: read by the build, not published (pages get the WOFF2 in assets).</summary>
    public const string FigureFontFile = "figure-sans.ttf";

    /// <summary>A site without index.md still has a home page: the home layout, titled after the site.</summary>
    private static ParsedPage EmptyHomePage(string content, SiteSettings settings, PageParser parser)
    {
        var path = Path.Combine(content, "index.md");
        var page = parser.Parse(new SourceFile(path, SourceFile.DisplayPathOf(path), ""), "index.md");
        // A draft index.md may exist; the stand-in must not be excluded with it.
        return page with { Title = settings.Title, Meta = FrontMatter.None, Diagnostics = new DiagnosticBag() };
    }

    /// <summary>A content file that would land where the build writes a page or asset is an error, not a silent overwrite.</summary>
    private static void ReportCollisions(IReadOnlyList<string> staticFiles, IReadOnlyList<OutputFile> outputs, string content,
        DiagnosticBag diagnostics)
    {
        var generated = outputs.Select(o => o.OutputPath).ToHashSet(StringComparer.Ordinal);
        foreach (var file in staticFiles.Where(generated.Contains))
            diagnostics.Report(DiagnosticCodes.DuplicateUrl, $"this file would overwrite the '{file}' that the build writes; rename or move it",
                new SourceLocation(SourceFile.DisplayPathOf(Path.Combine(content, file)), 1, 1));
    }

    /// <summary>Maps items in parallel, keeping their order so output and diagnostics are repeatable.</summary>
    private static TResult[] ParallelMap<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> map)
    {
        var results = new TResult[items.Count];
        Parallel.For(0, items.Count, i => results[i] = map(items[i]));
        return results;
    }

    /// <summary>Maps the indexes of a list in parallel, keeping their order.</summary>
    private static TResult[] ParallelMap<TItem, TResult>(IReadOnlyList<TItem> items, Func<int, TResult> map)
    {
        var results = new TResult[items.Count];
        Parallel.For(0, items.Count, i => results[i] = map(i));
        return results;
    }

    /// <summary>Under --strict every warning is an error. Sorted by place, so output is stable.</summary>
    private static IReadOnlyList<Diagnostic> Finish(DiagnosticBag diagnostics, bool strict) =>
        diagnostics.Items
            .Select(d => strict ? d.AsError() : d)
            .Distinct()  // a broken layout fails every page the same way: say it once
            .OrderBy(d => d.Location?.Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
