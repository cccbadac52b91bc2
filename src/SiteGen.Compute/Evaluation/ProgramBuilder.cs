using System.Runtime.InteropServices;
using SiteGen.Compute.Builtins;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// A value while an expression is compiled: the slots that will hold its elements (row-major)
/// and its shape, [] for a scalar. Shapes are known before any point is evaluated.
/// </summary>
internal sealed record SlotTensor(int[] Shape, int[] Slots)
{
    public bool IsScalar => Shape.Length == 0;
    public int Rank => Shape.Length;
    public static SlotTensor Scalar(int slot) => new([], [slot]);
    public static SlotTensor Vector(int[] slots) => new([slots.Length], slots);
}

/// <summary>
/// Writes a <see cref="ScalarProgram"/> one instruction at a time. Operations whose operands are
/// all constants are computed at once, so a program keeps only the work that depends on the parameters.
/// </summary>
internal sealed class ProgramBuilder
{
    /// <summary>Beyond this, unrolling arrays into single numbers costs more than the general evaluator.</summary>
    public const int MaxSlots = 1 << 20;

    private readonly List<double> _template = [];
    private readonly List<bool> _constant = [];
    private readonly List<ScalarInstruction> _instructions = [];

    /// <summary>While positive, instructions serve only the gradient (the slopes of derivative builtins).</summary>
    public int GradientOnly { get; set; }

    public int Constant(double value) => NewSlot(value, constant: true);

    public int Parameter() => NewSlot(0, constant: false);

    public int Emit(ScalarOperation operation, int left, int right = -1, ElementwiseFunction? function = null,
        double[]? options = null, int[]? inputs = null)
    {
        var instruction = new ScalarInstruction(operation, _template.Count, left, right, function, options, inputs, GradientOnly > 0);
        if (IsConstant(left) && IsConstant(right) && (inputs is null || inputs.All(IsConstant)))
            return Constant(ScalarProgram.Compute(instruction, CollectionsMarshal.AsSpan(_template)));
        var output = NewSlot(0, constant: false);
        _instructions.Add(instruction);
        return output;
    }

    public bool IsConstant(int slot) => slot < 0 || _constant[slot];

    public double ValueOf(int slot) => _template[slot];

    public ScalarProgram Build(int[] parameterSlots, int result) =>
        new([.. _template], parameterSlots, [.. _instructions], result);

    private int NewSlot(double value, bool constant)
    {
        if (_template.Count >= MaxSlots) throw new NotCompilableException();
        _template.Add(value);
        _constant.Add(constant);
        return _template.Count - 1;
    }
}

/// <summary>Something the scalar compiler leaves to the general evaluator; never escapes the compiler.</summary>
internal sealed class NotCompilableException : Exception;
