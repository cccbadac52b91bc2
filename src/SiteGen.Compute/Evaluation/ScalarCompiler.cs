using SiteGen.Compute.Builtins;
using SiteGen.Compute.Symbolic;
using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// Compiles an expression, already checked by the evaluator, into a <see cref="ScalarProgram"/>:
/// arrays are unrolled into their elements, user functions inlined, and derivatives written out
/// symbolically, so that every point costs only arithmetic on doubles. Names resolve as the
/// evaluator resolves them. What it cannot compile (grad of an expression, hessian, derivatives
/// of functions that reduce arrays) it declines, and the caller falls back to the evaluator.
/// The parser bounds the tree's depth, so the recursive walk is safe.
/// </summary>
internal sealed partial class ScalarCompiler
{
    private static readonly IReadOnlyDictionary<string, SlotTensor> NoLocals = new Dictionary<string, SlotTensor>();

    private readonly ProgramBuilder _builder = new();
    private readonly Scope _scope;
    private readonly Dictionary<string, SlotTensor> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlotTensor> _calls = new(StringComparer.Ordinal);

    private ScalarCompiler(Scope scope) => _scope = scope;

    /// <summary>The program for a scalar-valued <paramref name="expr"/>, or null where only the evaluator can compute it.</summary>
    public static ScalarProgram? TryCompile(Expr expr, Scope scope, IReadOnlyList<string> parameters)
    {
        var compiler = new ScalarCompiler(scope);
        try
        {
            var locals = new Dictionary<string, SlotTensor>(StringComparer.Ordinal);
            var slots = new int[parameters.Count];
            for (var i = 0; i < parameters.Count; i++) locals[parameters[i]] = SlotTensor.Scalar(slots[i] = compiler._builder.Parameter());
            var result = compiler.Compile(expr, locals);
            return result.IsScalar ? compiler._builder.Build(slots, result.Slots[0]) : null;
        }
        catch (Exception e) when (e is NotCompilableException or SymbolicException or ShapeException)
        {
            return null;
        }
    }

    private SlotTensor Compile(Expr expr, IReadOnlyDictionary<string, SlotTensor> locals) => expr switch
    {
        NumberExpr number => SlotTensor.Scalar(_builder.Constant(number.Value)),
        NameExpr name => Name(name.Name, locals),
        UnaryExpr { Operator: '-' } unary => Map(Compile(unary.Operand, locals), slot => _builder.Emit(ScalarOperation.Negate, slot)),
        UnaryExpr unary => Compile(unary.Operand, locals),
        BinaryExpr { Operator: BinaryOperator.MatrixProduct } product => MatrixProduct(Compile(product.Left, locals), Compile(product.Right, locals)),
        BinaryExpr binary => Elementwise(Compile(binary.Left, locals), Compile(binary.Right, locals), Operation(binary.Operator)),
        ArrayExpr array => Array(array.Items.Select(item => Compile(item, locals)).ToList()),
        CallExpr call => Call(call, locals),
        _ => throw new NotCompilableException(),
    };

    private SlotTensor Name(string name, IReadOnlyDictionary<string, SlotTensor> locals)
    {
        if (locals.TryGetValue(name, out var local)) return local;
        if (_variables.TryGetValue(name, out var known)) return known;
        if (_scope.Variables.TryGetValue(name, out var value))
            return _variables[name] = new SlotTensor([.. value.Shape], value.Data.ToArray().Select(_builder.Constant).ToArray());
        return name switch
        {
            "pi" => SlotTensor.Scalar(_builder.Constant(Math.PI)),
            "e" => SlotTensor.Scalar(_builder.Constant(Math.E)),
            _ => throw new NotCompilableException(),
        };
    }

    private static ScalarOperation Operation(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => ScalarOperation.Add,
        BinaryOperator.Subtract => ScalarOperation.Subtract,
        BinaryOperator.Multiply => ScalarOperation.Multiply,
        BinaryOperator.Divide => ScalarOperation.Divide,
        _ => ScalarOperation.Power,
    };

    private static SlotTensor Map(SlotTensor value, Func<int, int> element) => value with { Slots = value.Slots.Select(element).ToArray() };

    /// <summary>A binary operation element by element, broadcast by the same plan the tensors use.</summary>
    private SlotTensor Elementwise(SlotTensor left, SlotTensor right, ScalarOperation operation)
    {
        if (left.IsScalar && right.IsScalar) return SlotTensor.Scalar(_builder.Emit(operation, left.Slots[0], right.Slots[0]));
        var plan = Broadcasting.PlanFor(Placeholder(left), Placeholder(right), operation.ToString());
        var slots = new int[plan.Left.Length];
        for (var i = 0; i < slots.Length; i++) slots[i] = _builder.Emit(operation, left.Slots[plan.Left[i]], right.Slots[plan.Right[i]]);
        return new SlotTensor([.. plan.Shape], slots);
    }

    private static Tensor Placeholder(SlotTensor value) => Tensor.WithShape(value.Shape, new double[value.Slots.Length]);

    /// <summary>`@` unrolled: each element is a running sum of products, in the order the tensors add them.</summary>
    private SlotTensor MatrixProduct(SlotTensor left, SlotTensor right)
    {
        var (m, k, n) = Broadcasting.ProductSizes(Placeholder(left), Placeholder(right));
        var slots = new int[m * n];
        for (var i = 0; i < m; i++)
            for (var j = 0; j < n; j++)
            {
                var total = -1;
                for (var t = 0; t < k; t++)
                {
                    var product = _builder.Emit(ScalarOperation.Multiply, left.Slots[i * k + t], right.Slots[t * n + j]);
                    total = total < 0 ? product : _builder.Emit(ScalarOperation.Add, total, product);
                }
                slots[i * n + j] = total;
            }
        int[] shape = (left.Rank, right.Rank) switch { (1, 1) => [], (1, 2) or (2, 1) => [m * n], _ => [m, n] };
        return new SlotTensor(shape, slots);
    }

    private static SlotTensor Array(List<SlotTensor> items)
    {
        if (items.Count == 0) throw new NotCompilableException();
        if (items.All(i => i.IsScalar)) return SlotTensor.Vector(items.Select(i => i.Slots[0]).ToArray());
        var columns = items[0].Slots.Length;
        if (items.Any(i => i.Rank != 1 || i.Slots.Length != columns)) throw new NotCompilableException();
        return new SlotTensor([items.Count, columns], items.SelectMany(i => i.Slots).ToArray());
    }

    private SlotTensor Call(CallExpr call, IReadOnlyDictionary<string, SlotTensor> locals)
    {
        if (call.Primes > Evaluator.MaxPrimes || call.Primes > 0 && call.Function is "grad" or "hessian" or "diff") throw new NotCompilableException();
        if (call.Function == "grad") return Gradient(call, locals);
        if (call.Function == "diff") return Diff(call, locals);
        if (call.Function == "hessian") throw new NotCompilableException();
        if (_scope.Functions.TryGetValue(call.Function, out var function))
            return call.Primes == 0 ? CallDefined(call, function, locals) : DerivativeOfDefined(call, function, locals);
        if (ElementwiseFunctions.All.TryGetValue(call.Function, out var builtin)) return CallBuiltin(call, builtin, locals);
        if (call.Primes == 0 && ArrayFunctions.All.ContainsKey(call.Function))
            return CallArrayFunction(call.Function, call.Arguments.Select(a => Compile(a, locals)).ToArray());
        throw new NotCompilableException();
    }

    private SlotTensor CallDefined(CallExpr call, FunctionDefinition function, IReadOnlyDictionary<string, SlotTensor> locals)
    {
        if (call.Arguments.Count != function.Parameters.Count || call.Named.Count > 0) throw new NotCompilableException();
        var values = call.Arguments.Select(a => Compile(a, locals)).ToArray();
        // A call with the same argument slots computes the same slots: share it, as the evaluator shares calls.
        var key = function.Name + "(" + string.Join(";", values.Select(v => string.Join(",", v.Shape) + ":" + string.Join(",", v.Slots))) + ")";
        if (_calls.TryGetValue(key, out var known)) return known;
        var arguments = new Dictionary<string, SlotTensor>(StringComparer.Ordinal);
        for (var i = 0; i < function.Parameters.Count; i++) arguments[function.Parameters[i].Name] = values[i];
        // The body sees its own parameters and the lesson's names, not the caller's locals, as in the evaluator.
        return _calls[key] = Compile(function.Body, arguments);
    }
}
