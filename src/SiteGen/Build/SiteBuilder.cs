using System.Diagnostics;
using SiteGen.Build.Incremental;
using SiteGen.Diagnostics;
using SiteGen.Directives;
using SiteGen.Directives.Figures;
using SiteGen.Directives.Syntax;
using SiteGen.Markdown;
using SiteGen.Templates;

namespace SiteGen.Build;

/// <summary>
/// Builds a site through its stages, in this order: load, parse, assemble, then for each page
/// whose key changed link, compute, draw and render, then write. Diagnostics travel beside the
/// data; only a build without errors replaces the output folder. A builder remembers what its
/// last build made (trees, outlines, page keys, the output's state), so `serve`, which keeps one
/// builder, redoes only what a change touches; a new builder reads the same from the cache.
/// </summary>
public sealed class SiteBuilder(DirectiveRegistry registry)
{
    private readonly Markdig.MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create(new DirectiveSyntaxExtension(registry));
    private BuildMemory? _memory;
    private Task _saving = Task.CompletedTask;

    /// <summary>
    /// Writes the cache's index after the build returns, as `serve` wants: the page is shown at once,
    /// and the index, which only a later process reads, follows. Builds wait for the last save first.
    /// </summary>
    public bool SavesInBackground { get; init; }

    public SiteBuilder() : this(DirectiveRegistry.CreateDefault()) { }

    public BuildResult Build(BuildOptions options)
    {
        _saving.Wait();
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var stages = new List<(string, long)>();
        var notes = new List<string>();
        var outcome = Run(options, diagnostics, notes, stage => stages.Add((stage, clock.ElapsedMilliseconds)));
        return new BuildResult(outcome.Pages, DiagnosticOrder.Sorted(diagnostics.Items, options.Strict), clock.ElapsedMilliseconds, stages)
        {
            FiguresDrawn = outcome.FiguresDrawn, FiguresCached = outcome.FiguresCached,
            PagesRendered = outcome.PagesRendered, PagesReused = outcome.Pages - outcome.PagesRendered,
            FilesWritten = outcome.FilesWritten,
            RunsTrained = outcome.Work?.Runs.Trained ?? 0, RunsCached = outcome.Work?.Runs.Loaded ?? 0,
            Notes = notes,
        };
    }

    private sealed record Outcome(int Pages, PageStages.Result? Work = null, int FilesWritten = 0)
    {
        public int PagesRendered => Work?.Rendered ?? 0;
        public int FiguresDrawn => Work?.FiguresDrawn ?? 0;
        public int FiguresCached => Work?.FiguresCached ?? 0;
    }

    /// <summary>Runs the stages; <paramref name="done"/> is told as each one ends, for `--timings`.</summary>
    private Outcome Run(BuildOptions options, DiagnosticBag diagnostics, List<string> notes, Action<string> done)
    {
        var loaded = LoadStage.Run(options, diagnostics, _memory?.Sources, _memory?.Theme);
        if (loaded is null) return new Outcome(0);
        done("load");
        var cacheDirectory = options.NoCache ? null : options.CacheDirectory ?? BuildOptions.DefaultCacheFor(options.OutputDirectory);
        var memory = Remember(cacheDirectory);
        done("read the cache index");

        var parser = new PageParser(_pipeline);
        var inputs = ParseStage.Run(loaded.Sources, parser, memory.Index, memory.Trees, diagnostics).ToList();
        done("parse");
        if (loaded.Settings.IsDefault)
        {
            loaded = loaded with { Settings = SiteDefaults.TitledAfterHome(loaded.Settings, inputs, options.IncludeDrafts, out var fromHome) };
            notes.Add(SiteDefaults.Note(loaded.Settings, fromHome));
        }
        if (loaded.Theme is not { } theme) return new Outcome(0);
        if (diagnostics.HasErrors)
        {
            ReportLinks(loaded, inputs, parser, options.IncludeDrafts, diagnostics);
            return new Outcome(0);
        }

        if (!inputs.Any(p => p.Outline.ContentPath is "index.md" or "_index.md" && (options.IncludeDrafts || !p.Outline.Meta.Draft)))
            inputs.Add(ParseStage.EmptyHome(loaded.ContentDirectory, loaded.Settings, parser, inputs.Select(p => p.Outline).ToList(), options.IncludeDrafts));
        var site = SiteAssembler.Assemble(loaded.Settings, inputs.Select(p => p.Outline).ToList(),
            loaded.StaticFiles.ToHashSet(StringComparer.Ordinal), options.IncludeDrafts, diagnostics);
        if (diagnostics.HasErrors) return new Outcome(0);
        done("assemble");

        var byOutline = inputs.ToDictionary(p => p.Outline);
        var outputIntact = OutputWriter.Matches(memory.Index.Output, options.OutputDirectory);
        var plan = PagePlan.Make(site, loaded, theme, options, byOutline, memory.Index, outputIntact);
        done("plan (page keys)");
        var pages = new PageStages(site, theme, _pipeline, parser, cacheDirectory, options.Progress, readOnlyCache: options.CheckOnly);
        var work = pages.Run(plan, diagnostics, done);
        if (work is null) return new Outcome(site.Pages.Count);
        var notFound = pages.RenderNotFound(diagnostics);
        if (diagnostics.HasErrors || (options.Strict && diagnostics.Items.Count > 0))
            return new Outcome(site.Pages.Count, work);

        var search = Search.SearchIndexFile.For(site, work.Records);
        var written = Write(options, loaded, theme, site, work.Files.Append(notFound!).Append(search), outputIntact ? memory.Index.Output : null, diagnostics);
        if (written is null) return new Outcome(site.Pages.Count, work);
        done("write");
        var changed = written.Files > 0 || work.Rendered > 0;
        if (changed || !ReferenceEquals(memory, _memory))
        {
            // Something changed, or this builder has not seen the cache yet: record the build for the next.
            if (work.Rendered > 0)
            {
                pages.Cache.Prune();
                pages.Runs.Prune();
            }
            Keep(memory, loaded, plan, work, written.Manifest, cacheDirectory, save: changed || Outdated(memory, plan));
        }
        done("record for the next build");
        return new Outcome(site.Pages.Count, work, written.Files);
    }

    /// <summary>
    /// After a page failed to parse, the links of every page are still checked, so that one build
    /// (or `sitegen check`) reports a broken link with the error instead of after it is fixed.
    /// The site is assembled aside: what assembling says of pages that did not parse is not reported.
    /// </summary>
    private static void ReportLinks(LoadedSite loaded, List<PageInput> inputs, PageParser parser, bool drafts, DiagnosticBag diagnostics)
    {
        var aside = new DiagnosticBag();
        var all = inputs.Any(p => p.Outline.ContentPath is "index.md" or "_index.md" && (drafts || !p.Outline.Meta.Draft)) ? inputs
            : [.. inputs, ParseStage.EmptyHome(loaded.ContentDirectory, loaded.Settings, parser, inputs.Select(p => p.Outline).ToList(), drafts)];
        var site = SiteAssembler.Assemble(loaded.Settings, all.Select(p => p.Outline).ToList(),
            loaded.StaticFiles.ToHashSet(StringComparer.Ordinal), drafts, aside);
        if (aside.HasErrors) return;
        var byOutline = all.ToDictionary(p => p.Outline);
        foreach (var page in site.Pages)
            LinkResolver.Resolve(page, byOutline[page.Outline].Tree(parser), site, new Markdown.NodeResults.Builder(), diagnostics);
    }

    /// <summary>
    /// The write stage: the pages with the site's other files, renamed into an output folder that
    /// is as <paramref name="intact"/> says the last build left it, else written whole and swapped in.
    /// </summary>
    private static OutputWriter.Written? Write(BuildOptions options, LoadedSite loaded, Theme theme, SiteModel site,
        IEnumerable<OutputFile> pages, OutputManifest? intact, DiagnosticBag diagnostics)
    {
        var outputs = pages
            .Concat(SiteFiles.For(site))
            .Concat(theme.Assets.Select(a => new RenderedFile(a.OutputPath, a.Content)))
            .Concat(loaded.StaticFiles.Select(f => new CopiedFile(f, Path.Combine(loaded.ContentDirectory, f))))
            .ToList();
        ReportCollisions(loaded.StaticFiles, outputs, loaded.ContentDirectory, diagnostics);
        // `sitegen check` stops here, with everything reported and nothing written.
        if (diagnostics.HasErrors || options.CheckOnly) return null;
        return intact is null
            ? OutputWriter.Write(options.OutputDirectory, outputs, diagnostics)
            : OutputWriter.Update(options.OutputDirectory, intact, outputs, diagnostics);
    }

    /// <summary>What this builder knows from its last build, or what the cache's index says when it has none for this cache.</summary>
    private BuildMemory Remember(string? cacheDirectory)
    {
        if (_memory is { } memory && memory.CacheDirectory == cacheDirectory) return memory;
        return new BuildMemory(cacheDirectory, BuildIndex.Load(cacheDirectory, FigureEngine.Fingerprint), new Dictionary<string, ParsedPage>(),
            new Dictionary<string, ReadSource>(), null);
    }

    /// <summary>Whether the index lacks an outline this build used, or holds one it did not: then it is written even if no page changed.</summary>
    private static bool Outdated(BuildMemory memory, PagePlan plan) =>
        memory.Index.Outlines.Count != plan.Inputs.Count || plan.Inputs.Any(p => !memory.Index.Outlines.ContainsKey(p.Source.Hash));

    /// <summary>Records a successful build for the next: in memory for this builder, and in the cache's index for any other.</summary>
    private void Keep(BuildMemory memory, LoadedSite loaded, PagePlan plan, PageStages.Result work, OutputManifest written,
        string? cacheDirectory, bool save)
    {
        var index = new BuildIndex { Engine = FigureEngine.Fingerprint, Output = written };
        foreach (var input in plan.Inputs) index.Outlines[input.Source.Hash] = memory.Index.Outlines.GetValueOrDefault(input.Source.Hash)
            ?? OutlineRecord.Of(input.Outline);
        foreach (var (path, record) in work.Records) index.Pages[path] = record;
        if (save && SavesInBackground) _saving = Task.Run(() => index.Save(cacheDirectory));
        else if (save) index.Save(cacheDirectory);
        // The trees of this build's pages, for a rebuild in the same process; a tree no page uses is dropped.
        var trees = plan.Inputs.Where(p => p.Parsed is not null).ToDictionary(p => p.Source.Hash, p => p.Parsed!);
        _memory = new BuildMemory(cacheDirectory, index, trees, loaded.Read, loaded.ThemeRead);
    }

    /// <summary>A content file that would land where the build writes a page or asset is an error, not a silent overwrite.</summary>
    private static void ReportCollisions(IReadOnlyList<string> staticFiles, IReadOnlyList<OutputFile> outputs, string content,
        DiagnosticBag diagnostics)
    {
        var generated = outputs.Where(o => o is not CopiedFile).Select(o => o.OutputPath).ToHashSet(StringComparer.Ordinal);
        foreach (var file in staticFiles.Where(generated.Contains))
            diagnostics.Report(DiagnosticCodes.DuplicateUrl, $"this file would overwrite the '{file}' that the build writes; rename or move it",
                new SourceLocation(Content.SourceFile.DisplayPathOf(Path.Combine(content, file)), 1, 1));
    }
}

/// <summary>
/// What a builder keeps between builds: the cache's index as its last build left it, that build's
/// syntax trees by source hash, and its sources and theme with the sizes and times their files had.
/// </summary>
internal sealed record BuildMemory(string? CacheDirectory, BuildIndex Index, IReadOnlyDictionary<string, ParsedPage> Trees,
    IReadOnlyDictionary<string, ReadSource> Sources, ReadTheme? Theme);
