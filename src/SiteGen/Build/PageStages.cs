using Markdig;
using SiteGen.Build.Incremental;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Directives.Figures;
using SiteGen.Figures.Drawing;
using SiteGen.Templates;

namespace SiteGen.Build;

/// <summary>
/// The per-page stages, for the pages the plan says must be made: link and compute (in parallel,
/// each page on its own), draw (every figure of the site in parallel, cached), render (in
/// parallel). A reused page passes through as the files and diagnostics its record lists.
/// </summary>
/// <remarks>A read-only cache (for `sitegen check`) is read but never written; <paramref name="progress"/> is told of each page, figure and run.</remarks>
public sealed class PageStages(SiteModel site, Theme theme, MarkdownPipeline pipeline, PageParser parser, string? cacheDirectory,
    BuildProgress? progress = null, bool readOnlyCache = false)
{
    public FigureCache Cache { get; } = new(cacheDirectory, readOnlyCache);

    /// <summary>Training runs' reports by key, under the cache's runs/ folder.</summary>
    public RunCache Runs { get; } = new(cacheDirectory is null ? null : Path.Combine(cacheDirectory, "runs"), site.Settings.MaxTrainingCost,
        readOnlyCache, progress);

    private readonly PageRenderer _renderer = new(site, theme, pipeline);

    /// <summary>What the stages made: every page's files, the record of each page for the next build, and counts.</summary>
    public sealed record Result(IReadOnlyList<OutputFile> Files, IReadOnlyList<(string ContentPath, PageRecord Record)> Records,
        int Rendered, int FiguresDrawn, int FiguresCached)
    {
        public (int Trained, int Loaded) Runs { get; init; }
    }

    private sealed record Computed(ParsedPage Tree, PageComputation Computation, DiagnosticBag Bag);

    /// <summary>Null when a page's links, computations or figures failed, after reporting why.</summary>
    public Result? Run(PagePlan plan, DiagnosticBag diagnostics, Action<string> done)
    {
        var made = plan.Pages.Where(p => p.Reused is null).ToList();
        progress?.PagesPlanned(plan.Pages.Count, plan.Pages.Count - made.Count);
        var computed = Parallel(made, page =>
        {
            var bag = new DiagnosticBag();
            var tree = page.Input.Tree(parser);
            var computation = ComputeStage.LinkAndCompute(page.Page, tree, site, Runs, bag);
            progress?.PageComputed(computation.Figures.Count);
            return new Computed(tree, computation, bag);
        });
        foreach (var page in plan.Pages.Where(p => p.Reused is not null))
            diagnostics.AddRange(page.Reused!.Diagnostics.Select(d => d.ToDiagnostic()));
        foreach (var page in computed) diagnostics.AddRange(page.Bag.Items);
        done("link, compute");
        if (diagnostics.HasErrors) return null;

        var requests = made.Zip(computed).SelectMany(p => p.Second.Computation.Figures.Select(f => (p.First.Page, Request: f))).ToList();
        var figures = Draw(made, requests, diagnostics);
        if (figures is null) return null;
        done("figures");

        var rendered = Parallel(Enumerable.Range(0, made.Count).ToList(), i =>
        {
            var bag = new DiagnosticBag();
            var file = _renderer.Render(made[i].Page, computed[i].Tree, computed[i].Computation.Results, figures.Drawings, bag);
            return (File: file is null ? null : file with { Key = made[i].Key }, Bag: bag);
        });
        foreach (var (_, bag) in rendered) diagnostics.AddRange(bag.Items);
        done("render");
        if (rendered.Any(r => r.File is null)) return null;
        return Collect(plan, made, computed, rendered, figures);
    }

    public PageFile? RenderNotFound(DiagnosticBag diagnostics) => _renderer.RenderNotFound(diagnostics);

    /// <summary>The files of every page, in site order, and the record of each for the next build.</summary>
    private Result Collect(PagePlan plan, List<PlannedPage> made, Computed[] computed, (PageFile? File, DiagnosticBag Bag)[] rendered,
        DrawnFigures figures)
    {
        var files = new List<OutputFile>();
        var records = new List<(string, PageRecord)>();
        var madeIndex = made.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var figuresCached = figures.Cached;
        foreach (var page in plan.Pages)
        {
            if (page.Reused is { } reused)
            {
                files.AddRange(reused.Files.Select(f => new UnchangedFile(f.OutputPath, f.Identity)));
                foreach (var entry in reused.CacheEntries)
                    if (entry.StartsWith(RunCache.EntryPrefix, StringComparison.Ordinal)) Runs.Keep(entry[RunCache.EntryPrefix.Length..]);
                    else Cache.Keep(entry);
                figuresCached += reused.Figures;
                records.Add((page.Page.ContentPath, reused));
                continue;
            }
            var i = madeIndex[page];
            var own = new List<OutputFile> { rendered[i].File! };
            own.AddRange(figures.FilesOf(page.Page));
            files.AddRange(own);
            records.Add((page.Page.ContentPath, new PageRecord
            {
                Key = page.Key,
                Diagnostics = computed[i].Bag.Items.Concat(rendered[i].Bag.Items).Select(DiagnosticRecord.Of).ToList(),
                Files = own.Select(f => new OutputFileRecord { OutputPath = f.OutputPath, Identity = f.Identity }).ToList(),
                CacheEntries = [.. figures.EntriesOf(page.Page), .. computed[i].Computation.RunKeys.Select(k => RunCache.EntryPrefix + k)],
                Figures = computed[i].Computation.Figures.Count,
                Search = rendered[i].File!.Sections.Select(SearchSectionRecord.Of).ToList(),
            }));
        }
        return new Result(files, records, made.Count, figures.Drawn, figuresCached) { Runs = Runs.Counts };
    }

    /// <summary>The drawings of the made pages' figures and cards, with their files grouped by page.</summary>
    private sealed record DrawnFigures(FigureDrawings Drawings, IReadOnlyDictionary<SitePage, List<OutputFile>> Files,
        IReadOnlyDictionary<SitePage, List<string>> Entries, int Drawn, int Cached)
    {
        public IEnumerable<OutputFile> FilesOf(SitePage page) => Files.GetValueOrDefault(page) ?? [];
        public IEnumerable<string> EntriesOf(SitePage page) => Entries.GetValueOrDefault(page) ?? [];
    }

    /// <summary>
    /// Draws the made pages' figures and social cards, from the cache where nothing changed. Null after
    /// reporting that the theme has no figure font when a page has figures.
    /// </summary>
    private DrawnFigures? Draw(List<PlannedPage> made, List<(SitePage Page, FigureRequest Request)> requests, DiagnosticBag diagnostics)
    {
        var cards = SocialCards.Enabled(site.Settings) ? made.Where(p => SocialCards.HasCard(p.Page)).ToList() : [];
        var files = new Dictionary<SitePage, List<OutputFile>>();
        var entries = new Dictionary<SitePage, List<string>>();
        // Cards without a font are left out, as with no figures there is nothing to report.
        if (requests.Count == 0 && (cards.Count == 0 || theme.FigureFont is null))
            return new DrawnFigures(FigureDrawings.None, files, entries, 0, 0);
        if (theme.FigureFont is not { } fontBytes)
        {
            diagnostics.Report(DiagnosticCodes.FigureFontMissing,
                $"the theme has no figure font '{Path.Combine("fonts", Theme.FigureFontFile)}', so its figures cannot be drawn",
                new SourceLocation(SourceFile.DisplayPathOf(theme.Directory), 1, 1));
            return null;
        }
        using var font = new FigureFont(fontBytes, FigureFont.ThemeFamily);
        var stage = new FigureStage(font, fontBytes, Cache) { Progress = progress };
        if (stage.Run(requests, diagnostics) is not { } drawn) return null;
        void Add(SitePage page, string entry, params OutputFile[] output)
        {
            (files.TryGetValue(page, out var list) ? list : files[page] = []).AddRange(output);
            (entries.TryGetValue(page, out var keys) ? keys : entries[page] = []).Add(entry);
        }
        foreach (var ((page, request), own) in requests.Zip(drawn.Files.Chunk(FigureStage.FilesPerFigure)))
            Add(page, stage.CacheKey(request.Key), own);
        var firstFigures = requests.GroupBy(r => r.Page).ToDictionary(g => g.Key, g => g.First().Request);
        // A card is only ever seen through og:image, which must be an absolute URL: without a
        // base URL there is nothing to name it, so none is drawn.
        var social = new SocialCards(stage, Cache, site.Settings.Title);
        foreach (var (page, card, entry) in social.Run(cards.Select(p => p.Page).ToList(), firstFigures)) Add(page, entry, card);
        return new DrawnFigures(drawn.Drawings, files, entries, stage.Drawn, stage.Cached);
    }

    /// <summary>Maps items in parallel, keeping their order so output and diagnostics are repeatable.</summary>
    private static TResult[] Parallel<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> map)
    {
        var results = new TResult[items.Count];
        System.Threading.Tasks.Parallel.For(0, items.Count, i => results[i] = map(items[i]));
        return results;
    }
}
