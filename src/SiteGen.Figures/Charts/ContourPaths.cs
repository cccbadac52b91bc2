using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// Paths over a contour map, such as the iterates of gradient descent: a line through the points
/// in the path's colour (<see cref="PathInk"/>), a dot at every iterate, a ring where the path
/// starts and a diamond where it ends. Over filled bands a halo runs underneath and every marker
/// is rimmed in the halo's colour, so the path and its ends read on the darkest band and the brightest.
/// </summary>
public static class ContourPaths
{
    private const double HaloWidth = 2;
    private const double DotRadius = 2.6;
    private const double StartRadius = 5;
    private const double EndRadius = 6.5;

    public static IReadOnlyList<SceneItem> Draw(IReadOnlyList<PathSeries> paths, CartesianFrame frame, FigureStyle style, bool halo)
    {
        var items = new List<SceneItem>();
        for (var k = 0; k < paths.Count; k++)
        {
            var (ink, rim) = PathInk.For(paths[k], k, halo);
            var points = paths[k].Points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).Select(p => frame.Map(p.X, p.Y)).ToList();
            if (points.Count == 0) continue;
            var pieces = frame.Clip(points);
            var width = style.SeriesWidth * 0.8;
            if (halo) items.Add(new PathItem(pieces, new Stroke(rim, width + 2 * HaloWidth) { RoundJoins = true }, null, false) { Class = "path-halo" });
            items.Add(new PathItem(pieces, new Stroke(ink, width) { RoundJoins = true }, null, false) { Class = "path" });
            var inside = frame.Area.Box.Inflate(1);
            items.AddRange(Spaced(points, inside).Select(p => new CircleItem(p, DotRadius, new Fill(ink), new Stroke(rim, 1)) { Class = "path-marker" }));
            if (inside.Contains(points[^1]) && points.Count > 1) items.Add(Diamond(points[^1], ink, rim));
            if (inside.Contains(points[0])) items.AddRange(Start(points[0], ink, rim));
        }
        return items;
    }

    /// <summary>
    /// The iterates between the start and the end that get a dot: where steps shrink (near a
    /// minimum) dots would pile into a blot, so a dot is left out until the path has moved on
    /// by a dot's width from the last one drawn.
    /// </summary>
    private static IEnumerable<Point> Spaced(List<Point> points, Box inside)
    {
        var last = points[0];
        var spacing = 2 * DotRadius + 1.5;
        for (var k = 1; k + 1 < points.Count; k++)
        {
            var p = points[k];
            if (!inside.Contains(p) || Math.Sqrt((p.X - last.X) * (p.X - last.X) + (p.Y - last.Y) * (p.Y - last.Y)) < spacing) continue;
            last = p;
            yield return p;
        }
    }

    /// <summary>The end marker: a diamond in the path's colour with a rim of its halo's.</summary>
    public static PathItem Diamond(Point at, Ink ink, Ink rim, double radius = EndRadius) =>
        PathItem.Polygon([new(at.X, at.Y - radius), new(at.X + radius, at.Y), new(at.X, at.Y + radius), new(at.X - radius, at.Y)],
            new Fill(ink), new Stroke(rim, 1.5)) with { Class = "path-end" };

    /// <summary>
    /// The start marker: a ring in the path's colour around a hole of the halo's colour, on a
    /// disc of the halo's colour a little wider, so the ring keeps an edge where its own colour
    /// matches the band beneath.
    /// </summary>
    private static IEnumerable<SceneItem> Start(Point at, Ink ink, Ink rim)
    {
        yield return new CircleItem(at, StartRadius + 2, new Fill(rim), null) { Class = "path-start" };
        yield return new CircleItem(at, StartRadius, new Fill(rim), new Stroke(ink, 2)) { Class = "path-start" };
    }
}
