using SiteGen.Compute.Values;

namespace SiteGen.Compute.Builtins;

/// <summary>Builtins over whole arrays: reductions, the stable softmax family, and elementwise max and min.</summary>
public static class ArrayFunctions
{
    /// <summary>Name → (number of arguments, function, summary).</summary>
    public static readonly IReadOnlyDictionary<string, (int Arity, Func<Tensor[], Tensor> Apply, string Summary)> All =
        new Dictionary<string, (int, Func<Tensor[], Tensor>, string)>(StringComparer.Ordinal)
        {
            ["sum"] = (1, a => Tensor.Scalar(Sum(a[0].Data)), "the sum of all elements"),
            ["mean"] = (1, a => Tensor.Scalar(Sum(a[0].Data) / a[0].Count), "the mean of all elements"),
            ["norm"] = (1, a => Tensor.Scalar(Math.Sqrt(SumOfSquares(a[0].Data))), "the Euclidean norm, over all elements of a matrix"),
            ["dot"] = (2, a => Dot(a[0], a[1]), "the dot product of two vectors of one length"),
            ["softmax"] = (1, a => Softmax(a[0]), "e^v / sum(e^v), computed after subtracting the maximum"),
            ["logsumexp"] = (1, a => Tensor.Scalar(LogSumExp(a[0].Data)), "log(sum(e^v)), computed after subtracting the maximum"),
            ["max"] = (2, a => Broadcasting.Apply(a[0], a[1], Math.Max, "max"), "the larger of a and b, element by element"),
            ["min"] = (2, a => Broadcasting.Apply(a[0], a[1], Math.Min, "min"), "the smaller of a and b, element by element"),
        };

    private static double Sum(ReadOnlySpan<double> values)
    {
        var total = 0.0;
        foreach (var v in values) total += v;
        return total;
    }

    private static double SumOfSquares(ReadOnlySpan<double> values)
    {
        var total = 0.0;
        foreach (var v in values) total += v * v;
        return total;
    }

    private static Tensor Dot(Tensor a, Tensor b)
    {
        if (a.Rank != 1 || b.Rank != 1 || a.Count != b.Count)
            throw new ShapeException($"dot needs two vectors of one length, not shapes {a.ShapeText} and {b.ShapeText}");
        var total = 0.0;
        for (var i = 0; i < a.Count; i++) total += a[i] * b[i];
        return Tensor.Scalar(total);
    }

    public static double LogSumExp(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values) max = Math.Max(max, v);
        if (double.IsInfinity(max)) return max;
        var total = 0.0;
        foreach (var v in values) total += Math.Exp(v - max);
        return max + Math.Log(total);
    }

    private static Tensor Softmax(Tensor v)
    {
        if (v.Rank != 1) throw new ShapeException($"softmax needs a vector, not shape {v.ShapeText}");
        var max = double.NegativeInfinity;
        foreach (var x in v.Data) max = Math.Max(max, x);
        var exponentials = v.Map(x => Math.Exp(x - max));
        var total = Sum(exponentials.Data);
        return exponentials.Map(x => x / total);
    }
}
