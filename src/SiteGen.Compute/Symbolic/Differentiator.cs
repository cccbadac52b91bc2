using SiteGen.Compute.Builtins;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using static SiteGen.Compute.Symbolic.Build;

namespace SiteGen.Compute.Symbolic;

/// <summary>
/// Symbolic differentiation: the derivative of an expression with respect to a name, as an
/// expression of the language. Defined functions are expanded first (<see cref="Expansion"/>);
/// other names are symbols. Each builtin's derivative is read from its entry in
/// <see cref="ElementwiseFunctions"/>; kinks are written with step(...), so the result follows
/// PyTorch's conventions when evaluated.
/// </summary>
public static class Differentiator
{
    /// <summary>d expr / d variable, for an expression written at the top of a lesson: its names are the lesson's variables or symbols.</summary>
    public static Expr Differentiate(Expr expr, string variable, Scope scope) => Derive(new Expansion(scope).Expand(expr), variable);

    /// <summary>
    /// The derivative of an expression that is already expanded, simplified. Refused, like an
    /// expansion that grows too large, when the expression or its raw derivative is a tree of more
    /// than <see cref="Expansion.MaxNodes"/> nodes: walking it would take minutes, not a build's moment.
    /// </summary>
    internal static Expr Derive(Expr expanded, string variable)
    {
        CheckSize(expanded);
        var derivative = D(expanded, variable);
        CheckSize(derivative);
        return Simplifier.Simplify(derivative);
    }

    private static void CheckSize(Expr e)
    {
        if (TreeSize.Exceeds(e, Expansion.MaxNodes))
            throw new SymbolicException(
                $"this expression grows past {Expansion.MaxNodes} terms when its derivatives are written out, too large to differentiate symbolically", e.Span);
    }

    /// <summary>The derivative of order <paramref name="times"/>.</summary>
    internal static Expr Derive(Expr expanded, string variable, int times)
    {
        for (var i = 0; i < times; i++) expanded = Derive(expanded, variable);
        return expanded;
    }

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

    /// <summary>
    /// d max(a, b) = w·a' + (1 − w)·b' where w is 1 when a wins, 0 when b wins and ½ on a tie
    /// (PyTorch's convention), written with step; min is the same with the roles swapped.
    /// </summary>
    private static Expr Extremum(CallExpr c, string x)
    {
        if (c.Arguments.Count != 2) throw new SymbolicException($"diff cannot differentiate {c.Function} of one array; it takes max(a, b) and min(a, b)", c.Span);
        var (a, b) = c.Function == "max" ? (c.Arguments[0], c.Arguments[1]) : (c.Arguments[1], c.Arguments[0]);
        var aWins = Call("step", Subtract(a, b));
        var bWins = Call("step", Subtract(b, a));
        var weight = Add(aWins, Multiply(Number(0.5), Subtract(Subtract(Number(1), aWins), bWins)));
        // weight is the first argument's share in both cases: it wins max when larger, min when smaller.
        return Add(Multiply(weight, D(c.Arguments[0], x)), Multiply(Subtract(Number(1), weight), D(c.Arguments[1], x)));
    }

    /// <summary>
    /// f(u, p)' = f'(u)·u' + ∂f/∂p·p' for an elementwise builtin with options p, each derivative
    /// read from the builtin's entry.
    /// </summary>
    private static Expr Chain(CallExpr c, string x)
    {
        if (c.Function is "max" or "min") return Extremum(c, x);
        if (!ElementwiseFunctions.All.TryGetValue(c.Function, out var builtin))
            throw ArrayFunctions.All.ContainsKey(c.Function) || c.Function is "grad" or "hessian"
                ? new SymbolicException($"diff cannot differentiate '{c.Function}': it works with the elementwise builtins and arithmetic", c.FunctionSpan)
                : new SymbolicException($"unknown function '{c.Function}'{Suggestions.DidYouMean(c.Function, ElementwiseFunctions.All.Keys)}", c.FunctionSpan)
                    { Code = ExpressionError.Codes.UnknownFunction };
        if (c.Arguments.Count == 0) throw new SymbolicException($"'{c.Function}' needs an argument", c.Span);
        var u = c.Arguments[0];
        var options = builtin.Parameters.Select((p, i) =>
            c.Named.FirstOrDefault(n => n.Name == p.Name)?.Value ?? (i + 1 < c.Arguments.Count ? c.Arguments[i + 1] : Number(p.Default))).ToArray();
        var derivative = Multiply(builtin.DerivativeFormula(u, options), D(u, x));
        for (var i = 0; i < options.Length; i++)
            if (Mentions(options[i], x))
                derivative = Add(derivative, Multiply(builtin.Parameters[i].PartialFormula(u, options), D(options[i], x)));
        return derivative;
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

    /// <summary>The lesson-language code the problem is reported under.</summary>
    public string Code { get; init; } = ExpressionError.Codes.Symbolic;
}
