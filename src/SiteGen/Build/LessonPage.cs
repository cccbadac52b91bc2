using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Directives;
using SiteGen.Directives.Figures;
using SiteGen.Directives.Syntax;
using SiteGen.Figures.Drawing;
using SiteGen.Markdown;

namespace SiteGen.Build;

/// <summary>
/// A lesson rendered in memory: the HTML of its body, everything the stages reported (sorted by
/// place), and the files its figures' images link to, by name relative to the page.
/// </summary>
public sealed record RenderedLesson(string Html, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, byte[]> Files)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// One lesson from a Markdown string to its body's HTML, through the same parse, link, compute,
/// draw and render stages as a site build, with no theme, no site folder and no file written:
/// what directive and Markdown tests need, and a preview of text that is not saved yet.
/// </summary>
public static class LessonPage
{
    /// <summary>
    /// Renders <paramref name="markdown"/> as the only lesson of a site, shown in diagnostics as
    /// <paramref name="displayPath"/>. Figures are drawn with <paramref name="figureFont"/> (a TTF);
    /// without one, a lesson with figures reports SG1703.
    /// </summary>
    public static RenderedLesson Render(string markdown, string displayPath = "lessons/01-lesson.md", byte[]? figureFont = null)
    {
        var diagnostics = new DiagnosticBag();
        var pipeline = Pipeline.Value;
        var parsed = new PageParser(pipeline).Parse(new SourceFile(displayPath, displayPath, markdown), "lessons/01-lesson.md");
        diagnostics.AddRange(parsed.Outline.Diagnostics);
        var settings = new SiteSettings("", "", "", "", "en", "", "default");
        var site = SiteAssembler.Assemble(settings, [parsed.Outline], new HashSet<string>(), includeDrafts: true, diagnostics);
        var page = site.Pages[0];
        var computation = ComputeStage.LinkAndCompute(page, parsed, site, Directives.Training.UncachedTraining.Default, diagnostics);
        var drawn = Draw(computation.Figures, page, figureFont, diagnostics);
        var html = drawn is null || diagnostics.HasErrors
            ? ""
            : PageHtmlRenderer.Render(parsed.Document, pipeline, computation.Results, drawn.Drawings);
        var files = (drawn?.Files ?? []).OfType<RenderedFile>().ToDictionary(f => f.OutputPath[page.Url.Length..], f => f.Content, StringComparer.Ordinal);
        return new RenderedLesson(html, DiagnosticOrder.Sorted(diagnostics.Items, strict: false), files);
    }

    // A pipeline is immutable and serves any thread, so one is built for every lesson rendered.
    private static readonly Lazy<Markdig.MarkdownPipeline> Pipeline =
        new(() => MarkdownPipelineFactory.Create(new DirectiveSyntaxExtension(DirectiveRegistry.CreateDefault())));

    private static FigureStage.Output? Draw(IReadOnlyList<FigureRequest> requests, SitePage page, byte[]? fontBytes, DiagnosticBag diagnostics)
    {
        if (requests.Count == 0) return new FigureStage.Output(FigureDrawings.None, []);
        if (fontBytes is null)
        {
            diagnostics.Report(DiagnosticCodes.FigureFontMissing, "no figure font was given, so this lesson's figures cannot be drawn",
                requests[0].At);
            return null;
        }
        using var font = new FigureFont(fontBytes, FigureFont.ThemeFamily);
        return new FigureStage(font, fontBytes, new FigureCache(null)).Run(requests.Select(r => (page, r)).ToList(), diagnostics);
    }
}
