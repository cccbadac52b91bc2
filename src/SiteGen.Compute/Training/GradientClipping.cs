using System.Runtime.CompilerServices;

namespace SiteGen.Compute.Training;

/// <summary>
/// Clipping before each optimiser step, as <c>clip_grad_value_</c> and <c>clip_grad_norm_</c> do.
/// A run that gives both clamps each element first and then scales by the norm, the order a
/// training loop calling the two in turn would have; the norm is then the one that holds.
/// </summary>
internal static class GradientClipping
{
    /// <summary>torch's margin in clip_grad_norm_'s coefficient, max_norm / (total + 1e-6).</summary>
    private const double NormMargin = 1e-6;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Apply(NetworkShape shape, double? clipValue, double? clipNorm, Span<double> gradient)
    {
        if (clipValue is { } value)
            for (var i = 0; i < gradient.Length; i++) gradient[i] = Math.Clamp(gradient[i], -value, value);
        if (clipNorm is not { } maxNorm) return;
        var coefficient = maxNorm / (TotalNorm(shape, gradient) + NormMargin);
        if (coefficient < 1)
            for (var i = 0; i < gradient.Length; i++) gradient[i] *= coefficient;
    }

    /// <summary>The norm of the per-tensor norms: each layer's weight tensor, then its bias tensor, in order.</summary>
    public static double TotalNorm(NetworkShape shape, ReadOnlySpan<double> gradient)
    {
        var squares = 0.0;
        for (var l = 0; l < shape.LayerCount; l++)
        {
            var weights = FixedOrder.Norm(gradient.Slice(shape.WeightOffset(l), shape.WeightCount(l)));
            var biases = FixedOrder.Norm(gradient.Slice(shape.BiasOffset(l), shape.UnitsOf(l)));
            squares += weights * weights;
            squares += biases * biases;
        }
        return Math.Sqrt(squares);
    }

    public static void Check(double? clipValue, double? clipNorm)
    {
        if (clipValue is { } value && !(value > 0 && double.IsFinite(value)))
            throw new ArgumentOutOfRangeException(nameof(clipValue), value, "clip-value must be a positive number");
        if (clipNorm is { } norm && !(norm > 0 && double.IsFinite(norm)))
            throw new ArgumentOutOfRangeException(nameof(clipNorm), norm, "clip-norm must be a positive number");
    }
}
