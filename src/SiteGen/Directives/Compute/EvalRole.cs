using Markdig.Renderers;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Values;
using SiteGen.Markdown;

namespace SiteGen.Directives.Compute;

/// <summary>{eval}`grad(f, [3, 1])`: a computed value inside a sentence.</summary>
public sealed class EvalRole : IRole
{
    public string Name => "eval";
    public string Summary => "The value of an expression, inside a sentence: {eval}`f'(3)`; {eval}`norm(v):3` shows 3 significant digits.";

    private sealed record Cited(Tensor Value, int Digits);

    public void Execute(RoleInline role, PageComputeContext context)
    {
        var cited = CitedValue.Parse(role.Text);
        if (cited.DigitsProblem is { } problem)
        {
            context.Diagnostics.Error(SiteGen.Diagnostics.DiagnosticCodes.BadOptionValue, problem, role.TextAt with { Column = role.TextAt.Column + cited.ProblemAt });
            return;
        }
        var result = Calculator.Evaluate(cited.Expression, context.State<LessonScope>().Names);
        if (result.Error is { } error) context.Diagnostics.Error(error.Code, error.Message, ExpressionLine.Locate(role.TextAt, cited.Expression, error));
        else role.Result = result.Value is { } value ? new Cited(value, cited.Digits) : result.Formula;
    }

    public void Render(HtmlRenderer renderer, RoleInline role)
    {
        if (role.Result is Cited cited)
            renderer.Write("<span class=\"eval-value\">").WriteEscape(NumberFormat.Value(cited.Value, cited.Digits)).Write("</span>");
        else if (role.Result is string formula)
            renderer.Write("<math>").Write(ExpressionMathML.Expression(SiteGen.Compute.Syntax.Parser.ParseExpression(formula).Expr!)).Write("</math>");
    }
}
