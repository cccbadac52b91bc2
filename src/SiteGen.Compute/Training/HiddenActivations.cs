using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SiteGen.Compute.Builtins;

namespace SiteGen.Compute.Training;

/// <summary>
/// The hidden layers' activations, taken from the lesson language's builtin table so that a
/// network and a lesson's formula agree to the last bit. Sigmoid, tanh, relu and leaky_relu are
/// written out here, calling what the table calls, because a delegate per element would cost more
/// than the arithmetic; the tests hold each to its table entry bit for bit. Elu and gelu go through
/// the table itself: their exponentials and error functions dwarf a delegate call.
/// </summary>
internal static class HiddenActivations
{
    private static readonly ElementwiseFunction EluEntry = ElementwiseFunctions.All["elu"];
    private static readonly ElementwiseFunction GeluEntry = ElementwiseFunctions.All["gelu"];
    private static readonly double LeakySlope = ElementwiseFunctions.All["leaky_relu"].Parameters[0].Default;
    private static readonly double[] EluParameters = [EluEntry.Parameters[0].Default];
    private static readonly double[] NoParameters = [];

    /// <summary>The table's entry for <paramref name="activation"/>, or null for linear, which the language writes as no function at all.</summary>
    public static ElementwiseFunction? TableEntry(Activation activation) => activation switch
    {
        Activation.Sigmoid => ElementwiseFunctions.All["sigmoid"],
        Activation.Tanh => ElementwiseFunctions.All["tanh"],
        Activation.Relu => ElementwiseFunctions.All["relu"],
        Activation.LeakyRelu => ElementwiseFunctions.All["leaky_relu"],
        Activation.Elu => EluEntry,
        Activation.Gelu => GeluEntry,
        _ => null,
    };

    /// <summary>The builtin's default parameters, as the table's delegates take them.</summary>
    public static double[] DefaultParameters(Activation activation) => activation switch
    {
        Activation.LeakyRelu => [LeakySlope],
        Activation.Elu => EluParameters,
        _ => NoParameters,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Apply(Activation activation, ReadOnlySpan<double> z, Span<double> a)
    {
        switch (activation)
        {
            case Activation.Sigmoid: for (var i = 0; i < z.Length; i++) a[i] = ElementwiseFunctions.Sigmoid(z[i]); break;
            case Activation.Tanh: for (var i = 0; i < z.Length; i++) a[i] = Math.Tanh(z[i]); break;
            case Activation.Relu: Select(z, z, 0, a); break;
            case Activation.LeakyRelu: Select(z, z, LeakySlope, a); break;
            case Activation.Elu: for (var i = 0; i < z.Length; i++) a[i] = EluEntry.Value(z[i], EluParameters); break;
            case Activation.Gelu: for (var i = 0; i < z.Length; i++) a[i] = GeluEntry.Value(z[i], NoParameters); break;
            default: z.CopyTo(a); break;
        }
    }

    public static double Value(Activation activation, double z)
    {
        Span<double> one = [z];
        Apply(activation, one, one);
        return one[0];
    }

    /// <summary>
    /// gradient ← gradient · act'(z), with the activation's value <paramref name="a"/> = act(z) at hand:
    /// the table's sigmoid' and tanh' are functions of the value, so they are computed from it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MultiplyBySlope(Activation activation, ReadOnlySpan<double> z, ReadOnlySpan<double> a, Span<double> gradient)
    {
        switch (activation)
        {
            case Activation.Sigmoid: for (var i = 0; i < z.Length; i++) gradient[i] *= a[i] * (1 - a[i]); break;
            case Activation.Tanh: for (var i = 0; i < z.Length; i++) gradient[i] *= 1 - a[i] * a[i]; break;
            // Selected rather than multiplied, as torch's threshold_backward does: an infinite gradient stays out of a dead unit.
            case Activation.Relu: Select(z, gradient, 0, gradient); break;
            case Activation.LeakyRelu: Select(z, gradient, LeakySlope, gradient); break;
            case Activation.Elu: for (var i = 0; i < z.Length; i++) gradient[i] *= EluEntry.Derivative(z[i], EluParameters); break;
            case Activation.Gelu: for (var i = 0; i < z.Length; i++) gradient[i] *= GeluEntry.Derivative(z[i], NoParameters); break;
            default: break;
        }
    }

    /// <summary>
    /// result[i] = z[i] &gt; 0 ? x[i] : <paramref name="scale"/>·x[i] (x[i] · 0 is written as 0): relu and leaky_relu
    /// and their slopes, vectorised without a branch per element, which random signs would mispredict.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Select(ReadOnlySpan<double> z, ReadOnlySpan<double> x, double scale, Span<double> result)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && z.Length >= Vector<double>.Count)
        {
            var zs = MemoryMarshal.Cast<double, Vector<double>>(z);
            var xs = MemoryMarshal.Cast<double, Vector<double>>(x);
            var results = MemoryMarshal.Cast<double, Vector<double>>(result);
            var factor = new Vector<double>(scale);
            for (var v = 0; v < zs.Length; v++)
            {
                var otherwise = scale == 0 ? Vector<double>.Zero : factor * xs[v];
                results[v] = Vector.ConditionalSelect(Vector.GreaterThan(zs[v], Vector<double>.Zero), xs[v], otherwise);
            }
            i = zs.Length * Vector<double>.Count;
        }
        for (; i < z.Length; i++) result[i] = z[i] > 0 ? x[i] : scale == 0 ? 0 : scale * x[i];
    }

    public static double Slope(Activation activation, double z)
    {
        Span<double> gradient = [1.0];
        MultiplyBySlope(activation, [z], [Value(activation, z)], gradient);
        return gradient[0];
    }
}
