using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Surfaces;

/// <summary>One cell of the sampled surface: its corners in box units and its mean height in data units.</summary>
public sealed record SurfaceQuad(int Column, int Row, BoxPoint[] Corners, double Height);

/// <summary>
/// F sampled on a Resolution × Resolution grid and scaled into the box: x and y to [−1, 1], the
/// heights of <see cref="Z"/> to [−<see cref="HalfHeight"/>, <see cref="HalfHeight"/>]. Heights
/// outside Z are clamped to it, so a steep function does not tower out of the figure.
/// </summary>
public sealed class SurfaceMesh
{
    /// <summary>Half the box's height relative to its half-width, as in Matplotlib's 4 : 4 : 3 box.</summary>
    public const double HalfHeight = 0.75;

    private SurfaceMesh(Interval x, Interval y, Interval z, IReadOnlyList<SurfaceQuad> quads)
    {
        X = x; Y = y; Z = z; Quads = quads;
    }

    public Interval X { get; }
    public Interval Y { get; }
    public Interval Z { get; }
    public IReadOnlyList<SurfaceQuad> Quads { get; }

    public static SurfaceMesh Sample(Func<double, double, double> f, Interval x, Interval y, Interval? z, int resolution)
    {
        var n = Math.Max(2, resolution);
        var heights = new double[n + 1, n + 1];
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (var j = 0; j <= n; j++)
            for (var i = 0; i <= n; i++)
            {
                var v = f(x.Min + x.Length * i / n, y.Min + y.Length * j / n);
                heights[i, j] = v;
                if (double.IsFinite(v)) { min = Math.Min(min, v); max = Math.Max(max, v); }
            }
        if (min > max) { min = 0; max = 1; }
        if (min == max) { min -= 0.5; max += 0.5; }
        var range = z ?? new Interval(min, max);

        var quads = new List<SurfaceQuad>(n * n);
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
            {
                BoxPoint Corner(int ci, int cj)
                {
                    var h = heights[ci, cj];
                    h = double.IsNaN(h) ? range.Min : Math.Clamp(h, range.Min, range.Max);
                    return new BoxPoint(2.0 * ci / n - 1, 2.0 * cj / n - 1, (2 * (h - range.Min) / range.Length - 1) * HalfHeight);
                }
                BoxPoint[] corners = [Corner(i, j), Corner(i + 1, j), Corner(i + 1, j + 1), Corner(i, j + 1)];
                var mean = corners.Average(c => c.Z);
                quads.Add(new SurfaceQuad(i, j, corners, range.Min + (mean / HalfHeight + 1) / 2 * range.Length));
            }
        return new SurfaceMesh(x, y, range, quads);
    }

    /// <summary>A data point in box units.</summary>
    public BoxPoint ToBox(double x, double y, double z) =>
        new(2 * (x - X.Min) / X.Length - 1, 2 * (y - Y.Min) / Y.Length - 1, (2 * (z - Z.Min) / Z.Length - 1) * HalfHeight);
}
