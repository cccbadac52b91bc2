using SiteGen.Compute.Builtins;
using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// A compiled expression that the scalar program cannot express (grad of an expression,
/// hessian, derivatives of functions that reduce arrays), run by the general evaluator at each
/// point. It evaluates against a copy of the scope taken when compiled, so later definitions
/// neither change it nor race with it.
/// </summary>
internal sealed class EvaluatedFunction : IPointFunction
{
    private readonly Expr _expr;
    private readonly Scope _scope;
    private readonly IReadOnlyList<string> _parameters;

    /// <summary>
    /// The evaluator's derivatives inside an expression (f'(x), grad, hessian) and builtin options
    /// (slope, alpha) are constants to its reverse mode; a gradient through them would be wrong,
    /// so it is NaN instead.
    /// </summary>
    private readonly bool _gradientIsExact;

    public EvaluatedFunction(Expr expr, Scope scope, IReadOnlyList<string> parameters)
    {
        _expr = expr;
        _scope = Copy(scope);
        _parameters = parameters;
        _gradientIsExact = !HidesDependence(Symbolic.Differentiator.Inline(expr, scope, new Dictionary<string, Expr>()), parameters);
    }

    public double Evaluate(ReadOnlySpan<double> arguments) => ValueAt(arguments, default);

    public double ValueAndGradient(ReadOnlySpan<double> arguments, Span<double> gradient)
    {
        if (!_gradientIsExact)
        {
            gradient.Fill(double.NaN);
            return ValueAt(arguments, default);
        }
        var value = ValueAt(arguments, gradient);
        if (double.IsNaN(value)) gradient.Fill(double.NaN);
        return value;
    }

    private double ValueAt(ReadOnlySpan<double> arguments, Span<double> gradient)
    {
        try
        {
            var value = new Evaluator(_scope).EvaluateAt(_expr, _parameters, arguments, gradient);
            return value.IsScalar ? value[0] : double.NaN;
        }
        catch (ExpressionErrorException)
        {
            // A problem at this point only (the expression was checked when compiled): undefined here.
            return double.NaN;
        }
    }

    /// <summary>Whether a parameter reaches the value through something the tape treats as a constant. Walks without recursion.</summary>
    private static bool HidesDependence(Expr expr, IReadOnlyList<string> parameters)
    {
        var pending = new Stack<Expr>([expr]);
        while (pending.TryPop(out var next))
            switch (next)
            {
                case CallExpr call when call.Primes > 0 || call.Function is "grad" or "hessian":
                    return true;
                case CallExpr call:
                    var options = call.Named.Select(n => n.Value).Concat(ElementwiseFunctions.All.ContainsKey(call.Function) ? call.Arguments.Skip(1) : []);
                    if (options.Any(o => parameters.Any(p => Symbolic.Differentiator.Mentions(o, p)))) return true;
                    foreach (var argument in call.Arguments) pending.Push(argument);
                    break;
                case UnaryExpr unary: pending.Push(unary.Operand); break;
                case BinaryExpr binary: pending.Push(binary.Left); pending.Push(binary.Right); break;
                case ArrayExpr array: foreach (var item in array.Items) pending.Push(item); break;
            }
        return false;
    }

    private static Scope Copy(Scope scope)
    {
        var copy = new Scope();
        foreach (var (name, value) in scope.Variables) copy.Define(name, value);
        foreach (var function in scope.Functions.Values) copy.Define(function);
        return copy;
    }
}
