using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Directives;
using SiteGen.Directives.Figures;
using SiteGen.Directives.Syntax;
using SiteGen.Directives.Training;
using SiteGen.Markdown;

namespace SiteGen.Build;

/// <summary>What the compute stage made of one page: each directive's and role's result by its node, and the figures to draw.</summary>
public sealed record PageComputation(NodeResults Results, IReadOnlyList<FigureRequest> Figures, IReadOnlyList<string> RunKeys);

/// <summary>
/// The compute stage for one page: runs its directives and roles in document order, so that
/// what a directive defines is visible to everything after it in the same page, and nothing
/// leaks into other pages (each page gets a fresh context).
/// </summary>
public static class ComputeStage
{
    /// <summary>The link and compute stages of one page of <paramref name="site"/>, into one table of results.</summary>
    public static PageComputation LinkAndCompute(SitePage page, ParsedPage parsed, SiteModel site, ITrainingService training,
        DiagnosticBag diagnostics)
    {
        var results = new NodeResults.Builder();
        LinkResolver.Resolve(page, parsed, site, results, diagnostics);
        return Run(parsed, site.Settings.MaxOperations, training, results, diagnostics);
    }

    private static PageComputation Run(ParsedPage page, long maxOperations, ITrainingService training, NodeResults.Builder results,
        DiagnosticBag diagnostics)
    {
        var context = new PageComputeContext(page.Source.DisplayPath, diagnostics, page.Figures, training);
        context.State<Directives.Compute.LessonScope>().Names.OperationLimit = maxOperations;
        foreach (var node in page.Document.Descendants())
        {
            var result = node switch
            {
                DirectiveBlock block => block.Directive.Compute(block, context),
                RoleInline role => role.Role.Compute(role, context),
                _ => null,
            };
            if (result is not null) results.Add(node, result);
        }
        return new PageComputation(results.Build(), context.State<PageFigures>().Requests, [.. context.State<LessonRuns>().CacheKeys]);
    }
}
