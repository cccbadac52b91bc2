using SiteGen.Figures.Axes;
using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Surfaces;

/// <summary>
/// One cell of the sampled surface: its outline in box units (four corners, or more where the
/// cell was cut at the top or bottom of the box), its unit normal, and its mean height in data units.
/// </summary>
public sealed record SurfaceQuad(int Column, int Row, BoxPoint[] Corners, BoxPoint Normal, double Height)
{
    public BoxPoint Centre => (1.0 / Corners.Length) * Corners.Aggregate(new BoxPoint(0, 0, 0), (sum, c) => sum + c);
}

/// <summary>
/// F sampled on a Resolution × Resolution grid and scaled into the box: x and y to [−1, 1], the
/// heights of <see cref="Z"/> to [−<see cref="HalfHeight"/>, <see cref="HalfHeight"/>]. Where the
/// surface leaves Z it is cut off along the box's floor and lid (cells clipped, not flattened), so
/// a steep function neither towers out of the figure nor grows plateaus.
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
        var range = z ?? Rounded(min, max);

        BoxPoint Node(int i, int j)
        {
            var h = heights[i, j];
            // Far beyond the box is as good as infinitely far: the cut lands at the box either way.
            h = double.IsNaN(h) ? range.Min - range.Length : Math.Clamp(h, range.Min - 1e3 * range.Length, range.Max + 1e3 * range.Length);
            return new BoxPoint(2.0 * i / n - 1, 2.0 * j / n - 1, (2 * (h - range.Min) / range.Length - 1) * HalfHeight);
        }

        var quads = new List<SurfaceQuad>(n * n);
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
            {
                BoxPoint[] corners = [Node(i, j), Node(i + 1, j), Node(i + 1, j + 1), Node(i, j + 1)];
                var outline = SurfaceClip.ToSlab(corners, -HalfHeight, HalfHeight);
                if (outline.Length < 3) continue;
                var normal = (corners[2] - corners[0]).Cross(corners[3] - corners[1]).Normalized();
                var mean = outline.Average(c => c.Z);
                quads.Add(new SurfaceQuad(i, j, outline, normal, range.Min + (mean / HalfHeight + 1) / 2 * range.Length));
            }
        return new SurfaceMesh(x, y, range, quads);
    }

    /// <summary>The sampled heights, each end moved out to a round value when one is very near (±0.9996 becomes ±1).</summary>
    private static Interval Rounded(double min, double max)
    {
        var step = NiceTicks.StepAtLeast((max - min) / 8);
        double low = Math.Floor(min / step) * step, high = Math.Ceiling(max / step) * step;
        var near = 0.03 * (max - min);
        return new Interval(min - low < near ? low : min, high - max < near ? high : max);
    }
}
