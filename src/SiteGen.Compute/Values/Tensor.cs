using System.Globalization;
using System.Text;

namespace SiteGen.Compute.Values;

/// <summary>
/// A value of the lesson language: a scalar, a vector or a matrix of doubles, stored row-major.
/// Immutable: every operation makes a new tensor.
/// </summary>
public sealed class Tensor
{
    /// <summary>
    /// The most elements one value may hold (8 MB of doubles): far beyond any lesson, and small
    /// enough that no expression can exhaust memory. Operations check it before they allocate.
    /// </summary>
    public const int MaxElements = 1_000_000;

    private readonly double[] _data;

    private Tensor(int[] shape, double[] data)
    {
        Shape = shape;
        _data = data;
    }

    /// <summary>[] for a scalar, [n] for a vector, [rows, columns] for a matrix.</summary>
    public IReadOnlyList<int> Shape { get; }
    public int Rank => Shape.Count;
    public int Count => _data.Length;
    public bool IsScalar => Rank == 0;
    public ReadOnlySpan<double> Data => _data;
    public double this[int index] => _data[index];

    public double ScalarValue => IsScalar ? _data[0] : throw new InvalidOperationException("not a scalar");

    public static Tensor Scalar(double value) => new([], [value]);
    public static Tensor Vector(double[] values) => new([values.Length], values);
    public static Tensor Matrix(int rows, int columns, double[] values) => new([rows, columns], values);

    public static Tensor WithShape(IReadOnlyList<int> shape, double[] values) => new([.. shape], values);

    /// <summary>A tensor of the same shape as <paramref name="shapeOf"/> holding <paramref name="values"/>.</summary>
    public static Tensor Like(Tensor shapeOf, double[] values) => new([.. shapeOf.Shape], values);

    public Tensor Map(Func<double, double> f)
    {
        var result = new double[_data.Length];
        for (var i = 0; i < result.Length; i++) result[i] = f(_data[i]);
        return new Tensor([.. Shape], result);
    }

    public bool AllFinite()
    {
        foreach (var value in _data) if (!double.IsFinite(value)) return false;
        return true;
    }

    public string ShapeText => "[" + string.Join(", ", Shape) + "]";

    /// <summary>The value in the language's own syntax, numbers with round-trip precision: `[0.25, 1]`.</summary>
    public override string ToString() => Format(v => v.ToString("R", CultureInfo.InvariantCulture));

    public string Format(Func<double, string> number)
    {
        if (IsScalar) return number(_data[0]);
        var builder = new StringBuilder();
        if (Rank == 1) return AppendRow(builder, 0, Shape[0], number).ToString();
        builder.Append('[');
        for (var row = 0; row < Shape[0]; row++)
        {
            if (row > 0) builder.Append(", ");
            AppendRow(builder, row * Shape[1], Shape[1], number);
        }
        return builder.Append(']').ToString();
    }

    private StringBuilder AppendRow(StringBuilder builder, int start, int length, Func<double, string> number)
    {
        builder.Append('[');
        for (var i = 0; i < length; i++)
        {
            if (i > 0) builder.Append(", ");
            builder.Append(number(_data[start + i]));
        }
        return builder.Append(']');
    }
}
