using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>The outline of a class's marker: one per class, so points read by shape as well as colour.</summary>
public enum MarkerShape { Circle, Square, Triangle, Diamond, InvertedTriangle, Plus, Star }

/// <summary>
/// Markers of classified points: class c takes the c-th shape, in its class's colour, rimmed with
/// a thin line of the text's colour so it keeps its edge over its own region's tint and over its
/// neighbours. Hollow markers (test points) are the same shapes in the page's colour with a
/// thicker rim of the class's colour.
/// </summary>
public static class ClassMarkers
{
    private const double RimWidth = 1;
    private const double HollowRimWidth = 1.8;

    public static MarkerShape ShapeOf(int c) => (MarkerShape)(c % 7);

    /// <summary>A filled marker of size <paramref name="radius"/> (a circle's radius; other shapes cover about the same area).</summary>
    public static SceneItem Filled(MarkerShape shape, Point at, double radius, Ink ink) =>
        Marker(shape, at, radius, new Fill(ink), new Stroke(Palette.Text, RimWidth, Opacity: 0.85));

    public static SceneItem Hollow(MarkerShape shape, Point at, double radius, Ink ink) =>
        Marker(shape, at, radius, new Fill(Palette.Background, 0.9), new Stroke(ink, HollowRimWidth));

    private static SceneItem Marker(MarkerShape shape, Point at, double radius, Fill fill, Stroke stroke) =>
        shape == MarkerShape.Circle
            ? new CircleItem(at, radius, fill, stroke)
            : PathItem.Polygon(Outline(shape, at, radius), fill, stroke);

    /// <summary>The polygon of a shape other than the circle, centred on <paramref name="at"/> (y down).</summary>
    public static IReadOnlyList<Point> Outline(MarkerShape shape, Point at, double r) => shape switch
    {
        MarkerShape.Square => Scaled([(-1, -1), (1, -1), (1, 1), (-1, 1)], at, 0.886 * r),
        // Triangles are centred on their centroid, with a little more reach than the circle so their area matches.
        MarkerShape.Triangle => Regular(3, at, 1.35 * r, -90),
        MarkerShape.InvertedTriangle => Regular(3, at, 1.35 * r, 90),
        MarkerShape.Diamond => Regular(4, at, 1.22 * r, -90),
        MarkerShape.Plus => Scaled([(-0.38, -1), (0.38, -1), (0.38, -0.38), (1, -0.38), (1, 0.38), (0.38, 0.38),
            (0.38, 1), (-0.38, 1), (-0.38, 0.38), (-1, 0.38), (-1, -0.38), (-0.38, -0.38)], at, 1.2 * r),
        MarkerShape.Star => Star(at, 1.45 * r, 0.62 * r),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "a circle is not a polygon"),
    };

    private static IReadOnlyList<Point> Scaled(IEnumerable<(double X, double Y)> unit, Point at, double r) =>
        [.. unit.Select(p => new Point(at.X + p.X * r, at.Y + p.Y * r))];

    private static IReadOnlyList<Point> Regular(int sides, Point at, double r, double startDegrees) =>
        [.. Enumerable.Range(0, sides).Select(k => Polar(at, r, startDegrees + 360.0 * k / sides))];

    private static IReadOnlyList<Point> Star(Point at, double outer, double inner) =>
        [.. Enumerable.Range(0, 10).Select(k => Polar(at, k % 2 == 0 ? outer : inner, -90 + 36.0 * k))];

    private static Point Polar(Point at, double r, double degrees)
    {
        var angle = degrees * Math.PI / 180;
        return new Point(at.X + r * Math.Cos(angle), at.Y + r * Math.Sin(angle));
    }
}
