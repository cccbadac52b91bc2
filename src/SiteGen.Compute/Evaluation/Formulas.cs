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
                    ExpressionPrinter.Print(InParameterNames(scope.Derived.PartialOf(function, i), scope)))) + "]";
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
    private static Expr InParameterNames(Expr formula, Scope scope)
    {
        var locals = new HashSet<string>(StringComparer.Ordinal);
        Collect(formula, locals);
        return Rename(formula, locals, scope);
    }

    private static void Collect(Expr e, HashSet<string> locals)
    {
        switch (e)
        {
            case NameExpr n when Expansion.IsLocal(n.Name): locals.Add(n.Name); break;
            case UnaryExpr u: Collect(u.Operand, locals); break;
            case BinaryExpr b: Collect(b.Left, locals); Collect(b.Right, locals); break;
            case ArrayExpr a: foreach (var item in a.Items) Collect(item, locals); break;
            case CallExpr c:
                foreach (var argument in c.Arguments) Collect(argument, locals);
                foreach (var named in c.Named) Collect(named.Value, locals);
                break;
        }
    }

    private static Expr Rename(Expr e, HashSet<string> locals, Scope scope) => e switch
    {
        NameExpr n when Expansion.IsLocal(n.Name) => n with { Name = n.Name[1..] },
        NameExpr n when locals.Contains(Expansion.Local(n.Name)) && scope.Variables.TryGetValue(n.Name, out var value) => Literal.Of(value),
        UnaryExpr u => u with { Operand = Rename(u.Operand, locals, scope) },
        BinaryExpr b => b with { Left = Rename(b.Left, locals, scope), Right = Rename(b.Right, locals, scope) },
        ArrayExpr a => a with { Items = a.Items.Select(i => Rename(i, locals, scope)).ToList() },
        CallExpr c => c with
        {
            Arguments = c.Arguments.Select(a => Rename(a, locals, scope)).ToList(),
            Named = c.Named.Select(n => n with { Value = Rename(n.Value, locals, scope) }).ToList(),
        },
        _ => e,
    };
}
