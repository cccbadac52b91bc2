using SiteGen.Compute.Builtins;

namespace SiteGen.Compute.Evaluation;

/// <summary>What a <see cref="ScalarInstruction"/> computes.</summary>
internal enum ScalarOperation : byte
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
    Negate,
    Max,
    Min,
    /// <summary>An elementwise builtin's value.</summary>
    Builtin,
    /// <summary>An elementwise builtin's derivative (`relu'(x)`); its own slope is read from slot <see cref="ScalarInstruction.Right"/>.</summary>
    BuiltinSlope,
    /// <summary>The square root that ends a norm: its slope at 0 is 0, as the norm's gradient is at the zero vector (PyTorch).</summary>
    NormRoot,
    /// <summary>log Σ e^v over <see cref="ScalarInstruction.Inputs"/>, shifted by the maximum.</summary>
    LogSumExp,
}

/// <summary>
/// One step of a <see cref="ScalarProgram"/>: reads the slots it names and writes one number to
/// <see cref="Output"/>. Unused operands are -1.
/// </summary>
internal readonly record struct ScalarInstruction(
    ScalarOperation Operation,
    int Output,
    int Left,
    int Right = -1,
    ElementwiseFunction? Function = null,
    double[]? Options = null,
    int[]? Inputs = null,
    bool GradientOnly = false)
{
    /// <summary>
    /// A builtin's options (slope, alpha): fixed numbers in <see cref="Options"/>, or else read
    /// from the slots in <see cref="Inputs"/> when they depend on the parameters.
    /// </summary>
    public double[] OptionsAt(ReadOnlySpan<double> slots)
    {
        if (Options is not null) return Options;
        var options = new double[Inputs!.Length];
        for (var i = 0; i < options.Length; i++) options[i] = slots[Inputs[i]];
        return options;
    }
}
