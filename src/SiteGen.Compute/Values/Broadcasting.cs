namespace SiteGen.Compute.Values;

/// <summary>
/// Elementwise arithmetic with NumPy's broadcasting, as far as the language allows it: a
/// scalar with anything, equal shapes, and a vector of n with a matrix of n columns (row-wise).
/// </summary>
public static class Broadcasting
{
    public static Tensor Apply(Tensor left, Tensor right, Func<double, double, double> op, string symbol)
    {
        if (left.IsScalar && right.IsScalar) return Tensor.Scalar(op(left[0], right[0]));
        if (left.IsScalar) return right.Map(r => op(left[0], r));
        if (right.IsScalar) return left.Map(l => op(l, right[0]));
        if (left.Shape.SequenceEqual(right.Shape))
        {
            var result = new double[left.Count];
            for (var i = 0; i < result.Length; i++) result[i] = op(left[i], right[i]);
            return Tensor.Like(left, result);
        }
        if (left.Rank == 2 && right.Rank == 1 && left.Shape[1] == right.Shape[0])
            return RowWise(left, right, op, vectorOnRight: true);
        if (left.Rank == 1 && right.Rank == 2 && right.Shape[1] == left.Shape[0])
            return RowWise(right, left, op, vectorOnRight: false);
        throw new ShapeException($"cannot apply '{symbol}' to shapes {left.ShapeText} and {right.ShapeText}");
    }

    private static Tensor RowWise(Tensor matrix, Tensor vector, Func<double, double, double> op, bool vectorOnRight)
    {
        var columns = matrix.Shape[1];
        var result = new double[matrix.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = vectorOnRight ? op(matrix[i], vector[i % columns]) : op(vector[i % columns], matrix[i]);
        return Tensor.Like(matrix, result);
    }

    /// <summary>`@`: matrix@matrix, matrix@vector, vector@matrix, and vector@vector (the dot product).</summary>
    public static Tensor MatrixProduct(Tensor left, Tensor right)
    {
        int Rows(Tensor t) => t.Rank == 2 ? t.Shape[0] : 1;
        int Columns(Tensor t) => t.Rank == 2 ? t.Shape[1] : t.Shape[0];
        if (left.IsScalar || right.IsScalar)
            throw new ShapeException($"'@' needs vectors or matrices, not shapes {left.ShapeText} and {right.ShapeText}; use '*' for scalars");
        // A vector on the left is a row; on the right, a column.
        var (m, k) = (Rows(left), Columns(left));
        var (k2, n) = right.Rank == 2 ? (right.Shape[0], right.Shape[1]) : (right.Shape[0], 1);
        if (k != k2) throw new ShapeException($"cannot multiply shapes {left.ShapeText} @ {right.ShapeText}: {k} columns against {k2} rows");
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
            (1, 2) => Tensor.Vector(result),
            (2, 1) => Tensor.Vector(result),
            _ => Tensor.Matrix(m, n, result),
        };
    }
}
