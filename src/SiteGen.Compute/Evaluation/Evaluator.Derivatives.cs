using SiteGen.Compute.Autodiff;
using SiteGen.Compute.Builtins;
using SiteGen.Compute.Symbolic;
using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// Derivatives inside expressions. Each is computed one of two ways, and both are exact:
/// by reverse mode on a tape of its own (fast, and it handles array functions), or by
/// evaluating its formula on this tape (so that an enclosing grad can differentiate it in turn).
/// The formula is used whenever a gradient may flow through the derivative; when there is no
/// formula (array functions), reverse mode's result is marked hidden from this tape, and
/// backpropagating through it is an error rather than a silently wrong number.
/// </summary>
internal sealed partial class Evaluator
{
    /// <summary>Whether a value computed here may be differentiated by this tape: some variable of it is live.</summary>
    private bool Differentiating(Node? argument = null) => argument?.RequiresGrad == true || _variables.Values.Any(v => v.RequiresGrad);

    /// <summary>
    /// An evaluator for a derivative at <paramref name="at"/>, on a tape nested in this one. The
    /// variables this tape differentiates are constants there, marked hidden from this tape.
    /// </summary>
    private Evaluator Nested(TextSpan at) =>
        new(_scope, new Tape(_tape.Depth + 1), _variables.ToDictionary(p => p.Key, p => p.Value.DetachedFrom(_tape, at), StringComparer.Ordinal), _budget);

    private Dictionary<string, Node> Detached(IReadOnlyDictionary<string, Node> locals, TextSpan at) =>
        locals.ToDictionary(p => p.Key, p => p.Value.DetachedFrom(_tape, at), StringComparer.Ordinal);

    /// <summary>
    /// grad(f, [a, b]): the gradient of a scalar function of several arguments at a point;
    /// grad(EXPR, v): the gradient of a scalar expression with respect to the variable v, shaped like v.
    /// </summary>
    private Node Gradient(CallExpr call, IReadOnlyDictionary<string, Node> locals)
    {
        RejectNamed(call, []);
        ExpectArguments(call, 2);
        if (call.Arguments[0] is NameExpr named && _scope.Functions.TryGetValue(named.Name, out var function))
            return GradientOfFunction(call, function, Eval(call.Arguments[1], locals));
        return GradientOfExpression(call, locals);
    }

    private Node GradientOfFunction(CallExpr call, FunctionDefinition function, Node point)
    {
        var parameters = function.Parameters;
        if (parameters.Count > 1 && (point.Value.Rank != 1 || point.Value.Count != parameters.Count))
            throw Fail(ExpressionError.Codes.Arguments,
                $"'{function.Name}' takes {parameters.Count} arguments, so the point needs {parameters.Count} numbers, not shape {point.Value.ShapeText}",
                call.Arguments[1].Span);
        var formulas = Differentiating(point) ? parameters.Select((_, i) => Formula(() => _scope.Derived.PartialOf(function, i))).ToList() : null;
        if (formulas is not null && formulas.All(f => f is not null))
        {
            var at = Arguments(function, parameters.Count == 1 ? [point] : Coordinates(point));
            RequireScalar(Eval(function.Body, at), call.Arguments[0].Span);
            var partials = formulas.Select(formula => Eval(formula!, Localised(at))).ToList();
            return parameters.Count == 1 ? Shaped(call.Span, () => Operations.SumToShape(_tape, partials[0], point.Value))
                : Operations.Stack(_tape, partials, Tensor.Vector(partials.Select(p => p.Value.ScalarValue).ToArray()));
        }
        var inner = Nested(call.Span);
        var start = point.DetachedFrom(_tape, call.Span);
        List<Node> leaves = parameters.Count == 1 ? [inner._tape.Leaf(start)]
            : Enumerable.Range(0, parameters.Count).Select(i => inner._tape.Leaf(Node.HiddenConstant(Tensor.Scalar(start.Value[i]), start.Hidden))).ToList();
        var output = inner.Eval(function.Body, Arguments(function, leaves));
        inner.BackpropagateScalar(output, call.Arguments[0].Span);
        var gradient = leaves.Count == 1 ? Tape.GradientOf(leaves[0]) : Tensor.Vector(leaves.Select(l => l.Grad?[0] ?? 0).ToArray());
        return Node.HiddenConstant(gradient, output.Hidden);
    }

    /// <summary>
    /// A variable holds the value it was computed from w with, not the formula: grad(L, w) with
    /// L = sum(w^2) defined earlier would read 0. Refused, with the way to say it.
    /// </summary>
    private void RejectStaleVariables(CallExpr call, string name, IReadOnlyDictionary<string, Node> locals)
    {
        var read = VariableDependencies.Of(call.Arguments[0], _scope, locals.Keys.ToHashSet(StringComparer.Ordinal));
        var stale = read.Where(u => u != name && _scope.DependenciesOf(u).Contains(name)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (stale is null) return;
        throw Fail(ExpressionError.Codes.HiddenGradient,
            $"'{stale}' was computed from '{name}' when it was defined and holds only its value, so grad cannot follow '{name}' through it " +
            $"(its gradient would read 0); define it as a function of '{name}', such as {stale}({name}) = ..., and take grad({stale}({name}), {name})",
            call.Arguments[0].Span);
    }

    private Node GradientOfExpression(CallExpr call, IReadOnlyDictionary<string, Node> locals)
    {
        var name = (call.Arguments[1] as NameExpr)?.Name;
        var isLocal = name is not null && locals.ContainsKey(name);
        Node? current = name is null ? null
            : isLocal ? locals[name] : _variables.TryGetValue(name, out var tracked) ? tracked
            : _scope.Variables.TryGetValue(name, out var value) ? Node.Constant(value) : null;
        if (current is null)
            throw Fail(ExpressionError.Codes.Arguments,
                "grad takes a function and a point, grad(f, [3, 1]), or an expression and a defined variable, grad(sum(w), w)",
                call.Arguments[1].Span);
        if (!isLocal) RejectStaleVariables(call, name!, locals);
        if (Differentiating() && current.Value.IsScalar && Formula(() => _scope.Derived.GradientAt(call, locals.Keys.ToArray())) is { } formula)
        {
            RequireScalar(Eval(call.Arguments[0], locals), call.Arguments[0].Span);
            return Eval(formula, Localised(locals));
        }
        var inner = Nested(call.Span);
        var leaf = inner._tape.Leaf(current.DetachedFrom(_tape, call.Span));
        var innerLocals = Detached(locals, call.Span);
        if (isLocal) innerLocals[name!] = leaf;
        else inner._variables[name!] = leaf;
        var output = inner.Eval(call.Arguments[0], innerLocals);
        inner.BackpropagateScalar(output, call.Arguments[0].Span);
        return Node.HiddenConstant(Tape.GradientOf(leaf), output.Hidden);
    }

    /// <summary>
    /// f'(a) for a defined function of one argument. For a vector a, the derivative is taken element
    /// by element (as for builtins), which is the gradient of sum(f(a)) when f works element by element.
    /// </summary>
    private Node DerivativeOfDefined(CallExpr call, FunctionDefinition function, IReadOnlyDictionary<string, Node> locals)
    {
        var point = OnePoint(call, function, locals);
        if (Differentiating(point) && Formula(() => _scope.Derived.PartialOf(function, 0)) is { } formula)
            return SlopeAt(formula, function, point, call.Span);
        var inner = Nested(call.Span);
        var leaf = inner._tape.Leaf(point.DetachedFrom(_tape, call.Span));
        var output = inner.Eval(function.Body, Arguments(function, [leaf]));
        inner.BackpropagateScalar(output.Value.IsScalar ? output : Operations.Sum(inner._tape, output), call.Span);
        return Node.HiddenConstant(Tape.GradientOf(leaf), output.Hidden);
    }

    /// <summary>f''(a), relu'''(x), …: the exact formula of that order, evaluated at a on this tape.</summary>
    private Node HigherDerivative(CallExpr call, IReadOnlyDictionary<string, Node> locals)
    {
        if (_scope.Functions.TryGetValue(call.Function, out var function))
        {
            var point = OnePoint(call, function, locals);
            return SlopeAt(Symbolic(() => _scope.Derived.PartialOf(function, new int[call.Primes]), call.Span), function, point, call.Span);
        }
        if (ElementwiseFunctions.All.TryGetValue(call.Function, out var builtin))
        {
            var options = Options(call, builtin, locals);
            return BuiltinFormula(builtin, call.Primes, Eval(call.Arguments[0], locals), options, call.Span);
        }
        throw ArrayFunctions.All.ContainsKey(call.Function) ? NotDifferentiable(call) : UnknownFunction(call, _scope);
    }

    /// <summary>hessian(f, [a, b]): the matrix of f's second partial derivatives at the point, each exact.</summary>
    private Node Hessian(CallExpr call, IReadOnlyDictionary<string, Node> locals)
    {
        RejectNamed(call, []);
        ExpectArguments(call, 2);
        if (call.Arguments[0] is not NameExpr name || !_scope.Functions.TryGetValue(name.Name, out var function))
            throw Fail(ExpressionError.Codes.Arguments, "hessian takes a defined function and a point, as in hessian(f, [3, 1])", call.Arguments[0].Span);
        var point = Eval(call.Arguments[1], locals);
        var n = function.Parameters.Count;
        if (point.Value.Rank != 1 || point.Value.Count != n)
            throw Fail(ExpressionError.Codes.Arguments,
                $"'{name.Name}' takes {n} arguments, so the point needs {n} numbers, not shape {point.Value.ShapeText}", call.Arguments[1].Span);
        var at = Arguments(function, Coordinates(point));
        RequireScalar(Eval(function.Body, at), call.Arguments[0].Span);
        var entries = new List<Node>(n * n);
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                var (row, column) = (i, j);
                entries.Add(Eval(Symbolic(() => _scope.Derived.PartialOf(function, row, column), call.Span), Localised(at)));
            }
        return Operations.Stack(_tape, entries, Tensor.Matrix(n, n, entries.Select(e => e.Value.ScalarValue).ToArray()));
    }

    /// <summary>diff(E, x) where a number is wanted: its formula, evaluated here, so that f(x) = diff(x^3, x) works like 3*x^2.</summary>
    private Node Diff(CallExpr call, IReadOnlyDictionary<string, Node> locals)
    {
        var formula = Symbolic(() => _scope.Derived.DiffAt(call, locals.Keys.ToArray()), call.Span);
        try
        {
            return Eval(formula, Localised(locals));
        }
        catch (ExpressionErrorException e) when (e.Error.Code == ExpressionError.Codes.UnknownName)
        {
            throw Fail(ExpressionError.Codes.Symbolic,
                $"diff here gives the formula {ExpressionPrinter.Print(formula)}, which has no value until its names do: "
                + "define them, or write diff(...) alone to show the formula",
                call.Span);
        }
    }

    /// <summary>A builtin's derivative of order <paramref name="primes"/>, from its formula, on this tape.</summary>
    private Node BuiltinFormula(ElementwiseFunction builtin, int primes, Node input, Node[] options, TextSpan span)
    {
        var formula = Symbolic(() => _scope.Derived.DerivativeOf(builtin, primes), span);
        var at = new Dictionary<string, Node>(StringComparer.Ordinal) { [DerivedFormulas.BuiltinArgument] = input };
        for (var i = 0; i < options.Length; i++) at[DerivedFormulas.Option(i)] = options[i];
        return Eval(formula, at);
    }

    /// <summary>
    /// A derivative formula of a one-argument function, evaluated at the point on this tape and
    /// summed back to the point's shape: the derivative of sum(f(a)), as reverse mode takes it.
    /// </summary>
    private Node SlopeAt(Expr formula, FunctionDefinition function, Node point, TextSpan span)
    {
        var slope = Eval(formula, Localised(Arguments(function, [point])));
        return Shaped(span, () => Operations.SumToShape(_tape, slope, point.Value));
    }

    private Node OnePoint(CallExpr call, FunctionDefinition function, IReadOnlyDictionary<string, Node> locals)
    {
        if (function.Parameters.Count != 1)
            throw Fail(ExpressionError.Codes.Arguments,
                $"{call.Function}{new string('\'', call.Primes)} needs a function of one argument; '{call.Function}' takes {function.Parameters.Count}: use "
                + (call.Primes == 1 ? $"grad({call.Function}, [...])" : $"hessian({call.Function}, [...])"),
                call.FunctionSpan);
        RejectNamed(call, []);
        ExpectArguments(call, 1);
        return Eval(call.Arguments[0], locals);
    }

    private List<Node> Coordinates(Node point) => Enumerable.Range(0, point.Value.Count).Select(i => Operations.Element(_tape, point, i)).ToList();

    private static Dictionary<string, Node> Arguments(FunctionDefinition function, IReadOnlyList<Node> values)
    {
        var arguments = new Dictionary<string, Node>(StringComparer.Ordinal);
        for (var i = 0; i < function.Parameters.Count; i++) arguments[function.Parameters[i].Name] = values[i];
        return arguments;
    }

    /// <summary>Locals under the names they have in a derived formula.</summary>
    private static Dictionary<string, Node> Localised(IReadOnlyDictionary<string, Node> locals) =>
        locals.ToDictionary(p => Expansion.Local(p.Key), p => p.Value, StringComparer.Ordinal);

    /// <summary>The formula, or null when it has none (array functions): the caller then uses reverse mode.</summary>
    private static Expr? Formula(Func<Expr> derive)
    {
        try
        {
            return derive();
        }
        catch (SymbolicException)
        {
            return null;
        }
    }

    private static void RequireScalar(Node output, TextSpan span)
    {
        if (!output.Value.IsScalar)
            throw Fail(ExpressionError.Codes.Shape,
                $"grad needs a scalar to differentiate, but this is of shape {output.Value.ShapeText}; reduce it first, as in sum(...)", span);
    }

    private void BackpropagateScalar(Node output, TextSpan span)
    {
        RequireScalar(output, span);
        if (output.Hidden is { } hidden && hidden.From == _tape)
            throw Fail(ExpressionError.Codes.HiddenGradient,
                "this derivative cannot itself be differentiated, as the expression around it needs: it has no formula (its function uses "
                + "array functions such as sum or @), so it is computed by reverse mode on its own; move it out of the derivative around it, "
                + "or write its function with elementwise operations",
                hidden.At);
        _tape.Backpropagate(output);
    }
}
