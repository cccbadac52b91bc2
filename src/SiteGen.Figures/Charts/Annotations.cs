using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>The marks charts draw on top of their data: point markers and tangent lines.</summary>
internal static class Annotations
{
    /// <summary>A filled circle with a thin ring of background colour, so it stands off the line beneath.</summary>
    public static CircleItem Marker(CartesianFrame frame, MarkedPoint point, Ink ink, FigureStyle style) =>
        new(frame.Map(point.X, point.Y), style.MarkerRadius, new Fill(ink), new Stroke(Palette.Background, 1.5)) { Class = "marker" };

    public static Box BoxOf(CircleItem circle, double margin) =>
        new Box(circle.Centre.X - circle.Radius, circle.Centre.Y - circle.Radius, circle.Centre.X + circle.Radius, circle.Centre.Y + circle.Radius).Inflate(margin);

    /// <summary>
    /// The tangent as a thinner line in its own colour (it lies on the curve, so the curve's
    /// colour would hide it), a quarter of the plot's width long on the screen (so a steep
    /// tangent does not shoot off the plot), centred on its point.
    /// </summary>
    public static PathItem Tangent(CartesianFrame frame, TangentLine tangent, Ink ink, FigureStyle style)
    {
        var centre = frame.Map(tangent.X, tangent.Y);
        // The direction of slope m in pixels: one unit of x right, m units of y up.
        var along = frame.Map(tangent.X + 1, tangent.Y + tangent.Slope);
        var (dx, dy) = (along.X - centre.X, along.Y - centre.Y);
        var length = Math.Sqrt(dx * dx + dy * dy);
        var half = frame.Area.Width / 8;
        var (ux, uy) = (dx / length * half, dy / length * half);
        IReadOnlyList<Point> line = [new(centre.X - ux, centre.Y - uy), new(centre.X + ux, centre.Y + uy)];
        var stroke = new Stroke(ink, style.SeriesWidth * 0.7);
        return new PathItem(frame.Clip(line), stroke, null, false) { Class = "tangent" };
    }

    /// <summary>A tangent's label in the tangent's colour, by the right-hand end of its line.</summary>
    public static TextItem TangentLabel(LabelPlacer placer, PathItem tangent, string label)
    {
        var end = tangent.Pieces.SelectMany(p => p).DefaultIfEmpty(default).MaxBy(p => p.X);
        return placer.Place(end, label, 2, tangent.Stroke?.Ink);
    }
}
