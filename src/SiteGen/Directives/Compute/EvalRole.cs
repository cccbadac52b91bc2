using SiteGen.Directives.Syntax;
using SiteGen.Markdown;

namespace SiteGen.Directives.Compute;

/// <summary>{eval}`grad(f, [3, 1])`: a computed value inside a sentence.</summary>
public sealed class EvalRole : Role<Citation>
{
    public override string Name => "eval";
    public override string Summary => "The value of an expression, inside a sentence: {eval}`f'(3)`; {eval}`norm(v):3` shows 3 significant digits.";

    public override Citation? Compute(RoleInline role, PageComputeContext context) =>
        Citation.Evaluate(role.Text, role.TextAt, context.State<LessonScope>().Names, context.Diagnostics);

    public override void Render(PageHtmlRenderer renderer, RoleInline role, Citation cited)
    {
        if (cited.ParsedFormula is { } formula)
            renderer.Write("<math>").Write(ExpressionMathML.Expression(formula)).Write("</math>");
        else
            renderer.Write("<span class=\"eval-value\">").WriteEscape(cited.Text).Write("</span>");
    }
}
