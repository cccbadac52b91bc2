using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Sampling;

/// <summary>
/// A costly function of two variables, such as a network's loss over two of its weights, sampled
/// once on a fine grid and read back by bilinear interpolation: a chart samples its function again
/// for every size it is drawn at (wide, compact, PNG), and each sample would cost a pass over the data.
/// </summary>
public sealed class GridInterpolant
{
    private readonly double[] _values;
    private readonly int _n;
    private readonly Interval _x, _y;

    private GridInterpolant(double[] values, int n, Interval x, Interval y) => (_values, _n, _x, _y) = (values, n, x, y);

    /// <summary>Samples <paramref name="f"/> at n × n points spanning the rectangle, corners included, in parallel (each sample on its own, so the result does not depend on the order).</summary>
    public static GridInterpolant Sample(Func<double, double, double> f, Interval x, Interval y, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        var values = new double[n * n];
        Parallel.For(0, n, row =>
        {
            var b = y.Min + y.Length * row / (n - 1);
            for (var column = 0; column < n; column++) values[row * n + column] = f(x.Min + x.Length * column / (n - 1), b);
        });
        return new GridInterpolant(values, n, x, y);
    }

    /// <summary>The interpolated value at (a, b); outside the rectangle, the value at its nearest edge.</summary>
    public double At(double a, double b)
    {
        var u = Math.Clamp((a - _x.Min) / _x.Length * (_n - 1), 0, _n - 1);
        var v = Math.Clamp((b - _y.Min) / _y.Length * (_n - 1), 0, _n - 1);
        var (i, j) = (Math.Min((int)u, _n - 2), Math.Min((int)v, _n - 2));
        var (s, t) = (u - i, v - j);
        var row = j * _n + i;
        var bottom = _values[row] + s * (_values[row + 1] - _values[row]);
        var top = _values[row + _n] + s * (_values[row + _n + 1] - _values[row + _n]);
        return bottom + t * (top - bottom);
    }
}
