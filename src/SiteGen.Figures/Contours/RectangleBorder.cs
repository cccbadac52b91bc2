using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Contours;

/// <summary>
/// Positions along a rectangle's border, measured counter-clockwise (y up) from its lower-left
/// corner, so that walking the border is walking a number line that wraps at the perimeter.
/// </summary>
internal sealed class RectangleBorder(Interval x, Interval y)
{
    private readonly double _w = x.Length, _h = y.Length;

    public double Perimeter => 2 * (_w + _h);

    /// <summary>The corners counter-clockwise from the lower left, at positions 0, W, W + H, 2W + H.</summary>
    public IReadOnlyList<(double X, double Y)> Corners => [(x.Min, y.Min), (x.Max, y.Min), (x.Max, y.Max), (x.Min, y.Max)];

    /// <summary>The position of a point on (or within rounding of) the border: of the nearest side.</summary>
    public double Position((double X, double Y) p)
    {
        double bottom = Math.Abs(p.Y - y.Min), right = Math.Abs(p.X - x.Max), top = Math.Abs(p.Y - y.Max), left = Math.Abs(p.X - x.Min);
        var nearest = Math.Min(Math.Min(bottom, right), Math.Min(top, left));
        if (nearest == bottom) return Math.Clamp(p.X - x.Min, 0, _w);
        if (nearest == right) return _w + Math.Clamp(p.Y - y.Min, 0, _h);
        if (nearest == top) return _w + _h + Math.Clamp(x.Max - p.X, 0, _w);
        // The left side ends at the perimeter, which wraps to the lower-left corner.
        return (2 * _w + _h + Math.Clamp(y.Max - p.Y, 0, _h)) % Perimeter;
    }

    /// <summary>The corners passed walking counter-clockwise from one position to another.</summary>
    public IEnumerable<(double X, double Y)> CornersBetween(double from, double to)
    {
        var distance = ((to - from) % Perimeter + Perimeter) % Perimeter;
        double[] at = [0, _w, _w + _h, 2 * _w + _h];
        var corners = Corners;
        // Start from the corner just after `from` so the corners come out in walking order.
        return Enumerable.Range(0, 4)
            .Select(k => (Corner: corners[k], Ahead: ((at[k] - from) % Perimeter + Perimeter) % Perimeter))
            .Where(c => c.Ahead > 0 && c.Ahead < distance)
            .OrderBy(c => c.Ahead)
            .Select(c => c.Corner);
    }
}
