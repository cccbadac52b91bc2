using SiteGen.Compute.Builtins;
using SiteGen.Compute.Symbolic;
using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Evaluation;

/// <summary>The builtins, element by element: their values, their derivatives, and the array functions unrolled.</summary>
internal sealed partial class ScalarCompiler
{
    /// <summary>
    /// `sigmoid(x)` and `sigmoid'(x)`, with the builtin's own value and derivative, so kinks
    /// follow its conventions. Options (slope, alpha) come positionally or by name.
    /// </summary>
    private SlotTensor CallBuiltin(CallExpr call, ElementwiseFunction function, IReadOnlyDictionary<string, SlotTensor> locals)
    {
        if (call.Primes > 1) return HigherDerivativeOfBuiltin(call, function, locals);
        var options = Options(call, function, locals);
        var input = Compile(call.Arguments[0], locals);
        var (fixedOptions, optionSlots) = options.All(_builder.IsConstant)
            ? (options.Select(_builder.ValueOf).ToArray(), (int[]?)null)
            : (null, options);
        if (call.Primes == 0)
            return Map(input, x => _builder.Emit(ScalarOperation.Builtin, x, function: function, options: fixedOptions, inputs: optionSlots));
        // The slope of relu'(x) in its options would need mixed partials; the evaluator has them as formulas.
        if (optionSlots is not null) throw new NotCompilableException();
        var slopes = SlopeOfDerivative(function, input, options);
        var slots = new int[input.Slots.Length];
        for (var i = 0; i < slots.Length; i++)
            slots[i] = _builder.Emit(ScalarOperation.BuiltinSlope, input.Slots[i], slopes.Slots[slopes.IsScalar ? 0 : i], function, fixedOptions);
        return input with { Slots = slots };
    }

    private int[] Options(CallExpr call, ElementwiseFunction function, IReadOnlyDictionary<string, SlotTensor> locals)
    {
        if (call.Arguments.Count < 1 || call.Arguments.Count > 1 + function.Parameters.Count) throw new NotCompilableException();
        var names = function.Parameters.Select(p => p.Name).ToList();
        var options = function.Parameters.Select(p => _builder.Constant(p.Default)).ToArray();
        for (var i = 1; i < call.Arguments.Count; i++) options[i - 1] = ScalarSlot(Compile(call.Arguments[i], locals));
        foreach (var named in call.Named)
        {
            var index = names.IndexOf(named.Name);
            if (index < 0) throw new NotCompilableException();
            options[index] = ScalarSlot(Compile(named.Value, locals));
        }
        return options;
    }

    /// <summary>
    /// The slope of a builtin's derivative, which the gradient of `relu'(x)` needs: its second
    /// derivative formula (kinks as step, whose slope is 0), computed only when a gradient is asked for.
    /// </summary>
    private SlotTensor SlopeOfDerivative(ElementwiseFunction function, SlotTensor input, int[] options)
    {
        _builder.GradientOnly++;
        try
        {
            var slopes = Compile(_scope.Derived.DerivativeOf(function, 2), FormulaLocals(input, options));
            return slopes.IsScalar || slopes.Shape.SequenceEqual(input.Shape) ? slopes : throw new NotCompilableException();
        }
        finally
        {
            _builder.GradientOnly--;
        }
    }

    private SlotTensor CallArrayFunction(string name, SlotTensor[] arguments)
    {
        var expected = name is "dot" or "max" or "min" ? 2 : 1;
        if (arguments.Length != expected) throw new NotCompilableException();
        var a = arguments[0];
        switch (name)
        {
            case "sum": return SlotTensor.Scalar(Sum(a.Slots));
            case "mean": return SlotTensor.Scalar(_builder.Emit(ScalarOperation.Divide, Sum(a.Slots), _builder.Constant(a.Slots.Length)));
            case "norm":
                var squares = a.Slots.Select(x => _builder.Emit(ScalarOperation.Multiply, x, x)).ToArray();
                return SlotTensor.Scalar(_builder.Emit(ScalarOperation.NormRoot, Sum(squares)));
            case "dot":
                if (a.Rank != 1 || arguments[1].Rank != 1 || a.Slots.Length != arguments[1].Slots.Length) throw new NotCompilableException();
                return MatrixProduct(a, arguments[1]);
            case "logsumexp": return SlotTensor.Scalar(_builder.Emit(ScalarOperation.LogSumExp, a.Slots[0], inputs: a.Slots));
            case "softmax": return Softmax(a);
            case "max": return Elementwise(a, arguments[1], ScalarOperation.Max);
            case "min": return Elementwise(a, arguments[1], ScalarOperation.Min);
            default: throw new NotCompilableException();
        }
    }

    /// <summary>Adds left to right, as the tensors' reductions do.</summary>
    private int Sum(int[] slots)
    {
        var total = slots[0];
        for (var i = 1; i < slots.Length; i++) total = _builder.Emit(ScalarOperation.Add, total, slots[i]);
        return total;
    }

    /// <summary>softmax(v)ᵢ = e^(vᵢ − logsumexp(v)): stable, and differentiable through the instructions it is made of.</summary>
    private SlotTensor Softmax(SlotTensor v)
    {
        if (v.Rank != 1) throw new NotCompilableException();
        var exp = ElementwiseFunctions.All["exp"];
        var total = _builder.Emit(ScalarOperation.LogSumExp, v.Slots[0], inputs: v.Slots);
        return Map(v, x => _builder.Emit(ScalarOperation.Builtin, _builder.Emit(ScalarOperation.Subtract, x, total), function: exp, options: []));
    }

    private static int ScalarSlot(SlotTensor value) => value.IsScalar ? value.Slots[0] : throw new NotCompilableException();
}
