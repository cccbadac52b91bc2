using SiteGen.Compute.Builtins;
using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// Evaluates expressions to values. The parser bounds the tree's depth, so walking it
/// recursively is safe. Errors stop at the first one, with the span of its cause.
/// </summary>
internal sealed class Evaluator(Scope scope)
{
    private static readonly IReadOnlyDictionary<string, Tensor> NoLocals = new Dictionary<string, Tensor>();

    public static bool IsBuiltin(string name) => ElementwiseFunctions.All.ContainsKey(name) || ArrayFunctions.All.ContainsKey(name);

    public Tensor Evaluate(Expr expr)
    {
        var value = Eval(expr, NoLocals);
        if (!value.AllFinite())
            throw Fail(ExpressionError.Codes.NotFinite, $"the result is not a finite number: {value}", expr.Span);
        return value;
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
                foreach (var argument in call.Arguments) CheckNames(argument, scope, parameters);
                foreach (var named in call.Named) CheckNames(named.Value, scope, parameters);
                break;
        }
    }

    private Tensor Eval(Expr expr, IReadOnlyDictionary<string, Tensor> locals) => expr switch
    {
        NumberExpr number => Tensor.Scalar(number.Value),
        NameExpr name => Name(name, locals),
        UnaryExpr unary => unary.Operator == '-' ? Eval(unary.Operand, locals).Map(x => -x) : Eval(unary.Operand, locals),
        BinaryExpr binary => Binary(binary, locals),
        ArrayExpr array => Array(array, locals),
        CallExpr call => Call(call, locals),
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name),
    };

    private Tensor Name(NameExpr name, IReadOnlyDictionary<string, Tensor> locals)
    {
        if (locals.TryGetValue(name.Name, out var local)) return local;
        if (scope.Variables.TryGetValue(name.Name, out var value)) return value;
        return name.Name switch
        {
            "pi" => Tensor.Scalar(Math.PI),
            "e" => Tensor.Scalar(Math.E),
            _ => throw UnknownName(name, scope, locals.Keys.ToHashSet()),
        };
    }

    private Tensor Binary(BinaryExpr binary, IReadOnlyDictionary<string, Tensor> locals)
    {
        var left = Eval(binary.Left, locals);
        var right = Eval(binary.Right, locals);
        try
        {
            return binary.Operator switch
            {
                BinaryOperator.Add => Broadcasting.Apply(left, right, (a, b) => a + b, "+"),
                BinaryOperator.Subtract => Broadcasting.Apply(left, right, (a, b) => a - b, "-"),
                BinaryOperator.Multiply => Broadcasting.Apply(left, right, (a, b) => a * b, "*"),
                BinaryOperator.Divide => Broadcasting.Apply(left, right, (a, b) => a / b, "/"),
                BinaryOperator.Power => Broadcasting.Apply(left, right, Math.Pow, "^"),
                _ => Broadcasting.MatrixProduct(left, right),
            };
        }
        catch (ShapeException e)
        {
            throw Fail(ExpressionError.Codes.Shape, e.Message, binary.OperatorSpan);
        }
    }

    private Tensor Array(ArrayExpr array, IReadOnlyDictionary<string, Tensor> locals)
    {
        var items = array.Items.Select(item => Eval(item, locals)).ToList();
        if (items.Count == 0) throw Fail(ExpressionError.Codes.BadValue, "an array needs at least one element", array.Span);
        if (items.All(i => i.IsScalar)) return Tensor.Vector(items.Select(i => i[0]).ToArray());
        if (items.All(i => i.Rank == 1))
        {
            var columns = items[0].Count;
            for (var row = 1; row < items.Count; row++)
                if (items[row].Count != columns)
                    throw Fail(ExpressionError.Codes.BadValue,
                        $"the rows of a matrix must have one length: row 1 has {columns} elements, row {row + 1} has {items[row].Count}",
                        array.Items[row].Span);
            return Tensor.Matrix(items.Count, columns, items.SelectMany(i => i.Data.ToArray()).ToArray());
        }
        throw Fail(ExpressionError.Codes.BadValue, "an array holds numbers (a vector) or vectors of one length (a matrix)", array.Span);
    }

    private Tensor Call(CallExpr call, IReadOnlyDictionary<string, Tensor> locals)
    {
        if (scope.Functions.TryGetValue(call.Function, out var function)) return CallDefined(call, function, locals);
        if (ElementwiseFunctions.All.TryGetValue(call.Function, out var elementwise)) return CallElementwise(call, elementwise, locals);
        if (ArrayFunctions.All.TryGetValue(call.Function, out var array))
        {
            if (call.Primes > 0) throw NotDifferentiable(call);
            RejectNamed(call, []);
            ExpectArguments(call, array.Arity);
            try
            {
                return array.Apply(call.Arguments.Select(a => Eval(a, locals)).ToArray());
            }
            catch (ShapeException e)
            {
                throw Fail(ExpressionError.Codes.Shape, e.Message, call.Span);
            }
        }
        throw UnknownFunction(call, scope);
    }

    private Tensor CallDefined(CallExpr call, FunctionDefinition function, IReadOnlyDictionary<string, Tensor> locals)
    {
        if (call.Primes > 0) throw NotDifferentiable(call);
        RejectNamed(call, []);
        ExpectArguments(call, function.Parameters.Count);
        var arguments = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        for (var i = 0; i < function.Parameters.Count; i++) arguments[function.Parameters[i].Name] = Eval(call.Arguments[i], locals);
        return Eval(function.Body, arguments);
    }

    private Tensor CallElementwise(CallExpr call, ElementwiseFunction function, IReadOnlyDictionary<string, Tensor> locals)
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
        var apply = call.Primes == 1 ? function.Derivative : function.Value;
        return input.Map(x => apply(x, parameters));
    }

    private double ScalarArgument(Expr expr, IReadOnlyDictionary<string, Tensor> locals, string name)
    {
        var value = Eval(expr, locals);
        return value.IsScalar ? value[0]
            : throw Fail(ExpressionError.Codes.Arguments, $"'{name}' must be a number, not an array of shape {value.ShapeText}", expr.Span);
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
