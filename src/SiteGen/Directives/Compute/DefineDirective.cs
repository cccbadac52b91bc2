using Markdig.Renderers;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using SiteGen.Markdown;

namespace SiteGen.Directives.Compute;

/// <summary>
/// ```` ```{define} ````: definitions of the lesson language, one per line, in scope for
/// everything after them in the lesson. Shown as code unless `:hidden:`.
/// </summary>
public sealed class DefineDirective : IDirective
{
    public string Name => "define";
    public string Summary => "Definitions, one per line (f(x) = x^2, w = [1, 2]), in scope for the rest of the lesson.";
    public IReadOnlyList<OptionSpec> Options { get; } =
        [new OptionSpec("hidden", OptionKind.Boolean, "define without showing the definitions", false)];
    public DirectiveBody Body => DirectiveBody.Text;

    public void Execute(DirectiveBlock block, PageComputeContext context)
    {
        var lesson = context.State<LessonScope>();
        foreach (var line in ExpressionLine.Split(block.Body, block.BodyAt))
        {
            lesson.Record(line.Text);
            if (Calculator.Define(line.Text, lesson.Names) is { } error)
                context.Diagnostics.Error(error.Code, error.Message, line.Locate(error));
        }
    }

    /// <summary>Shown as typeset equations, f(x) = x², one per definition.</summary>
    public void Render(HtmlRenderer renderer, DirectiveBlock block)
    {
        if (block.Options.Boolean("hidden")) return;
        renderer.EnsureLine();
        renderer.Write("<div class=\"define\">\n");
        foreach (var line in ExpressionLine.Split(block.Body, block.BodyAt))
        {
            if (Parser.ParseDefinition(line.Text).Definition is not { } definition) continue;
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
