using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Contours;

/// <summary>
/// Drops points a polyline does not need: those within <c>tolerance</c> pixels of the straight
/// run from the last kept point to a later one. A contour sampled on a fine grid has many nearly
/// collinear points; dropping them keeps the SVG small without a visible change.
/// </summary>
public static class PolylineSimplifier
{
    public static IReadOnlyList<Point> Simplify(IReadOnlyList<Point> points, double tolerance)
    {
        if (points.Count < 3) return points;
        var kept = new List<Point> { points[0] };
        var anchor = 0;
        for (var k = 2; k < points.Count; k++)
        {
            if (RunIsStraight(points, anchor, k, tolerance)) continue;
            kept.Add(points[k - 1]);
            anchor = k - 1;
        }
        kept.Add(points[^1]);
        return kept;
    }

    private static bool RunIsStraight(IReadOnlyList<Point> points, int from, int to, double tolerance)
    {
        Point a = points[from], b = points[to];
        double dx = b.X - a.X, dy = b.Y - a.Y, length = Math.Sqrt(dx * dx + dy * dy);
        for (var k = from + 1; k < to; k++)
        {
            var p = points[k];
            var distance = length == 0
                ? Math.Sqrt((p.X - a.X) * (p.X - a.X) + (p.Y - a.Y) * (p.Y - a.Y))
                : Math.Abs((p.X - a.X) * dy - (p.Y - a.Y) * dx) / length;
            if (distance > tolerance) return false;
        }
        return true;
    }
}
