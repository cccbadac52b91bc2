using Markdig.Renderers;
using SiteGen.Diagnostics;
using SiteGen.Markdown;
using SiteGen.Directives.Syntax;

namespace SiteGen.Directives.Reference;

/// <summary>```` ```{diagnostic-reference} ````: the table of every diagnostic code and what it means.</summary>
public sealed class DiagnosticReferenceDirective : ReferenceTableDirective
{
    public override string Name => "diagnostic-reference";
    public override string Summary => "The table of every diagnostic code SiteGen reports (for the authoring guide).";

    protected override void Write(HtmlRenderer renderer)
    {
        renderer.EnsureLine();
        renderer.Write(ScrollBox.Open(label: "Diagnostic codes")).Write("\n<table class=\"reference\">\n<thead><tr><th>Code</th><th>Severity</th><th>Meaning</th></tr></thead>\n<tbody>\n");
        foreach (var (code, kind) in DiagnosticCodes.Catalog)
            renderer.Write("<tr><td id=\"").Write(code.ToLowerInvariant()).Write("\"><code>").Write(code).Write("</code></td><td>")
                .Write(kind.Severity == Severity.Error ? "error" : "warning").Write("</td><td>").WriteEscape(kind.Title).Write("</td></tr>\n");
        renderer.Write("</tbody>\n</table>\n").Write(ScrollBox.Close).Write("\n");
    }
}
