using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using static SiteGen.Compute.Symbolic.Build;

namespace SiteGen.Compute.Symbolic;

/// <summary>
/// Symbolic differentiation: the derivative of an expression with respect to a name, as an
/// expression of the language. Defined functions are expanded first; other names are symbols.
/// Kinks are written with step(...), so the result follows PyTorch's conventions when evaluated.
/// </summary>
public static class Differentiator
{
    public static Expr Differentiate(Expr expr, string variable, Scope scope) =>
        Simplifier.Simplify(D(Inline(expr, scope, new Dictionary<string, Expr>()), variable));

    /// <summary>Replaces calls of defined functions by their bodies, arguments substituted.</summary>
    public static Expr Inline(Expr expr, Scope scope, IReadOnlyDictionary<string, Expr> substitutions) => expr switch
    {
        NameExpr name when substitutions.TryGetValue(name.Name, out var replacement) => replacement,
        UnaryExpr u => u with { Operand = Inline(u.Operand, scope, substitutions) },
        BinaryExpr b => b with { Left = Inline(b.Left, scope, substitutions), Right = Inline(b.Right, scope, substitutions) },
        ArrayExpr a => a with { Items = a.Items.Select(i => Inline(i, scope, substitutions)).ToList() },
        CallExpr c when scope.Functions.TryGetValue(c.Function, out var function) && c.Primes == 0 && c.Arguments.Count == function.Parameters.Count =>
            Inline(function.Body, scope, function.Parameters.Select((p, i) => (p.Name, Value: Inline(c.Arguments[i], scope, substitutions)))
                .ToDictionary(p => p.Name, p => p.Value)),
        CallExpr c => c with
        {
            Arguments = c.Arguments.Select(a => Inline(a, scope, substitutions)).ToList(),
            Named = c.Named.Select(n => n with { Value = Inline(n.Value, scope, substitutions) }).ToList(),
        },
        _ => expr,
    };

    private static Expr D(Expr e, string x) => e switch
    {
        NumberExpr => Number(0),
        NameExpr n => Number(n.Name == x ? 1 : 0),
        UnaryExpr { Operator: '-' } u => Negate(D(u.Operand, x)),
        UnaryExpr u => D(u.Operand, x),
        BinaryExpr b => Binary(b, x),
        CallExpr c => Chain(c, x),
        _ => throw new SymbolicException($"diff cannot differentiate {ExpressionPrinter.Print(e)}", e.Span),
    };

    private static Expr Binary(BinaryExpr b, string x)
    {
        var (u, v) = (b.Left, b.Right);
        return b.Operator switch
        {
            BinaryOperator.Add => Add(D(u, x), D(v, x)),
            BinaryOperator.Subtract => Subtract(D(u, x), D(v, x)),
            BinaryOperator.Multiply => Add(Multiply(D(u, x), v), Multiply(u, D(v, x))),
            BinaryOperator.Divide => Divide(Subtract(Multiply(D(u, x), v), Multiply(u, D(v, x))), Power(v, Number(2))),
            BinaryOperator.Power when !Mentions(v, x) => Multiply(Multiply(v, Power(u, Subtract(v, Number(1)))), D(u, x)),
            BinaryOperator.Power when !Mentions(u, x) => Multiply(Multiply(b, Call("log", u)), D(v, x)),
            BinaryOperator.Power => Multiply(b, Add(Multiply(D(v, x), Call("log", u)), Divide(Multiply(v, D(u, x)), u))),
            _ => throw new SymbolicException("diff works on scalar expressions; '@' is for arrays", b.OperatorSpan),
        };
    }

    /// <summary>f(u)' = f'(u)·u', with each builtin's derivative written in the language.</summary>
    /// <summary>
    /// d max(a, b) = w·a' + (1 − w)·b' where w is 1 when a wins, 0 when b wins and ½ on a tie
    /// (PyTorch's convention), written with step; min is the same with the roles swapped.
    /// </summary>
    private static Expr Extremum(CallExpr c, string x)
    {
        if (c.Arguments.Count != 2) throw new SymbolicException($"{c.Function} takes 2 arguments", c.Span);
        var (a, b) = c.Function == "max" ? (c.Arguments[0], c.Arguments[1]) : (c.Arguments[1], c.Arguments[0]);
        var aWins = Call("step", Subtract(a, b));
        var bWins = Call("step", Subtract(b, a));
        var weight = Add(aWins, Multiply(Number(0.5), Subtract(Subtract(Number(1), aWins), bWins)));
        // weight is the first argument's share in both cases: it wins max when larger, min when smaller.
        return Add(Multiply(weight, D(c.Arguments[0], x)), Multiply(Subtract(Number(1), weight), D(c.Arguments[1], x)));
    }

    private static Expr Chain(CallExpr c, string x)
    {
        if (c.Function is "max" or "min") return Extremum(c, x);
        if (c.Arguments.Count == 0) throw new SymbolicException($"diff cannot differentiate {c.Function}()", c.Span);
        var u = c.Arguments[0];
        var parameter = c.Named.Count > 0 ? c.Named[0].Value : c.Arguments.Count > 1 ? c.Arguments[1] : null;
        Expr outer = c.Function switch
        {
            "exp" => Call("exp", u),
            "log" => Divide(Number(1), u),
            "sqrt" => Divide(Number(1), Multiply(Number(2), Call("sqrt", u))),
            "abs" => Subtract(Call("step", u), Call("step", Negate(u))),
            "sin" => Call("cos", u),
            "cos" => Negate(Call("sin", u)),
            "tan" => Divide(Number(1), Power(Call("cos", u), Number(2))),
            "tanh" => Subtract(Number(1), Power(Call("tanh", u), Number(2))),
            "sigmoid" => Multiply(Call("sigmoid", u), Subtract(Number(1), Call("sigmoid", u))),
            "relu" => Call("step", u),
            "softplus" => Call("sigmoid", u),
            "step" or "round" => Number(0),
            "erf" => Multiply(Divide(Number(2), Call("sqrt", Name("pi"))), Call("exp", Negate(Power(u, Number(2))))),
            "gelu" => Add(Multiply(Number(0.5), Add(Number(1), Call("erf", Divide(u, Call("sqrt", Number(2)))))),
                Divide(Multiply(u, Call("exp", Negate(Divide(Power(u, Number(2)), Number(2))))), Call("sqrt", Multiply(Number(2), Name("pi"))))),
            "silu" or "swish" => Multiply(Call("sigmoid", u), Add(Number(1), Multiply(u, Subtract(Number(1), Call("sigmoid", u))))),
            "leaky_relu" => Add(Call("step", u), Multiply(parameter ?? Number(0.01), Subtract(Number(1), Call("step", u)))),
            "elu" => Add(Call("step", u), Multiply(Multiply(parameter ?? Number(1), Call("exp", u)), Subtract(Number(1), Call("step", u)))),
            _ => throw new SymbolicException($"diff cannot differentiate '{c.Function}'; it works with the elementwise builtins", c.FunctionSpan),
        };
        return Multiply(outer, D(u, x));
    }

    public static bool Mentions(Expr e, string x) => e switch
    {
        NameExpr n => n.Name == x,
        UnaryExpr u => Mentions(u.Operand, x),
        BinaryExpr b => Mentions(b.Left, x) || Mentions(b.Right, x),
        CallExpr c => c.Arguments.Any(a => Mentions(a, x)) || c.Named.Any(n => Mentions(n.Value, x)),
        ArrayExpr a => a.Items.Any(i => Mentions(i, x)),
        _ => false,
    };
}

/// <summary>An expression diff cannot differentiate, with where it is.</summary>
public sealed class SymbolicException(string message, TextSpan span) : Exception(message)
{
    public TextSpan Span { get; } = span;
}
