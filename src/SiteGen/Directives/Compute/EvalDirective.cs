using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;
using SiteGen.Markdown;
using SiteGen.Directives.Syntax;

namespace SiteGen.Directives.Compute;

/// <summary>
/// ```` ```{eval} ````: one expression per line, each shown with its computed value,
/// `grad(f, [3, 1]) = [6, 2]`.
/// </summary>
public sealed class EvalDirective : Directive<EvalDirective.Lines>
{
    public override string Name => "eval";
    public override string Summary => "Expressions, one per line, each shown with its value computed at build time.";
    private static readonly Option<string> Show =
        Option.Choice("show", "what to show: the expression and its value, or the value alone", "both", "value");
    private static readonly Option<bool> AllowNonFinite =
        Option.Boolean("allow-nonfinite", "show NaN and infinite results instead of reporting them as errors", false);

    public override IReadOnlyList<OptionSpec> Options { get; } = [NumberFormat.DigitsOption, Show, AllowNonFinite];
    public override DirectiveBody Body => DirectiveBody.Text;

    /// <summary>One evaluated line, parsed once: its expression, and a value or a formula from diff.</summary>
    public sealed record Line(Expr Expression, Tensor? Value, Expr? Formula);

    /// <summary>The lines that evaluated, in order.</summary>
    public sealed record Lines(IReadOnlyList<Line> Items);

    public override Lines Compute(DirectiveBlock block, PageComputeContext context)
    {
        var scope = context.State<LessonScope>().Names;
        var allowNonFinite = block.Options.Get(AllowNonFinite);
        var lines = new List<Line>();
        foreach (var line in ExpressionLine.Split(block.Body, block.BodyAt))
        {
            var result = Calculator.Evaluate(line.Text, scope, allowNonFinite);
            if (result.Error is { } error) context.Diagnostics.Report(error.Code, error.Message, line.Locate(error));
            else lines.Add(new Line(result.Expression!, result.Value,
                result.Formula is { } formula ? Parser.ParseExpression(formula).Expr : null));
        }
        return new Lines(lines);
    }

    public override void Render(PageHtmlRenderer renderer, DirectiveBlock block, Lines lines)
    {
        var digits = block.Options.Get(NumberFormat.DigitsOption);
        var showExpression = block.Options.Get(Show) != "value";
        renderer.EnsureLine();
        renderer.Write("<div class=\"eval\">\n");
        foreach (var line in lines.Items)
        {
            var value = line.Formula is { } formula ? ExpressionMathML.Expression(formula) : ExpressionMathML.Value(line.Value!, digits);
            var expression = showExpression ? ExpressionMathML.Expression(line.Expression) + "<mo>=</mo>" : "";
            renderer.Write("<div class=\"eval-line\"><math display=\"block\">").Write(expression).Write(value).Write("</math></div>\n");
        }
        renderer.Write("</div>\n");
    }
}
