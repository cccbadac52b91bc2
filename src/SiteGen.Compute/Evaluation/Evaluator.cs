using SiteGen.Compute.Autodiff;
using SiteGen.Compute.Builtins;
using SiteGen.Compute.Symbolic;
using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// Evaluates expressions to values. The parser bounds the tree's depth, so walking it
/// recursively is safe. Errors stop at the first one, with the span of its cause.
/// </summary>
internal sealed class Evaluator(Scope scope)
{
    private static readonly IReadOnlyDictionary<string, Node> NoLocals = new Dictionary<string, Node>();

    /// <summary>This evaluation's record of operations; each grad(...) differentiates on a tape of its own.</summary>
    private readonly Tape _tape = new();

    public static bool IsBuiltin(string name) =>
        ElementwiseFunctions.All.ContainsKey(name) || ArrayFunctions.All.ContainsKey(name) || name is "grad" or "hessian" or "diff";

    public Tensor Evaluate(Expr expr, bool allowNonFinite)
    {
        var value = Eval(expr, NoLocals).Value;
        if (!allowNonFinite && !value.AllFinite())
            throw Fail(ExpressionError.Codes.NotFinite, $"the result is not a finite number: {value}", expr.Span);
        return value;
    }

    /// <summary>
    /// The value of <paramref name="expr"/> with <paramref name="names"/> bound to numbers, which
    /// shadow the scope's variables without touching the scope; when <paramref name="gradient"/>
    /// is not empty, also the gradient with respect to them (reverse mode).
    /// </summary>
    public Tensor EvaluateAt(Expr expr, IReadOnlyList<string> names, ReadOnlySpan<double> values, Span<double> gradient)
    {
        var bound = new Dictionary<string, Node>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
            bound[names[i]] = gradient.IsEmpty ? Node.Constant(Tensor.Scalar(values[i])) : _tape.Leaf(Tensor.Scalar(values[i]));
        var output = Eval(expr, bound);
        if (gradient.IsEmpty) return output.Value;
        BackpropagateScalar(output, expr.Span);
        for (var i = 0; i < names.Count; i++) gradient[i] = bound[names[i]].Grad?[0] ?? 0;
        return output.Value;
    }

    /// <summary>Checks, when a function is defined, that every name in its body means something.</summary>
    public static void CheckNames(Expr body, Scope scope, IReadOnlySet<string> parameters)
    {
        switch (body)
        {
            case NameExpr name when !parameters.Contains(name.Name) && !scope.Variables.ContainsKey(name.Name) && !Calculator.Constants.Contains(name.Name):
                throw UnknownName(name, scope, parameters);
            case UnaryExpr unary: CheckNames(unary.Operand, scope, parameters); break;
            case BinaryExpr binary: CheckNames(binary.Left, scope, parameters); CheckNames(binary.Right, scope, parameters); break;
            case ArrayExpr array: foreach (var item in array.Items) CheckNames(item, scope, parameters); break;
            case CallExpr call:
                if (!IsBuiltin(call.Function) && !scope.Functions.ContainsKey(call.Function)) throw UnknownFunction(call, scope);
                foreach (var argument in call.Arguments)
                {
                    // grad(f, point) names a function without calling it.
                    if (call.Function is "grad" or "hessian" && argument is NameExpr { Name: var f } && scope.Functions.ContainsKey(f)) continue;
                    CheckNames(argument, scope, parameters);
                }
                foreach (var named in call.Named) CheckNames(named.Value, scope, parameters);
                break;
        }
    }

    private Node Eval(Expr expr, IReadOnlyDictionary<string, Node> locals) => expr switch
    {
        NumberExpr number => Node.Constant(Tensor.Scalar(number.Value)),
        NameExpr name => Name(name, locals),
        UnaryExpr unary => unary.Operator == '-' ? Operations.Negate(_tape, Eval(unary.Operand, locals)) : Eval(unary.Operand, locals),
        BinaryExpr binary => Binary(binary, locals),
        ArrayExpr array => Array(array, locals),
        CallExpr call => Call(call, locals),
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name),
    };

    private Node Name(NameExpr name, IReadOnlyDictionary<string, Node> locals)
    {
        if (locals.TryGetValue(name.Name, out var local)) return local;
        if (scope.Variables.TryGetValue(name.Name, out var value)) return Node.Constant(value);
        return name.Name switch
        {
            "pi" => Node.Constant(Tensor.Scalar(Math.PI)),
            "e" => Node.Constant(Tensor.Scalar(Math.E)),
            _ => throw UnknownName(name, scope, locals.Keys.ToHashSet()),
        };
    }

    private Node Binary(BinaryExpr binary, IReadOnlyDictionary<string, Node> locals)
    {
        var left = Eval(binary.Left, locals);
        var right = Eval(binary.Right, locals);
        return Shaped(binary.OperatorSpan, () => binary.Operator switch
        {
            BinaryOperator.Add => Operations.Add(_tape, left, right),
            BinaryOperator.Subtract => Operations.Subtract(_tape, left, right),
            BinaryOperator.Multiply => Operations.Multiply(_tape, left, right),
            BinaryOperator.Divide => Operations.Divide(_tape, left, right),
            BinaryOperator.Power => Operations.Power(_tape, left, right),
            _ => Operations.MatrixProduct(_tape, left, right),
        });
    }

    private Node Array(ArrayExpr array, IReadOnlyDictionary<string, Node> locals)
    {
        var items = array.Items.Select(item => Eval(item, locals)).ToList();
        if (items.Count == 0) throw Fail(ExpressionError.Codes.BadValue, "an array needs at least one element", array.Span);
        Tensor value;
        if (items.All(i => i.Value.IsScalar)) value = Tensor.Vector(items.Select(i => i.Value[0]).ToArray());
        else if (items.All(i => i.Value.Rank == 1))
        {
            var columns = items[0].Value.Count;
            for (var row = 1; row < items.Count; row++)
                if (items[row].Value.Count != columns)
                    throw Fail(ExpressionError.Codes.BadValue,
                        $"the rows of a matrix must have one length: row 1 has {columns} elements, row {row + 1} has {items[row].Value.Count}",
                        array.Items[row].Span);
            value = Tensor.Matrix(items.Count, columns, items.SelectMany(i => i.Value.Data.ToArray()).ToArray());
        }
        else throw Fail(ExpressionError.Codes.BadValue, "an array holds numbers (a vector) or vectors of one length (a matrix)", array.Span);
        return Operations.Stack(_tape, items, value);
    }

    private Node Call(CallExpr call, IReadOnlyDictionary<string, Node> locals)
    {
        if (call.Function == "grad" && !scope.Functions.ContainsKey("grad")) return Gradient(call, locals);
        if (call.Function == "hessian" && !scope.Functions.ContainsKey("hessian")) return Hessian(call, locals);
        if (call.Function is "diff") throw Fail(ExpressionError.Codes.UnknownFunction,
            "diff gives a formula, not a number: write it alone, as in diff(x^2, x)", call.FunctionSpan);
        if (call.Primes == 2) return SecondDerivative(call, locals);
        if (scope.Functions.TryGetValue(call.Function, out var function))
            return call.Primes == 0 ? CallDefined(call, function, locals) : DerivativeOfDefined(call, function, locals);
        if (ElementwiseFunctions.All.TryGetValue(call.Function, out var elementwise)) return CallElementwise(call, elementwise, locals);
        if (ArrayFunctions.All.TryGetValue(call.Function, out var array))
        {
            if (call.Arguments.Count == 1 && ArrayFunctions.Reductions.TryGetValue(call.Function, out var reduction)) array = reduction;
            if (call.Primes > 0) throw NotDifferentiable(call);
            RejectNamed(call, []);
            ExpectArguments(call, array.Arity);
            var arguments = call.Arguments.Select(a => Eval(a, locals)).ToArray();
            return Shaped(call.Span, () => array.Apply(_tape, arguments));
        }
        throw UnknownFunction(call, scope);
    }

    private Node CallDefined(CallExpr call, FunctionDefinition function, IReadOnlyDictionary<string, Node> locals)
    {
        RejectNamed(call, []);
        ExpectArguments(call, function.Parameters.Count);
        var arguments = new Dictionary<string, Node>(StringComparer.Ordinal);
        for (var i = 0; i < function.Parameters.Count; i++) arguments[function.Parameters[i].Name] = Eval(call.Arguments[i], locals);
        return Eval(function.Body, arguments);
    }

    /// <summary>
    /// f'(a) for a defined function of one argument: reverse mode through its body. For a vector
    /// a, the derivative is taken element by element (as for builtins), which is the gradient of
    /// sum(f(a)) when f works element by element.
    /// </summary>
    private Node DerivativeOfDefined(CallExpr call, FunctionDefinition function, IReadOnlyDictionary<string, Node> locals)
    {
        if (call.Primes > 1) throw NotDifferentiable(call);
        if (function.Parameters.Count != 1)
            throw Fail(ExpressionError.Codes.Arguments,
                $"'{call.Function}'' needs a function of one argument; '{call.Function}' takes {function.Parameters.Count}: use grad({call.Function}, [...])",
                call.FunctionSpan);
        RejectNamed(call, []);
        ExpectArguments(call, 1);
        var point = Eval(call.Arguments[0], locals).Value;
        var inner = new Evaluator(scope);
        var leaf = inner._tape.Leaf(point);
        var output = inner.Eval(function.Body, new Dictionary<string, Node> { [function.Parameters[0].Name] = leaf });
        inner.BackpropagateSum(output, call.Span);
        return Node.Constant(Tape.GradientOf(leaf));
    }

    /// <summary>
    /// grad(f, [a, b]): the gradient of a scalar function of several arguments at a point;
    /// grad(EXPR, v): the gradient of a scalar expression with respect to the defined variable v, shaped like v.
    /// </summary>
    private Node Gradient(CallExpr call, IReadOnlyDictionary<string, Node> locals)
    {
        RejectNamed(call, []);
        ExpectArguments(call, 2);
        var inner = new Evaluator(scope);
        if (call.Arguments[0] is NameExpr named && (scope.Functions.TryGetValue(named.Name, out var function)))
        {
            var point = Eval(call.Arguments[1], locals).Value;
            var parameters = function.Parameters;
            var arguments = new Dictionary<string, Node>(StringComparer.Ordinal);
            List<Node> leaves = [];
            if (parameters.Count == 1) leaves.Add(arguments[parameters[0].Name] = inner._tape.Leaf(point));
            else if (point.Rank == 1 && point.Count == parameters.Count)
                for (var i = 0; i < parameters.Count; i++) leaves.Add(arguments[parameters[i].Name] = inner._tape.Leaf(Tensor.Scalar(point[i])));
            else
                throw Fail(ExpressionError.Codes.Arguments,
                    $"'{named.Name}' takes {parameters.Count} arguments, so the point needs {parameters.Count} numbers, not shape {point.ShapeText}",
                    call.Arguments[1].Span);
            var output = inner.Eval(function.Body, arguments);
            inner.BackpropagateScalar(output, call.Arguments[0].Span);
            return Node.Constant(leaves.Count == 1 ? Tape.GradientOf(leaves[0]) : Tensor.Vector(leaves.Select(l => l.Grad?[0] ?? 0).ToArray()));
        }
        if (call.Arguments[1] is not NameExpr variable || !scope.Variables.TryGetValue(variable.Name, out var value))
            throw Fail(ExpressionError.Codes.Arguments,
                "grad takes a function and a point, grad(f, [3, 1]), or an expression and a defined variable, grad(sum(w), w)",
                call.Arguments[1].Span);
        var leaf = inner._tape.Leaf(value);
        var shadowed = new Dictionary<string, Node>(locals) { [variable.Name] = leaf };
        var result = inner.Eval(call.Arguments[0], shadowed);
        inner.BackpropagateScalar(result, call.Arguments[0].Span);
        return Node.Constant(Tape.GradientOf(leaf));
    }

    /// <summary>f''(a): the second derivative, from the exact symbolic derivative of f evaluated at a.</summary>
    private Node SecondDerivative(CallExpr call, IReadOnlyDictionary<string, Node> locals)
    {
        ElementwiseFunctions.All.TryGetValue(call.Function, out var builtin);
        RejectNamed(call, builtin?.Parameters.Select(p => p.Name).ToArray() ?? []);
        string parameter;
        Expr body;
        if (scope.Functions.TryGetValue(call.Function, out var function))
        {
            if (function.Parameters.Count != 1)
                throw Fail(ExpressionError.Codes.Arguments,
                    $"{call.Function}'' needs a function of one argument; use hessian({call.Function}, [...])", call.FunctionSpan);
            ExpectArguments(call, 1);
            (parameter, body) = (function.Parameters[0].Name, function.Body);
        }
        else if (builtin is not null)
        {
            ExpectArguments(call, 1, builtin.Parameters.Count);
            parameter = "t";
            body = call with { Primes = 0, Arguments = [new NameExpr(parameter, default), .. call.Arguments.Skip(1)] };
        }
        else throw UnknownFunction(call, scope);
        var second = Symbolic(() => Differentiator.Differentiate(Differentiator.Differentiate(body, parameter, scope), parameter, scope), call.Span);
        var point = Eval(call.Arguments[0], locals);
        return Node.Constant(Eval(second, new Dictionary<string, Node> { [parameter] = Node.Constant(point.Value) }).Value);
    }

    /// <summary>hessian(f, [a, b]): the matrix of f's second partial derivatives at the point, each exact.</summary>
    private Node Hessian(CallExpr call, IReadOnlyDictionary<string, Node> locals)
    {
        RejectNamed(call, []);
        ExpectArguments(call, 2);
        if (call.Arguments[0] is not NameExpr name || !scope.Functions.TryGetValue(name.Name, out var function))
            throw Fail(ExpressionError.Codes.Arguments, "hessian takes a defined function and a point, as in hessian(f, [3, 1])", call.Arguments[0].Span);
        var point = Eval(call.Arguments[1], locals).Value;
        var n = function.Parameters.Count;
        if (point.Rank != 1 || point.Count != n)
            throw Fail(ExpressionError.Codes.Arguments,
                $"'{name.Name}' takes {n} arguments, so the point needs {n} numbers, not shape {point.ShapeText}", call.Arguments[1].Span);
        var at = function.Parameters.Select((p, i) => (p.Name, Node: Node.Constant(Tensor.Scalar(point[i]))))
            .ToDictionary(p => p.Name, p => p.Node);
        var values = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            var first = Symbolic(() => Differentiator.Differentiate(function.Body, function.Parameters[i].Name, scope), call.Span);
            for (var j = 0; j < n; j++)
            {
                var second = Symbolic(() => Differentiator.Differentiate(first, function.Parameters[j].Name, scope), call.Span);
                values[i * n + j] = Eval(second, at).Value.ScalarValue;
            }
        }
        return Node.Constant(Tensor.Matrix(n, n, values));
    }

    private static Expr Symbolic(Func<Expr> derive, TextSpan span)
    {
        try
        {
            return derive();
        }
        catch (SymbolicException e)
        {
            throw Fail(ExpressionError.Codes.UnknownFunction, e.Message, e.Span == default ? span : e.Span);
        }
    }

    private void BackpropagateScalar(Node output, TextSpan span)
    {
        if (!output.Value.IsScalar)
            throw Fail(ExpressionError.Codes.Shape,
                $"grad needs a scalar to differentiate, but this is of shape {output.Value.ShapeText}; reduce it first, as in sum(...)", span);
        _tape.Backpropagate(output);
    }

    private void BackpropagateSum(Node output, TextSpan span) =>
        BackpropagateScalar(output.Value.IsScalar ? output : Operations.Sum(_tape, output), span);

    private Node CallElementwise(CallExpr call, ElementwiseFunction function, IReadOnlyDictionary<string, Node> locals)
    {
        if (call.Primes > 1) throw NotDifferentiable(call);
        var parameterNames = function.Parameters.Select(p => p.Name).ToArray();
        RejectNamed(call, parameterNames);
        if (call.Arguments.Count < 1 || call.Arguments.Count > 1 + function.Parameters.Count)
            ExpectArguments(call, 1, function.Parameters.Count);
        var parameters = function.Parameters.Select(p => p.Default).ToArray();
        for (var i = 1; i < call.Arguments.Count; i++) parameters[i - 1] = ScalarArgument(call.Arguments[i], locals, parameterNames[i - 1]);
        foreach (var named in call.Named)
            parameters[System.Array.IndexOf(parameterNames, named.Name)] = ScalarArgument(named.Value, locals, named.Name);
        var input = Eval(call.Arguments[0], locals);
        return call.Primes == 1
            ? Operations.ElementwiseDerivative(_tape, input, function, parameters)
            : Operations.Elementwise(_tape, input, function, parameters);
    }

    private double ScalarArgument(Expr expr, IReadOnlyDictionary<string, Node> locals, string name)
    {
        var value = Eval(expr, locals).Value;
        return value.IsScalar ? value[0]
            : throw Fail(ExpressionError.Codes.Arguments, $"'{name}' must be a number, not an array of shape {value.ShapeText}", expr.Span);
    }

    private static Node Shaped(TextSpan span, Func<Node> operation)
    {
        try
        {
            return operation();
        }
        catch (ShapeException e)
        {
            throw Fail(ExpressionError.Codes.Shape, e.Message, span);
        }
    }

    private static void RejectNamed(CallExpr call, string[] allowed)
    {
        foreach (var named in call.Named.Where(n => !allowed.Contains(n.Name)))
            throw Fail(ExpressionError.Codes.Arguments,
                allowed.Length == 0 ? $"'{call.Function}' takes no named arguments"
                    : $"'{call.Function}' has no argument '{named.Name}'; it takes {string.Join(", ", allowed)}" ,
                named.NameSpan);
    }

    private static void ExpectArguments(CallExpr call, int count, int optional = 0)
    {
        if (call.Arguments.Count >= count && call.Arguments.Count <= count + optional) return;
        var expected = optional == 0 ? $"{count}" : $"{count} to {count + optional}";
        throw Fail(ExpressionError.Codes.Arguments,
            $"'{call.Function}' takes {expected} argument{(count + optional == 1 ? "" : "s")}, but {call.Arguments.Count} {(call.Arguments.Count == 1 ? "was" : "were")} given",
            call.Span);
    }

    private static ExpressionErrorException NotDifferentiable(CallExpr call) =>
        Fail(ExpressionError.Codes.UnknownFunction,
            $"'{call.Function}{new string('\'', call.Primes)}' cannot be evaluated: ' differentiates the one-argument builtins once",
            call.FunctionSpan);

    private static ExpressionErrorException UnknownName(NameExpr name, Scope scope, IReadOnlySet<string> locals)
    {
        if (scope.Functions.ContainsKey(name.Name) || IsBuiltin(name.Name))
            return Fail(ExpressionError.Codes.UnknownName, $"'{name.Name}' is a function; call it, as in {name.Name}(x)", name.Span);
        var known = locals.Concat(scope.Variables.Keys).Concat(Calculator.Constants);
        return Fail(ExpressionError.Codes.UnknownName, $"unknown name '{name.Name}'{Suggestions.DidYouMean(name.Name, known)}", name.Span);
    }

    private static ExpressionErrorException UnknownFunction(CallExpr call, Scope scope)
    {
        var known = ElementwiseFunctions.All.Keys.Concat(ArrayFunctions.All.Keys).Concat(scope.Functions.Keys);
        return Fail(ExpressionError.Codes.UnknownFunction, $"unknown function '{call.Function}'{Suggestions.DidYouMean(call.Function, known)}",
            call.FunctionSpan);
    }

    private static ExpressionErrorException Fail(string code, string message, TextSpan span) => new(new ExpressionError(code, message, span));
}
