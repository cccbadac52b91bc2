using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Contours;

/// <summary>One gradient arrow in figure pixels, centred on its grid point.</summary>
public readonly record struct GradientArrow(Point Tail, Point Tip)
{
    public Point Middle => new((Tail.X + Tip.X) / 2, (Tail.Y + Tip.Y) / 2);
    public double Length => Math.Sqrt((Tip.X - Tail.X) * (Tip.X - Tail.X) + (Tip.Y - Tail.Y) * (Tip.Y - Tail.Y));
}

/// <summary>
/// Where a gradient field's arrows go: the gradients are sampled at the centres of a
/// Columns × Rows grid of cells over the data rectangle, mapped to the screen as vectors (so the
/// arrow is the image of the data vector even when the axes' units differ), and scaled together
/// so the longest spans <see cref="LongestFraction"/> of a cell. Centred on their points, arrows
/// then stay inside their own cells and never overlap. Gradients too small to show a direction
/// become <see cref="Dots"/>.
/// </summary>
public sealed record GradientArrowLayout(IReadOnlyList<GradientArrow> Arrows, IReadOnlyList<Point> Dots, double CellWidth, double CellHeight)
{
    public const double LongestFraction = 0.85;
    /// <summary>Arrows shorter than this fraction of the longest are drawn as dots.</summary>
    public const double SmallestFraction = 0.08;

    /// <param name="map">The frame's map from data coordinates to figure pixels; it must be affine.</param>
    public static GradientArrowLayout Compute(ArrowField field, Interval x, Interval y, Func<double, double, Point> map)
    {
        var origin = map(x.Min, y.Min);
        var corner = map(x.Max, y.Max);
        // Pixels per data unit, with the sign: y grows downwards on the screen.
        double sx = (corner.X - origin.X) / x.Length, sy = (corner.Y - origin.Y) / y.Length;
        double cellWidth = Math.Abs(corner.X - origin.X) / field.Columns, cellHeight = Math.Abs(corner.Y - origin.Y) / field.Rows;

        var samples = new List<(Point At, double Dx, double Dy)>();
        for (var row = 0; row < field.Rows; row++)
            for (var column = 0; column < field.Columns; column++)
            {
                var px = x.Min + (column + 0.5) * x.Length / field.Columns;
                var py = y.Max - (row + 0.5) * y.Length / field.Rows;
                var (gx, gy) = field.Gradient(px, py);
                if (double.IsFinite(gx) && double.IsFinite(gy)) samples.Add((map(px, py), gx * sx, gy * sy));
            }

        var longest = samples.Select(s => Math.Sqrt(s.Dx * s.Dx + s.Dy * s.Dy)).DefaultIfEmpty(0).Max();
        var arrows = new List<GradientArrow>();
        var dots = new List<Point>();
        if (longest == 0) return new([], [.. samples.Select(s => s.At)], cellWidth, cellHeight);
        var scale = LongestFraction * Math.Min(cellWidth, cellHeight) / longest;
        foreach (var (at, dx, dy) in samples)
        {
            double hx = dx * scale / 2, hy = dy * scale / 2;
            if (Math.Sqrt(dx * dx + dy * dy) < SmallestFraction * longest) dots.Add(at);
            else arrows.Add(new GradientArrow(new Point(at.X - hx, at.Y - hy), new Point(at.X + hx, at.Y + hy)));
        }
        return new(arrows, dots, cellWidth, cellHeight);
    }
}
