using Markdig.Renderers;
using SiteGen.Directives.Syntax;
using SiteGen.Markdown;

namespace SiteGen.Directives.Reference;

/// <summary>A reference table's HTML, made from the declarations it documents.</summary>
public sealed record ReferenceTable(string Html);

/// <summary>
/// A directive of the authoring guide that prints a table of SiteGen's own declarations
/// (directives, builtins, diagnostics); it takes no options and reads no body.
/// </summary>
public abstract class ReferenceTableDirective : Directive<ReferenceTable>
{
    public override IReadOnlyList<OptionSpec> Options => [];
    public override DirectiveBody Body => DirectiveBody.Text;

    /// <summary>Writes the table.</summary>
    protected abstract void Write(HtmlRenderer renderer);

    public override ReferenceTable Compute(DirectiveBlock block, PageComputeContext context)
    {
        using var writer = new StringWriter();
        Write(new HtmlRenderer(writer));
        return new ReferenceTable(writer.ToString());
    }

    public override void Render(PageHtmlRenderer renderer, DirectiveBlock block, ReferenceTable table)
    {
        renderer.EnsureLine();
        renderer.Write(table.Html);
    }
}
