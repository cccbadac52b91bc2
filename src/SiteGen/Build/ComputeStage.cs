using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Directives;
using SiteGen.Markdown;

namespace SiteGen.Build;

/// <summary>
/// The compute stage for one page: runs its directives and roles in document order, so that
/// what a directive defines is visible to everything after it in the same page, and nothing
/// leaks into other pages (each page gets a fresh context).
/// </summary>
public static class ComputeStage
{
    /// <summary>Runs the page's directives; the context holds what they left for later stages (its figures).</summary>
    public static PageComputeContext Run(SitePage page, long maxOperations, DiagnosticBag diagnostics)
    {
        var context = new PageComputeContext(page.Parsed.Source.DisplayPath, diagnostics);
        context.State<Directives.Compute.LessonScope>().Names.OperationLimit = maxOperations;
        foreach (var node in page.Parsed.Document.Descendants())
        {
            switch (node)
            {
                case DirectiveBlock block: block.Directive.Execute(block, context); break;
                case RoleInline role: role.Role.Execute(role, context); break;
            }
        }
        return context;
    }
}
