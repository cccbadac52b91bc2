using SiteGen.Compute.Symbolic;
using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// The calls whose result is a formula rather than a number: diff(EXPR, x), and grad(f)
/// without a point (the vector of partial derivatives). They stand alone in an expression.
/// </summary>
internal static class Formulas
{
    public static string? TryDerive(Expr expr, Scope scope)
    {
        if (expr is not CallExpr { Primes: 0 } call || scope.Functions.ContainsKey(call.Function)) return null;
        try
        {
            if (call.Function == "diff")
            {
                if (call.Arguments.Count != 2 || call.Arguments[1] is not NameExpr variable)
                    throw Fail("diff takes an expression and the name to differentiate by, as in diff(x^2 + y^2, x)", call.Span);
                return ExpressionPrinter.Print(Differentiator.Differentiate(call.Arguments[0], variable.Name, scope));
            }
            if (call.Function == "grad" && call.Arguments.Count == 1)
            {
                if (call.Arguments[0] is not NameExpr name || !scope.Functions.TryGetValue(name.Name, out var function))
                    throw Fail("grad(f) without a point needs a defined function, as in grad(f)", call.Arguments[0].Span);
                var body = Differentiator.Inline(function.Body, scope, new Dictionary<string, Expr>());
                return "[" + string.Join(", ", function.Parameters.Select(p =>
                    ExpressionPrinter.Print(Differentiator.Differentiate(body, p.Name, scope)))) + "]";
            }
            return null;
        }
        catch (SymbolicException e)
        {
            throw Fail(e.Message, e.Span);
        }
    }

    private static ExpressionErrorException Fail(string message, TextSpan span) =>
        new(new ExpressionError(ExpressionError.Codes.UnknownFunction, message, span));
}
