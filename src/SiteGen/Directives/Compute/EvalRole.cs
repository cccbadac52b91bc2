using Markdig.Renderers;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Values;
using SiteGen.Markdown;

namespace SiteGen.Directives.Compute;

/// <summary>{eval}`grad(f, [3, 1])`: a computed value inside a sentence.</summary>
public sealed class EvalRole : IRole
{
    public string Name => "eval";
    public string Summary => "The value of an expression, inside a sentence: {eval}`f'(3)`.";

    public void Execute(RoleInline role, PageComputeContext context)
    {
        var result = Calculator.Evaluate(role.Text, context.State<LessonScope>().Names);
        if (result.Error is { } error) context.Diagnostics.Error(error.Code, error.Message, ExpressionLine.Locate(role.TextAt, role.Text, error));
        else role.Result = (object?)result.Value ?? result.Formula;
    }

    public void Render(HtmlRenderer renderer, RoleInline role)
    {
        if (role.Result is Tensor value)
            renderer.Write("<span class=\"eval-value\">").WriteEscape(NumberFormat.Value(value, NumberFormat.DefaultDigits)).Write("</span>");
        else if (role.Result is string formula)
            renderer.Write("<math>").Write(ExpressionMathML.Expression(SiteGen.Compute.Syntax.Parser.ParseExpression(formula).Expr!)).Write("</math>");
    }
}
