using Markdig.Renderers;
using SiteGen.Compute.Builtins;
using SiteGen.Markdown;
using SiteGen.Directives.Syntax;

namespace SiteGen.Directives.Reference;

/// <summary>```` ```{language-reference} ````: the table of the lesson language's builtins, from their own definitions.</summary>
public sealed class LanguageReferenceDirective : ReferenceTableDirective
{
    public override string Name => "language-reference";
    public override string Summary => "The table of every builtin function of the lesson language (for the authoring guide).";

    protected override void Write(HtmlRenderer renderer)
    {
        renderer.EnsureLine();
        renderer.Write(ScrollBox.Open(label: "Builtin functions of the lesson language")).Write("\n<table class=\"reference\">\n<thead><tr><th>Builtin</th><th>What it computes</th></tr></thead>\n<tbody>\n");
        foreach (var function in ElementwiseFunctions.All.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var parameters = string.Concat(function.Parameters.Select(p =>
                $", {p.Name}={p.Default.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
            Row(renderer, $"{function.Name}(x{parameters})", function.Summary + ", element by element");
        }
        var array = ArrayFunctions.All.Select(f => (f.Key, f.Value)).Concat(ArrayFunctions.Reductions.Select(f => (f.Key, f.Value)));
        foreach (var (name, function) in array.OrderBy(f => f.Key, StringComparer.Ordinal).ThenBy(f => f.Value.Arity))
            Row(renderer, $"{name}({function.Signature ?? (function.Arity == 1 ? "v" : "a, b")})", function.Summary);
        Row(renderer, "grad(f, [a, b])", "the gradient of a scalar function of several arguments at a point");
        Row(renderer, "grad(EXPR, v)", "the gradient of a scalar expression with respect to the defined variable v, shaped like v");
        Row(renderer, "grad(f)", "the gradient of a defined function as formulas, one per argument");
        Row(renderer, "f'(a), f''(a)", "the first and second derivatives of a one-argument function at a, builtins included");
        Row(renderer, "hessian(f, [a, b])", "the matrix of a defined function's second partial derivatives at a point");
        Row(renderer, "diff(EXPR, x)", "the derivative of EXPR by x as a simplified formula of the language; kinks are written with step");
        renderer.Write("</tbody>\n</table>\n").Write(ScrollBox.Close).Write("\n");
    }

    private static void Row(HtmlRenderer renderer, string call, string summary) =>
        renderer.Write("<tr><td><code>").WriteEscape(call).Write("</code></td><td>").WriteEscape(summary).Write("</td></tr>\n");
}
