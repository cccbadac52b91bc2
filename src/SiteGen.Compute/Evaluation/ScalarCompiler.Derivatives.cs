using SiteGen.Compute.Symbolic;
using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// Derivatives inside a compiled expression, `f'(x)`, `f''(x)`, `grad(f, [x, y])`: each is
/// differentiated symbolically once, and the formula compiled like any other expression, so
/// the gradient of a derivative is exact too.
/// </summary>
internal sealed partial class ScalarCompiler
{
    /// <summary>grad(f, point) for a defined function: its partial derivatives at the point.</summary>
    private SlotTensor Gradient(CallExpr call, IReadOnlyDictionary<string, SlotTensor> locals)
    {
        if (call.Arguments.Count != 2 || call.Named.Count > 0 || call.Arguments[0] is not NameExpr named
            || !_scope.Functions.TryGetValue(named.Name, out var function))
            throw new NotCompilableException();  // grad(EXPR, v) is left to the evaluator's reverse mode
        var point = Compile(call.Arguments[1], locals);
        var parameters = function.Parameters;
        if (parameters.Count == 1 && !point.IsScalar || parameters.Count > 1 && (point.Rank != 1 || point.Slots.Length != parameters.Count))
            throw new NotCompilableException();
        var at = new Dictionary<string, SlotTensor>(StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count; i++) at[parameters[i].Name] = SlotTensor.Scalar(point.Slots[i]);
        var partials = parameters.Select(p => ScalarSlot(Compile(Differentiator.Differentiate(function.Body, p.Name, _scope), at))).ToArray();
        return parameters.Count == 1 ? SlotTensor.Scalar(partials[0]) : SlotTensor.Vector(partials);
    }

    /// <summary>
    /// f'(a) for a defined function of one argument. For an array a the evaluator takes the
    /// gradient of sum(f(a)); that is the elementwise derivative only when f(a) has a's shape, so other cases are declined.
    /// </summary>
    private SlotTensor DerivativeOfDefined(CallExpr call, FunctionDefinition function, IReadOnlyDictionary<string, SlotTensor> locals)
    {
        if (call.Primes != 1 || function.Parameters.Count != 1 || call.Arguments.Count != 1 || call.Named.Count > 0)
            throw new NotCompilableException();
        var parameter = function.Parameters[0].Name;
        var point = Compile(call.Arguments[0], locals);
        if (!ShapeOfBody(function.Body, parameter, point.Shape).SequenceEqual(point.Shape)) throw new NotCompilableException();
        var at = new Dictionary<string, SlotTensor>(StringComparer.Ordinal) { [parameter] = point };
        var slope = Compile(Differentiator.Differentiate(function.Body, parameter, _scope), at);
        if (slope.Shape.SequenceEqual(point.Shape)) return slope;
        if (slope.IsScalar) return point with { Slots = point.Slots.Select(_ => slope.Slots[0]).ToArray() };
        throw new NotCompilableException();
    }

    /// <summary>f''(a): the symbolic second derivative at a, exactly as the evaluator computes it.</summary>
    private SlotTensor SecondDerivative(CallExpr call, IReadOnlyDictionary<string, SlotTensor> locals)
    {
        string parameter;
        Expr body;
        if (_scope.Functions.TryGetValue(call.Function, out var function))
        {
            if (function.Parameters.Count != 1 || call.Arguments.Count != 1 || call.Named.Count > 0) throw new NotCompilableException();
            (parameter, body) = (function.Parameters[0].Name, function.Body);
        }
        else if (Builtins.ElementwiseFunctions.All.ContainsKey(call.Function) && call.Arguments.Count >= 1)
        {
            parameter = "t";
            body = call with { Primes = 0, Arguments = [new NameExpr(parameter, default), .. call.Arguments.Skip(1)] };
        }
        else throw new NotCompilableException();
        var second = Differentiator.Differentiate(Differentiator.Differentiate(body, parameter, _scope), parameter, _scope);
        var point = Compile(call.Arguments[0], locals);
        return Compile(second, new Dictionary<string, SlotTensor>(StringComparer.Ordinal) { [parameter] = point });
    }

    /// <summary>The shape a function's body gives for an argument of the given shape, found by compiling it aside.</summary>
    private int[] ShapeOfBody(Expr body, string parameter, int[] shape)
    {
        var aside = new ScalarCompiler(_scope);
        var count = shape.Aggregate(1, (a, b) => a * b);
        var argument = new SlotTensor(shape, Enumerable.Range(0, count).Select(_ => aside._builder.Parameter()).ToArray());
        return aside.Compile(body, new Dictionary<string, SlotTensor>(StringComparer.Ordinal) { [parameter] = argument }).Shape;
    }
}
