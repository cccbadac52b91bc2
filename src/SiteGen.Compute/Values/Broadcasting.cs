namespace SiteGen.Compute.Values;

/// <summary>
/// The shape rules of arithmetic: NumPy's broadcasting as far as the language allows it (a
/// scalar with anything, equal shapes, a vector of n with a matrix of n columns, row-wise),
/// and the matrix product. <see cref="Autodiff.Operations"/> computes with these plans.
/// </summary>
public static class Broadcasting
{
    /// <summary>Which element of each operand meets at each element of the result.</summary>
    public sealed record Plan(IReadOnlyList<int> Shape, int[] Left, int[] Right);

    public static Plan PlanFor(Tensor left, Tensor right, string symbol)
    {
        IReadOnlyList<int> shape;
        if (left.IsScalar) shape = right.Shape;
        else if (right.IsScalar || left.Shape.SequenceEqual(right.Shape)) shape = left.Shape;
        else if (left.Rank == 2 && right.Rank == 1 && left.Shape[1] == right.Shape[0]) shape = left.Shape;
        else if (left.Rank == 1 && right.Rank == 2 && right.Shape[1] == left.Shape[0]) shape = right.Shape;
        else throw new ShapeException($"cannot apply '{symbol}' to shapes {left.ShapeText} and {right.ShapeText}");
        var count = shape.Aggregate(1, (a, b) => a * b);
        var leftIndex = new int[count];
        var rightIndex = new int[count];
        for (var i = 0; i < count; i++)
        {
            leftIndex[i] = left.Count == count ? i : left.IsScalar ? 0 : i % left.Count;
            rightIndex[i] = right.Count == count ? i : right.IsScalar ? 0 : i % right.Count;
        }
        return new Plan(shape, leftIndex, rightIndex);
    }

    /// <summary>`@`: matrix@matrix, matrix@vector, vector@matrix, and vector@vector (the dot product).</summary>
    public static Tensor MatrixProduct(Tensor left, Tensor right)
    {
        var (m, k, n) = ProductSizes(left, right);
        var result = new double[m * n];
        for (var i = 0; i < m; i++)
            for (var j = 0; j < n; j++)
            {
                var total = 0.0;
                for (var t = 0; t < k; t++) total += left[i * k + t] * right[t * n + j];
                result[i * n + j] = total;
            }
        return (left.Rank, right.Rank) switch
        {
            (1, 1) => Tensor.Scalar(result[0]),
            (1, 2) or (2, 1) => Tensor.Vector(result),
            _ => Tensor.Matrix(m, n, result),
        };
    }

    /// <summary>The sizes m×k @ k×n of a product; a vector on the left is a row, on the right a column.</summary>
    public static (int M, int K, int N) ProductSizes(Tensor left, Tensor right)
    {
        if (left.IsScalar || right.IsScalar)
            throw new ShapeException($"'@' needs vectors or matrices, not shapes {left.ShapeText} and {right.ShapeText}; use '*' for scalars");
        var (m, k) = left.Rank == 2 ? (left.Shape[0], left.Shape[1]) : (1, left.Shape[0]);
        var (k2, n) = right.Rank == 2 ? (right.Shape[0], right.Shape[1]) : (right.Shape[0], 1);
        if (k != k2) throw new ShapeException($"cannot multiply shapes {left.ShapeText} @ {right.ShapeText}: {k} columns against {k2} rows");
        if ((long)m * n > Tensor.MaxElements)
            throw new ShapeException($"{left.ShapeText} @ {right.ShapeText} would have {(long)m * n} elements; a value holds at most {Tensor.MaxElements}");
        return (m, k, n);
    }
}
