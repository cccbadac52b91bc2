using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using SiteGen.Markdown;
using SiteGen.Directives.Syntax;

namespace SiteGen.Directives.Compute;

/// <summary>
/// ```` ```{define} ````: definitions of the lesson language, one per line, in scope for
/// everything after them in the lesson. Shown as code unless `:hidden:`.
/// </summary>
public sealed class DefineDirective : Directive<DefineDirective.Definitions>
{
    public override string Name => "define";
    public override string Summary => "Definitions, one per line (f(x) = x^2, w = [1, 2]), in scope for the rest of the lesson.";
    private static readonly Option<bool> Hidden = Option.Boolean("hidden", "define without showing the definitions", false);

    public override IReadOnlyList<OptionSpec> Options { get; } = [Hidden];
    public override DirectiveBody Body => DirectiveBody.Text;

    /// <summary>The definitions that parsed, to show; none when hidden.</summary>
    public sealed record Definitions(IReadOnlyList<Definition> Items);

    public override Definitions Compute(DirectiveBlock block, PageComputeContext context)
    {
        var lesson = context.State<LessonScope>();
        var shown = new List<Definition>();
        foreach (var line in ExpressionLine.Split(block.Body, block.BodyAt))
        {
            lesson.Record(line.Text);
            if (Calculator.Define(line.Text, lesson.Names) is { } error)
                context.Diagnostics.Report(error.Code, error.Message, line.Locate(error));
            else if (!block.Options.Get(Hidden) && Parser.ParseDefinition(line.Text).Definition is { } definition)
                shown.Add(definition);
        }
        return new Definitions(shown);
    }

    /// <summary>Shown as typeset equations, f(x) = x², one per definition.</summary>
    public override void Render(PageHtmlRenderer renderer, DirectiveBlock block, Definitions definitions)
    {
        if (definitions.Items.Count == 0) return;
        renderer.EnsureLine();
        renderer.Write("<div class=\"define\">\n");
        foreach (var definition in definitions.Items)
        {
            var head = definition is FunctionDefinition function
                ? ExpressionMathML.Expression(new CallExpr(function.Name, 0,
                    function.Parameters.Select(p => (Expr)new NameExpr(p.Name, p.Span)).ToList(), [], function.NameSpan, function.NameSpan))
                : ExpressionMathML.Expression(new NameExpr(definition.Name, definition.NameSpan));
            renderer.Write("<div class=\"define-line\"><math display=\"block\">").Write(head).Write("<mo>=</mo>")
                .Write(ExpressionMathML.Expression(definition.Body)).Write("</math></div>\n");
        }
        renderer.Write("</div>\n");
    }
}
