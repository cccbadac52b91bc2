using Markdig.Renderers;
using SiteGen.Diagnostics;
using SiteGen.Markdown;

namespace SiteGen.Directives.Reference;

/// <summary>```` ```{diagnostic-reference} ````: the table of every diagnostic code and what it means.</summary>
public sealed class DiagnosticReferenceDirective : IDirective
{
    public string Name => "diagnostic-reference";
    public string Summary => "The table of every diagnostic code SiteGen reports (for the authoring guide).";
    public IReadOnlyList<OptionSpec> Options => [];
    public DirectiveBody Body => DirectiveBody.Text;

    public void Execute(DirectiveBlock block, PageComputeContext context) { }

    public void Render(HtmlRenderer renderer, DirectiveBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-wrap\">\n<table class=\"reference\">\n<thead><tr><th>Code</th><th>Meaning</th></tr></thead>\n<tbody>\n");
        foreach (var (code, meaning) in DiagnosticCodes.Descriptions)
            renderer.Write("<tr><td id=\"").Write(code.ToLowerInvariant()).Write("\"><code>").Write(code).Write("</code></td><td>")
                .WriteEscape(meaning).Write("</td></tr>\n");
        renderer.Write("</tbody>\n</table>\n</div>\n");
    }
}
