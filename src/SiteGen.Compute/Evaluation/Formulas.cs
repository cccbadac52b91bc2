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
        if (expr is not CallExpr { Primes: 0 } call) return null;
        try
        {
            if (call.Function == "diff") return ExpressionPrinter.Print(new Expansion(scope).Expand(call));
            if (call.Function == "grad" && call.Arguments.Count == 1)
            {
                if (call.Arguments[0] is not NameExpr name || !scope.Functions.TryGetValue(name.Name, out var function))
                    throw new ExpressionErrorException(new ExpressionError(ExpressionError.Codes.Arguments,
                        "grad(f) without a point needs a defined function, as in grad(f)", call.Arguments[0].Span));
                return "[" + string.Join(", ", function.Parameters.Select((_, i) =>
                    ExpressionPrinter.Print(InParameterNames(scope.Derived.PartialOf(function, i), function, scope)))) + "]";
            }
            return null;
        }
        catch (SymbolicException e)
        {
            throw new ExpressionErrorException(new ExpressionError(e.Code, e.Message, e.Span));
        }
    }

    /// <summary>
    /// A formula in a function's Local parameter names, written with the parameters' own names.
    /// A lesson variable that a parameter's name would then hide is written as its value.
    /// </summary>
    private static Expr InParameterNames(Expr formula, FunctionDefinition function, Scope scope)
    {
        var renamed = new Dictionary<string, Expr>(StringComparer.Ordinal);
        foreach (var (name, _) in function.Parameters)
        {
            var local = Expansion.Local(name);
            if (!Differentiator.Mentions(formula, local)) continue;
            renamed[local] = Build.Name(name);
            if (scope.Variables.TryGetValue(name, out var value)) renamed[name] = Literal.Of(value);
        }
        return new Expansion(scope).Substitute(formula, renamed);
    }
}
