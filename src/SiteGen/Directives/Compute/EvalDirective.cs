using Markdig.Renderers;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;
using SiteGen.Markdown;

namespace SiteGen.Directives.Compute;

/// <summary>
/// ```` ```{eval} ````: one expression per line, each shown with its computed value,
/// `grad(f, [3, 1]) = [6, 2]`.
/// </summary>
public sealed class EvalDirective : IDirective
{
    public string Name => "eval";
    public string Summary => "Expressions, one per line, each shown with its value computed at build time.";
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        NumberFormat.DigitsOption,
        new OptionSpec("show", OptionKind.Choice, "what to show: the expression and its value, or the value alone", "both",
            Choices: ["both", "value"]),
        new OptionSpec("allow-nonfinite", OptionKind.Boolean, "show NaN and infinite results instead of reporting them as errors", false),
    ];
    public DirectiveBody Body => DirectiveBody.Text;

    /// <summary>One evaluated line: a value, or a formula from diff.</summary>
    private sealed record Line(string Expression, Tensor? Value, string? Formula);

    public void Execute(DirectiveBlock block, PageComputeContext context)
    {
        var scope = context.State<LessonScope>().Names;
        var lines = new List<Line>();
        foreach (var line in ExpressionLine.Split(block.Body, block.BodyAt))
        {
            var result = Calculator.Evaluate(line.Text, scope, block.Options.Boolean("allow-nonfinite"));
            if (result.Error is { } error) context.Diagnostics.Error(error.Code, error.Message, line.Locate(error));
            else lines.Add(new Line(line.Text.Trim(), result.Value, result.Formula));
        }
        block.Result = lines;
    }

    public void Render(HtmlRenderer renderer, DirectiveBlock block)
    {
        if (block.Result is not List<Line> lines) return;
        var digits = block.Options.Integer("digits") ?? NumberFormat.DefaultDigits;
        var showExpression = block.Options.Text("show") != "value";
        renderer.EnsureLine();
        renderer.Write("<div class=\"eval\">\n");
        foreach (var line in lines)
        {
            var value = line.Formula is { } formula
                ? ExpressionMathML.Expression(Parser.ParseExpression(formula).Expr!)
                : ExpressionMathML.Value(line.Value!, digits);
            var expression = showExpression ? ExpressionMathML.Expression(Parser.ParseExpression(line.Expression).Expr!) + "<mo>=</mo>" : "";
            renderer.Write("<div class=\"eval-line\"><math display=\"block\">").Write(expression).Write(value).Write("</math></div>\n");
        }
        renderer.Write("</div>\n");
    }
}
