namespace SiteGen.Compute.Evaluation;

/// <summary>
/// An expression compiled to a straight line of operations on numbers in numbered slots.
/// Constants sit in a template; each call copies it into a buffer of its own, so
/// one program serves any number of threads. The gradient walks the same line backwards.
/// </summary>
internal sealed class ScalarProgram(double[] template, int[] parameterSlots, ScalarInstruction[] instructions, int result) : IPointFunction
{
    /// <summary>Programs up to this many slots keep their buffers on the stack (sized to the program: zeroing is per call).</summary>
    private const int StackSlots = 256;

    /// <summary>The instructions a value needs: those that only serve the gradient are left out.</summary>
    private readonly ScalarInstruction[] _valueInstructions = instructions.Where(i => !i.GradientOnly).ToArray();

    public int SlotCount => template.Length;
    public int InstructionCount => instructions.Length;

    public double Evaluate(ReadOnlySpan<double> arguments)
    {
        Span<double> slots = template.Length <= StackSlots ? stackalloc double[template.Length] : new double[template.Length];
        Load(slots, arguments);
        foreach (ref readonly var instruction in _valueInstructions.AsSpan()) slots[instruction.Output] = Compute(instruction, slots);
        return slots[result];
    }

    public double ValueAndGradient(ReadOnlySpan<double> arguments, Span<double> gradient)
    {
        var large = template.Length > StackSlots;
        Span<double> slots = large ? new double[template.Length] : stackalloc double[template.Length];
        Span<double> adjoints = large ? new double[template.Length] : stackalloc double[template.Length];  // both start at zero
        Load(slots, arguments);
        foreach (ref readonly var instruction in instructions.AsSpan()) slots[instruction.Output] = Compute(instruction, slots);
        adjoints[result] = 1;
        for (var i = instructions.Length - 1; i >= 0; i--)
            if (!instructions[i].GradientOnly) Backward(instructions[i], slots, adjoints);
        for (var i = 0; i < parameterSlots.Length; i++) gradient[i] = adjoints[parameterSlots[i]];
        return slots[result];
    }

    private void Load(Span<double> slots, ReadOnlySpan<double> arguments)
    {
        template.CopyTo(slots);
        for (var i = 0; i < parameterSlots.Length; i++) slots[parameterSlots[i]] = arguments[i];
    }

    /// <summary>The instruction's value; also used by the compiler to fold constants.</summary>
    public static double Compute(in ScalarInstruction instruction, ReadOnlySpan<double> slots)
    {
        var x = slots[instruction.Left];
        return instruction.Operation switch
        {
            ScalarOperation.Add => x + slots[instruction.Right],
            ScalarOperation.Subtract => x - slots[instruction.Right],
            ScalarOperation.Multiply => x * slots[instruction.Right],
            ScalarOperation.Divide => x / slots[instruction.Right],
            ScalarOperation.Power => Math.Pow(x, slots[instruction.Right]),
            ScalarOperation.Negate => -x,
            ScalarOperation.Max => Math.Max(x, slots[instruction.Right]),
            ScalarOperation.Min => Math.Min(x, slots[instruction.Right]),
            ScalarOperation.Builtin => instruction.Function!.Value(x, instruction.OptionsAt(slots)),
            ScalarOperation.BuiltinSlope => instruction.Function!.Derivative(x, instruction.OptionsAt(slots)),
            ScalarOperation.NormRoot => Math.Sqrt(x),
            _ => LogSumExp(instruction.Inputs!, slots),
        };
    }

    /// <summary>
    /// Adds the instruction's share of the gradient into its operands' adjoints, with the same
    /// local derivatives as the tape's <see cref="Autodiff.Operations"/>.
    /// </summary>
    private static void Backward(in ScalarInstruction instruction, ReadOnlySpan<double> slots, Span<double> adjoints)
    {
        var g = adjoints[instruction.Output];
        var (left, right) = (instruction.Left, instruction.Right);
        var x = slots[left];
        var y = right >= 0 ? slots[right] : 0;
        switch (instruction.Operation)
        {
            case ScalarOperation.Add: adjoints[left] += g; adjoints[right] += g; break;
            case ScalarOperation.Subtract: adjoints[left] += g; adjoints[right] += g * -1; break;
            case ScalarOperation.Multiply: adjoints[left] += g * y; adjoints[right] += g * x; break;
            case ScalarOperation.Divide: adjoints[left] += g * (1 / y); adjoints[right] += g * (-x / (y * y)); break;
            case ScalarOperation.Power:
                adjoints[left] += g * (y == 0 ? 0 : y * Math.Pow(x, y - 1));
                adjoints[right] += g * (x > 0 ? Math.Pow(x, y) * Math.Log(x) : 0);
                break;
            case ScalarOperation.Negate: adjoints[left] += g * -1; break;
            case ScalarOperation.Max or ScalarOperation.Min:
                var leftWins = instruction.Operation == ScalarOperation.Max ? x > y : x < y;
                var rightWins = instruction.Operation == ScalarOperation.Max ? y > x : y < x;
                adjoints[left] += g * (leftWins ? 1 : x == y ? 0.5 : 0);
                adjoints[right] += g * (rightWins ? 1 : x == y ? 0.5 : 0);
                break;
            case ScalarOperation.Builtin:
                var options = instruction.OptionsAt(slots);
                adjoints[left] += g * instruction.Function!.Derivative(x, options);
                if (instruction.Inputs is { } optionSlots)
                    for (var k = 0; k < optionSlots.Length; k++) adjoints[optionSlots[k]] += g * instruction.Function.Parameters[k].Partial(x, options);
                break;
            case ScalarOperation.BuiltinSlope:
                adjoints[left] += g * y;
                break;
            case ScalarOperation.NormRoot:
                var root = slots[instruction.Output];
                adjoints[left] += root == 0 ? 0 : g * (0.5 / root);
                break;
            case ScalarOperation.LogSumExp:
                var total = slots[instruction.Output];
                foreach (var input in instruction.Inputs!) adjoints[input] += g * Math.Exp(slots[input] - total);
                break;
        }
    }

    /// <summary>The same sum as <see cref="Builtins.ArrayFunctions.LogSumExp"/>, read from slots.</summary>
    private static double LogSumExp(int[] inputs, ReadOnlySpan<double> slots)
    {
        var max = double.NegativeInfinity;
        foreach (var input in inputs) max = Math.Max(max, slots[input]);
        if (double.IsInfinity(max)) return max;
        var total = 0.0;
        foreach (var input in inputs) total += Math.Exp(slots[input] - max);
        return max + Math.Log(total);
    }
}
