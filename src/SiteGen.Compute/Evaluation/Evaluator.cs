using SiteGen.Compute.Autodiff;
using SiteGen.Compute.Builtins;
using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// Evaluates expressions to values, recording on a tape what depends on the variables being
/// differentiated. The parser bounds the tree's depth, so walking it recursively is safe.
/// Errors stop at the first one, with the span of its cause.
///
/// Names resolve lexically: an expression sees its locals (a function's parameters, a figure's
/// variables), then the lesson's variables; a function's body sees its own parameters, then the
/// lesson's variables, never its caller's locals. When grad differentiates by a lesson variable,
/// <see cref="_variables"/> holds its tape leaf, which stands in for the variable wherever it is
/// read, inside every function body.
/// </summary>
internal sealed partial class Evaluator
{
    private static readonly IReadOnlyDictionary<string, Node> NoLocals = new Dictionary<string, Node>();

    private readonly Scope _scope;

    /// <summary>This evaluation's record of operations; each derivative computed by reverse mode inside it has a tape of its own.</summary>
    private readonly Tape _tape;

    /// <summary>Lesson variables being differentiated: by this tape (leaves), or by an enclosing one (hidden constants).</summary>
    private readonly Dictionary<string, Node> _variables;

    private readonly CallMemo _calls = new();
    private readonly ComputeBudget _budget;

    public Evaluator(Scope scope)
        : this(scope, new Tape(), new Dictionary<string, Node>(StringComparer.Ordinal), new ComputeBudget(scope.OperationLimit)) { }

    private Evaluator(Scope scope, Tape tape, Dictionary<string, Node> variables, ComputeBudget budget)
    {
        _scope = scope;
        _tape = tape;
        _variables = variables;
        _budget = budget;
    }

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
    /// The value of <paramref name="expr"/> with <paramref name="names"/> bound to numbers as its
    /// locals; when <paramref name="gradient"/> is not empty, also the gradient with respect to them (reverse mode).
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

    private Node Eval(Expr expr, IReadOnlyDictionary<string, Node> locals)
    {
        var node = expr switch
        {
            NumberExpr number => Node.Constant(Tensor.Scalar(number.Value)),
            NameExpr name => Name(name, locals),
            UnaryExpr unary => unary.Operator == '-' ? Operations.Negate(_tape, Eval(unary.Operand, locals)) : Eval(unary.Operand, locals),
            BinaryExpr binary => Binary(binary, locals),
            ArrayExpr array => Array(array, locals),
            CallExpr call => Call(call, locals),
            _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name),
        };
        _budget.Spend(node.Value.Count, expr.Span);
        return node;
    }

    private Node Name(NameExpr name, IReadOnlyDictionary<string, Node> locals)
    {
        if (locals.TryGetValue(name.Name, out var local)) return local;
        if (_variables.TryGetValue(name.Name, out var variable)) return variable;
        if (_scope.Variables.TryGetValue(name.Name, out var value)) return Node.Constant(value);
        return name.Name switch
        {
            "pi" => Node.Constant(Tensor.Scalar(Math.PI)),
            "e" => Node.Constant(Tensor.Scalar(Math.E)),
            _ => throw UnknownName(name, _scope, locals.Keys.ToHashSet()),
        };
    }

    private Node Binary(BinaryExpr binary, IReadOnlyDictionary<string, Node> locals)
    {
        var left = Eval(binary.Left, locals);
        var right = Eval(binary.Right, locals);
        if (binary.Operator == BinaryOperator.MatrixProduct && left.Value.Rank > 0 && right.Value.Rank > 0)
            _budget.Spend((long)left.Value.Count * right.Value.Count / Math.Max(1, right.Value.Rank == 2 ? right.Value.Shape[1] : 1), binary.OperatorSpan);
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
        var items = new List<Node>(array.Items.Count);
        var total = 0L;
        foreach (var item in array.Items)
        {
            var value = Eval(item, locals);
            // Checked as the rows arrive, so a literal of huge rows stops before they all exist.
            if ((total += value.Value.Count) > Tensor.MaxElements)
                throw Fail(ExpressionError.Codes.BadValue, $"this array would hold more than {Tensor.MaxElements} elements, the most a value may hold", array.Span);
            items.Add(value);
        }
        if (items.Count == 0) throw Fail(ExpressionError.Codes.BadValue, "an array needs at least one element", array.Span);
        Tensor stacked;
        if (items.All(i => i.Value.IsScalar)) stacked = Tensor.Vector(items.Select(i => i.Value[0]).ToArray());
        else if (items.All(i => i.Value.Rank == 1))
        {
            var columns = items[0].Value.Count;
            for (var row = 1; row < items.Count; row++)
                if (items[row].Value.Count != columns)
                    throw Fail(ExpressionError.Codes.BadValue,
                        $"the rows of a matrix must have one length: row 1 has {columns} elements, row {row + 1} has {items[row].Value.Count}",
                        array.Items[row].Span);
            stacked = Tensor.Matrix(items.Count, columns, items.SelectMany(i => i.Value.Data.ToArray()).ToArray());
        }
        else throw Fail(ExpressionError.Codes.BadValue, "an array holds numbers (a vector) or vectors of one length (a matrix)", array.Span);
        return Operations.Stack(_tape, items, stacked);
    }

    private Node Call(CallExpr call, IReadOnlyDictionary<string, Node> locals)
    {
        switch (call.Function)
        {
            case "grad" or "hessian" when call.Primes > 0: throw NotDifferentiable(call);
            case "grad": return Gradient(call, locals);
            case "hessian": return Hessian(call, locals);
            case "diff": return Diff(call, locals);
        }
        if (call.Primes > MaxPrimes)
            throw Fail(ExpressionError.Codes.Symbolic, $"' takes derivatives up to order {MaxPrimes}, not {call.Primes}", call.FunctionSpan);
        if (call.Primes >= 2) return HigherDerivative(call, locals);
        if (_scope.Functions.TryGetValue(call.Function, out var function))
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
        throw UnknownFunction(call, _scope);
    }

    /// <summary>Beyond the fourth, derivative formulas grow faster than they teach anything.</summary>
    public const int MaxPrimes = 4;

    private Node CallDefined(CallExpr call, FunctionDefinition function, IReadOnlyDictionary<string, Node> locals)
    {
        RejectNamed(call, []);
        ExpectArguments(call, function.Parameters.Count);
        var values = call.Arguments.Select(a => Eval(a, locals)).ToArray();
        if (_calls.TryGet(function, values, out var known)) return known;
        var result = Eval(function.Body, Arguments(function, values));
        _calls.Add(function, values, result);
        return result;
    }

    private Node CallElementwise(CallExpr call, ElementwiseFunction function, IReadOnlyDictionary<string, Node> locals)
    {
        var options = Options(call, function, locals);
        var input = Eval(call.Arguments[0], locals);
        if (call.Primes == 0) return Operations.Elementwise(_tape, input, function, options);
        // relu'(x) as a number, unless a gradient must flow through it: then as its formula, which the tape can differentiate.
        if (!input.RequiresGrad && !options.Any(o => o.RequiresGrad)) return Operations.ElementwiseDerivative(_tape, input, function, options);
        return BuiltinFormula(function, 1, input, options, call.Span);
    }

    /// <summary>A builtin's options (slope, alpha), positional or named, each a scalar node so that gradients reach them.</summary>
    private Node[] Options(CallExpr call, ElementwiseFunction function, IReadOnlyDictionary<string, Node> locals)
    {
        var names = function.Parameters.Select(p => p.Name).ToArray();
        RejectNamed(call, names);
        ExpectArguments(call, 1, names.Length);
        var options = function.Parameters.Select(p => Node.Constant(Tensor.Scalar(p.Default))).ToArray();
        for (var i = 1; i < call.Arguments.Count; i++) options[i - 1] = ScalarArgument(call.Arguments[i], locals, names[i - 1]);
        foreach (var named in call.Named) options[System.Array.IndexOf(names, named.Name)] = ScalarArgument(named.Value, locals, named.Name);
        return options;
    }

    private Node ScalarArgument(Expr expr, IReadOnlyDictionary<string, Node> locals, string name)
    {
        var value = Eval(expr, locals);
        return value.Value.IsScalar ? value
            : throw Fail(ExpressionError.Codes.Arguments, $"'{name}' must be a number, not an array of shape {value.Value.ShapeText}", expr.Span);
    }
}
