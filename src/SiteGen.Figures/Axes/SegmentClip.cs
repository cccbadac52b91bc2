using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Axes;

/// <summary>
/// Cuts lines to a rectangle (Liang–Barsky), so a curve that leaves the plot stops at its edge
/// instead of being drawn towards infinity.
/// </summary>
public static class SegmentClip
{
    /// <summary>The part of segment a–b inside <paramref name="box"/>, or null when none is.</summary>
    public static (Point A, Point B)? Clip(Point a, Point b, Box box)
    {
        double t0 = 0, t1 = 1;
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        if (!Narrow(-dx, a.X - box.Left, ref t0, ref t1)) return null;
        if (!Narrow(dx, box.Right - a.X, ref t0, ref t1)) return null;
        if (!Narrow(-dy, a.Y - box.Top, ref t0, ref t1)) return null;
        if (!Narrow(dy, box.Bottom - a.Y, ref t0, ref t1)) return null;
        var start = t0 == 0 ? a : new Point(a.X + t0 * dx, a.Y + t0 * dy);
        var end = t1 == 1 ? b : new Point(a.X + t1 * dx, a.Y + t1 * dy);
        return (start, end);
    }

    /// <summary>A polyline cut to the box: the pieces that stay inside, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<Point>> Clip(IReadOnlyList<Point> polyline, Box box)
    {
        var pieces = new List<IReadOnlyList<Point>>();
        if (polyline.Count == 1 && box.Contains(polyline[0])) return [[polyline[0]]];
        List<Point>? current = null;
        for (var i = 1; i < polyline.Count; i++)
        {
            var clipped = Clip(polyline[i - 1], polyline[i], box);
            if (clipped is not { } segment) { current = null; continue; }
            if (current is null || current[^1] != segment.A)
            {
                current = [segment.A];
                pieces.Add(current);
            }
            current.Add(segment.B);
        }
        return pieces;
    }

    private static bool Narrow(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0) return q >= 0;
        var t = q / p;
        if (p < 0)
        {
            if (t > t1) return false;
            if (t > t0) t0 = t;
        }
        else
        {
            if (t < t0) return false;
            if (t < t1) t1 = t;
        }
        return true;
    }
}
