using SiteGen.Compute.Builtins;
using SiteGen.Compute.Symbolic;
using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// Derivatives inside a compiled expression, `f'(x)`, `f''(x)`, `grad(f, [x, y])`, `diff(E, x)`:
/// each formula is derived once per scope (<see cref="DerivedFormulas"/>, capture-free) and
/// compiled like any other expression, so the gradient of a derivative is exact too.
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
        for (var i = 0; i < parameters.Count; i++) at[Expansion.Local(parameters[i].Name)] = SlotTensor.Scalar(point.Slots[i]);
        var partials = parameters.Select((_, i) => ScalarSlot(Compile(_scope.Derived.PartialOf(function, i), at))).ToArray();
        return parameters.Count == 1 ? SlotTensor.Scalar(partials[0]) : SlotTensor.Vector(partials);
    }

    /// <summary>
    /// f'(a), f''(a), … for a defined function of one argument. For an array a the evaluator takes
    /// the derivative of sum(f(a)); that is the elementwise derivative only when f(a) has a's shape,
    /// so other cases are declined.
    /// </summary>
    private SlotTensor DerivativeOfDefined(CallExpr call, FunctionDefinition function, IReadOnlyDictionary<string, SlotTensor> locals)
    {
        if (function.Parameters.Count != 1 || call.Arguments.Count != 1 || call.Named.Count > 0) throw new NotCompilableException();
        var parameter = function.Parameters[0].Name;
        var point = Compile(call.Arguments[0], locals);
        if (!ShapeOfBody(function.Body, parameter, point.Shape).SequenceEqual(point.Shape)) throw new NotCompilableException();
        var at = new Dictionary<string, SlotTensor>(StringComparer.Ordinal) { [Expansion.Local(parameter)] = point };
        return ShapedLike(Compile(_scope.Derived.PartialOf(function, new int[call.Primes]), at), point);
    }

    /// <summary>relu''(x) and beyond: the builtin's formula of that order, as the evaluator computes it.</summary>
    private SlotTensor HigherDerivativeOfBuiltin(CallExpr call, ElementwiseFunction builtin, IReadOnlyDictionary<string, SlotTensor> locals)
    {
        var options = Options(call, builtin, locals);
        var point = Compile(call.Arguments[0], locals);
        return ShapedLike(Compile(_scope.Derived.DerivativeOf(builtin, call.Primes), FormulaLocals(point, options)), point);
    }

    /// <summary>
    /// A derivative in the point's shape: as computed, or a scalar slope repeated for every element;
    /// any other shape is declined, since the evaluator would sum it back to the point's shape.
    /// </summary>
    private static SlotTensor ShapedLike(SlotTensor slope, SlotTensor point)
    {
        if (slope.Shape.SequenceEqual(point.Shape)) return slope;
        if (slope.IsScalar) return point with { Slots = point.Slots.Select(_ => slope.Slots[0]).ToArray() };
        throw new NotCompilableException();
    }

    /// <summary>diff(E, x) inside the expression: its formula, compiled like any other expression.</summary>
    private SlotTensor Diff(CallExpr call, IReadOnlyDictionary<string, SlotTensor> locals) =>
        Compile(_scope.Derived.DiffAt(call, locals.Keys.ToArray()),
            locals.ToDictionary(p => Expansion.Local(p.Key), p => p.Value, StringComparer.Ordinal));

    /// <summary>The names a builtin's derivative formula speaks of: its argument and its options.</summary>
    private static Dictionary<string, SlotTensor> FormulaLocals(SlotTensor input, int[] options)
    {
        var locals = new Dictionary<string, SlotTensor>(StringComparer.Ordinal) { [DerivedFormulas.BuiltinArgument] = input };
        for (var i = 0; i < options.Length; i++) locals[DerivedFormulas.Option(i)] = SlotTensor.Scalar(options[i]);
        return locals;
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
