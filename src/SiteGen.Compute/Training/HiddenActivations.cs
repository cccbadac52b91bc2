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
    public static void MultiplyBySlope(Activation activation, ReadOnlySpan<double> z, ReadOnlySpan<double> a, Span<double> gradient) =>
        MultiplyBySlope(activation, z, a, gradient, gradient);

    /// <summary>result ← gradient · act'(z); <paramref name="result"/> may be <paramref name="gradient"/> itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MultiplyBySlope(Activation activation, ReadOnlySpan<double> z, ReadOnlySpan<double> a, ReadOnlySpan<double> gradient, Span<double> result)
    {
        if (gradient.Length != z.Length || result.Length != z.Length || a.Length != z.Length)
            throw new ArgumentException("a slope needs z, its activations, the gradient and the result of one length");
        switch (activation)
        {
            case Activation.Sigmoid: for (var i = 0; i < z.Length; i++) result[i] = gradient[i] * (a[i] * (1 - a[i])); break;
            case Activation.Tanh: for (var i = 0; i < z.Length; i++) result[i] = gradient[i] * (1 - a[i] * a[i]); break;
            // Selected rather than multiplied, as torch's threshold_backward does: an infinite gradient stays out of a dead unit.
            case Activation.Relu: Select(z, gradient, 0, result); break;
            case Activation.LeakyRelu: Select(z, gradient, LeakySlope, result); break;
            case Activation.Elu: for (var i = 0; i < z.Length; i++) result[i] = gradient[i] * EluEntry.Derivative(z[i], EluParameters); break;
            case Activation.Gelu: for (var i = 0; i < z.Length; i++) result[i] = gradient[i] * GeluEntry.Derivative(z[i], NoParameters); break;
            default: gradient.CopyTo(result); break;
        }
    }

    /// <summary>
    /// result[i] = z[i] &gt; 0 ? x[i] : <paramref name="scale"/>·x[i] (x[i] · 0 is written as 0): relu and leaky_relu
    /// and their slopes, vectorised without a branch per element, which random signs would mispredict.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Select(ReadOnlySpan<double> z, ReadOnlySpan<double> x, double scale, Span<double> result)
    {
        if (x.Length != z.Length || result.Length != z.Length) throw new ArgumentException("a selection needs three spans of one length");
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var zs = ref MemoryMarshal.GetReference(z);
            ref var xs = ref MemoryMarshal.GetReference(x);
            ref var rs = ref MemoryMarshal.GetReference(result);
            var n = Vector<double>.Count;
            if (scale == 0)
                for (; i <= z.Length - n; i += n)
                {
                    var positive = Vector.GreaterThan(Vector.LoadUnsafe(ref zs, (nuint)i), Vector<double>.Zero);
                    (Vector.LoadUnsafe(ref xs, (nuint)i) & positive.As<long, double>()).StoreUnsafe(ref rs, (nuint)i);
                }
            else
            {
                var factor = new Vector<double>(scale);
                for (; i <= z.Length - n; i += n)
                {
                    var value = Vector.LoadUnsafe(ref xs, (nuint)i);
                    var positive = Vector.GreaterThan(Vector.LoadUnsafe(ref zs, (nuint)i), Vector<double>.Zero);
                    Vector.ConditionalSelect(positive, value, factor * value).StoreUnsafe(ref rs, (nuint)i);
                }
            }
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
