using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Contours;

/// <summary>
/// Values of F(x, y) at the nodes of a regular grid over a rectangle: <see cref="Columns"/> × <see cref="Rows"/>
/// cells, so one more node than cells along each side. Node (i, j) sits at x = X.Min + i·dx, y = Y.Min + j·dy.
/// </summary>
public sealed class SampledGrid
{
    private readonly double[] _values;

    private SampledGrid(Interval x, Interval y, int columns, int rows, double[] values)
    {
        X = x; Y = y; Columns = columns; Rows = rows; _values = values;
    }

    public Interval X { get; }
    public Interval Y { get; }
    public int Columns { get; }
    public int Rows { get; }

    /// <summary>The smallest and largest finite sampled values.</summary>
    public Interval Range { get; private init; }

    public double this[int i, int j] => _values[j * (Columns + 1) + i];

    public double NodeX(int i) => X.Min + X.Length * i / Columns;
    public double NodeY(int j) => Y.Min + Y.Length * j / Rows;

    /// <summary>Samples F; values that are not finite are clamped into the finite range so every level still closes.</summary>
    public static SampledGrid Sample(Func<double, double, double> f, Interval x, Interval y, int columns, int rows)
    {
        if (columns < 1 || rows < 1) throw new ArgumentOutOfRangeException(nameof(columns), "a grid needs at least one cell each way");
        var values = new double[(columns + 1) * (rows + 1)];
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (var j = 0; j <= rows; j++)
            for (var i = 0; i <= columns; i++)
            {
                var v = f(x.Min + x.Length * i / columns, y.Min + y.Length * j / rows);
                values[j * (columns + 1) + i] = v;
                if (double.IsFinite(v)) { min = Math.Min(min, v); max = Math.Max(max, v); }
            }
        if (min > max) { min = 0; max = 0; }
        for (var k = 0; k < values.Length; k++)
            if (!double.IsFinite(values[k]))
                values[k] = double.IsPositiveInfinity(values[k]) ? max : min;
        return new SampledGrid(x, y, columns, rows, values) { Range = new Interval(min, max) };
    }
}
