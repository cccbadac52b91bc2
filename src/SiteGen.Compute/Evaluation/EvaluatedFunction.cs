using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// A compiled expression that the scalar program cannot express (grad of an expression,
/// hessian, derivatives of functions that reduce arrays), run by the general evaluator at each
/// point. It evaluates against a copy of the scope taken when compiled, so later definitions
/// neither change it nor race with it.
/// </summary>
internal sealed class EvaluatedFunction(Expr expr, Scope scope, IReadOnlyList<string> parameters) : IPointFunction
{
    private readonly Scope _scope = Copy(scope);

    public double Evaluate(ReadOnlySpan<double> arguments) => ValueAt(arguments, default) ?? double.NaN;

    /// <summary>
    /// The value and its exact gradient. Where the evaluator cannot differentiate the expression
    /// (a derivative inside it that has no formula), the gradient is NaN rather than wrong.
    /// </summary>
    public double ValueAndGradient(ReadOnlySpan<double> arguments, Span<double> gradient)
    {
        var value = ValueAt(arguments, gradient);
        if (value is { } known && !double.IsNaN(known)) return known;
        gradient.Fill(double.NaN);
        return value ?? Evaluate(arguments);
    }

    /// <summary>The value, or NaN where the expression is undefined; null when only the gradient could not be had.</summary>
    private double? ValueAt(ReadOnlySpan<double> arguments, Span<double> gradient)
    {
        try
        {
            var value = new Evaluator(_scope).EvaluateAt(expr, parameters, arguments, gradient);
            return value.IsScalar ? value[0] : double.NaN;
        }
        catch (ExpressionErrorException e) when (e.Error.Code == ExpressionError.Codes.HiddenGradient && !gradient.IsEmpty)
        {
            return null;
        }
        catch (ExpressionErrorException)
        {
            // A problem at this point only (the expression was checked when compiled): undefined here.
            return double.NaN;
        }
    }

    private static Scope Copy(Scope scope)
    {
        var copy = new Scope { OperationLimit = scope.OperationLimit };
        foreach (var (name, value) in scope.Variables) copy.Define(name, value);
        foreach (var function in scope.Functions.Values) copy.Define(function);
        return copy;
    }
}
