using SiteGen.Compute.Autodiff;
using SiteGen.Compute.Values;

namespace SiteGen.Compute.Builtins;

/// <summary>A builtin over whole arrays: how many arguments it takes, its differentiable operation, and a summary.</summary>
public sealed record ArrayFunction(int Arity, Func<Tape, Node[], Node> Apply, string Summary, string? Signature = null);

/// <summary>
/// Builtins over whole arrays: reductions, the stable softmax family, and elementwise max and
/// min. Each entry is the operation itself, value and backward rule together in <see cref="Operations"/>.
/// </summary>
public static class ArrayFunctions
{
    public static readonly IReadOnlyDictionary<string, ArrayFunction> All = new Dictionary<string, ArrayFunction>(StringComparer.Ordinal)
    {
        ["sum"] = new(1, (t, a) => Operations.Sum(t, a[0]), "the sum of all elements"),
        ["mean"] = new(1, (t, a) => Operations.Mean(t, a[0]), "the mean of all elements"),
        ["norm"] = new(1, (t, a) => Operations.Norm(t, a[0]), "the Euclidean norm, over all elements of a matrix"),
        ["dot"] = new(2, (t, a) => Operations.Dot(t, a[0], a[1]), "the dot product of two vectors of one length"),
        ["softmax"] = new(1, (t, a) => Operations.Softmax(t, a[0]), "e^v / sum(e^v), computed after subtracting the maximum"),
        ["logsumexp"] = new(1, (t, a) => Operations.LogSumExp(t, a[0]), "log(sum(e^v)), computed after subtracting the maximum"),
        ["max"] = new(2, (t, a) => Operations.Max(t, a[0], a[1]), "the larger of a and b, element by element"),
        ["min"] = new(2, (t, a) => Operations.Min(t, a[0], a[1]), "the smaller of a and b, element by element"),
        ["atan2"] = new(2, (t, a) => Operations.Atan2(t, a[0], a[1]), "the angle of the point (x, y) from the x axis, in radians from −π to π", "y, x"),
        ["linspace"] = new(3, (t, a) => Operations.Linspace(t, a[0], a[1], a[2]), "n evenly spaced numbers from a to b, both included", "a, b, n"),
    };

    /// <summary>max and min with one argument reduce it, as in NumPy and PyTorch: the largest or smallest element.</summary>
    public static readonly IReadOnlyDictionary<string, ArrayFunction> Reductions = new Dictionary<string, ArrayFunction>(StringComparer.Ordinal)
    {
        ["max"] = new(1, (t, a) => Operations.Largest(t, a[0]), "the largest element of v (ties share the gradient)"),
        ["min"] = new(1, (t, a) => Operations.Smallest(t, a[0]), "the smallest element of v (ties share the gradient)"),
    };

    public static double LogSumExp(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values) max = Math.Max(max, v);
        if (double.IsInfinity(max)) return max;
        var total = 0.0;
        foreach (var v in values) total += Math.Exp(v - max);
        return max + Math.Log(total);
    }

    /// <summary>e^v / Σ e^v after subtracting the maximum, so large inputs do not overflow.</summary>
    public static Tensor Softmax(Tensor v)
    {
        if (v.Rank != 1) throw new ShapeException($"softmax needs a vector, not shape {v.ShapeText}");
        var max = double.NegativeInfinity;
        foreach (var x in v.Data) max = Math.Max(max, x);
        var exponentials = v.Map(x => Math.Exp(x - max));
        var total = 0.0;
        foreach (var x in exponentials.Data) total += x;
        return exponentials.Map(x => x / total);
    }
}
