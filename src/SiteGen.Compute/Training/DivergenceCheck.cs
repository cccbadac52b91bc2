using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SiteGen.Compute.Training;

/// <summary>Tells whether a whole-set measurement stopped being finite, and says where, for the author.</summary>
internal static class DivergenceCheck
{
    /// <summary>
    /// Null when the loss and every gradient are finite. Otherwise the epoch, the layer (from 1)
    /// and what: for a loss, the first layer whose pre-activations are not finite (the last when all
    /// are, and the loss alone overflowed); for a gradient, the first layer whose gradient is not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Divergence? Of(int epoch, double loss, NetworkShape shape, BatchPass pass, ReadOnlySpan<double> gradient)
    {
        if (!double.IsFinite(loss))
        {
            var layer = pass.FirstNonFiniteLayer();
            return new Divergence(epoch, (layer < 0 ? shape.LayerCount - 1 : layer) + 1, $"the loss is {Describe(loss)}");
        }
        for (var l = 0; l < shape.LayerCount; l++)
        {
            if (FirstNonFinite(gradient.Slice(shape.WeightOffset(l), shape.WeightCount(l))) is { } weight)
                return new Divergence(epoch, l + 1, $"layer {l + 1}'s weight gradient is {Describe(weight)}");
            if (FirstNonFinite(gradient.Slice(shape.BiasOffset(l), shape.UnitsOf(l))) is { } bias)
                return new Divergence(epoch, l + 1, $"layer {l + 1}'s bias gradient is {Describe(bias)}");
        }
        return null;
    }

    /// <summary>
    /// Null when every parameter is finite. A step can send a weight to infinity while the loss and
    /// the gradients stay finite (a ReLU unit pushed to −∞ outputs 0 and passes back 0), and such a
    /// network is as broken as one whose loss overflowed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Divergence? OfParameters(int epoch, NetworkShape shape, ReadOnlySpan<double> parameters)
    {
        for (var l = 0; l < shape.LayerCount; l++)
        {
            if (FirstNonFinite(parameters.Slice(shape.WeightOffset(l), shape.WeightCount(l))) is { } weight)
                return new Divergence(epoch, l + 1, $"a weight of layer {l + 1} is {Describe(weight)}");
            if (FirstNonFinite(parameters.Slice(shape.BiasOffset(l), shape.UnitsOf(l))) is { } bias)
                return new Divergence(epoch, l + 1, $"a bias of layer {l + 1} is {Describe(bias)}");
        }
        return null;
    }

    public static string Message(Divergence divergence)
    {
        var where = divergence.What.StartsWith("the loss", StringComparison.Ordinal)
            ? $" (layer {divergence.Layer} is the first whose values are not finite)"
            : "";
        return $"the run diverged at epoch {divergence.Epoch}: {divergence.What}{where}; " +
            "lower 'lr', clip gradients with 'clip-norm', or set 'allow-divergence: true' if divergence is the point";
    }

    private static double? FirstNonFinite(ReadOnlySpan<double> values)
    {
        if (AllFinite(values)) return null;
        foreach (var v in values)
            if (!double.IsFinite(v)) return v;
        return null;
    }

    /// <summary>Whether every value is finite, checked every epoch, so without a branch per value: x · 0 is NaN exactly when x is not finite, and a sum keeps a NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        var i = 0;
        var zeros = 0.0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<double>.Count)
        {
            var total = Vector<double>.Zero;
            foreach (var block in MemoryMarshal.Cast<double, Vector<double>>(values)) total += block * Vector<double>.Zero;
            zeros = Vector.Sum(total);
            i = values.Length / Vector<double>.Count * Vector<double>.Count;
        }
        for (; i < values.Length; i++) zeros += values[i] * 0;
        return zeros == 0;
    }

    private static string Describe(double value) => double.IsNaN(value) ? "NaN" : "infinite";
}
