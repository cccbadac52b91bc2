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

    /// <summary>How long a tangent is on the screen, as a share of the plot's width.</summary>
    public const double TangentShare = 0.42;

    /// <summary>
    /// The tangent as a thinner line in its own colour (it lies on the curve, so the curve's
    /// colour would hide it), centred on its point and <see cref="TangentShare"/> of the plot's
    /// width long on the screen whatever its slope: long enough to read as a straight line that
    /// leaves the curve, and a steep one does not shoot off the plot. It is cut at the plot's edge.
    /// </summary>
    public static PathItem Tangent(CartesianFrame frame, TangentLine tangent, Ink ink, FigureStyle style)
    {
        var centre = frame.Map(tangent.X, tangent.Y);
        // The direction of slope m in pixels: one unit of x right, m units of y up.
        var along = frame.Map(tangent.X + 1, tangent.Y + tangent.Slope);
        var (dx, dy) = (along.X - centre.X, along.Y - centre.Y);
        var length = Math.Sqrt(dx * dx + dy * dy);
        var half = frame.Area.Width * (tangent.Length ?? TangentShare) / 2;
        var (ux, uy) = (dx / length * half, dy / length * half);
        IReadOnlyList<Point> line = [new(centre.X - ux, centre.Y - uy), new(centre.X + ux, centre.Y + uy)];
        var stroke = new Stroke(ink, style.SeriesWidth * 0.7);
        return new PathItem(frame.Clip(line), stroke, null, false) { Class = "tangent" };
    }

    /// <summary>
    /// A tangent's label in the tangent's colour, by one end of its line: the end farther from
    /// the other marked points, so that the label is not read as belonging to a neighbour's
    /// point (two tangents of one curve reach toward each other's points), unless the other end
    /// has clearly more room.
    /// </summary>
    public static TextItem TangentLabel(LabelPlacer placer, PathItem tangent, string label, IReadOnlyList<Point> otherPoints)
    {
        var points = tangent.Pieces.SelectMany(p => p).ToList();
        if (points.Count == 0) return placer.Place(new Point(0, 0), label, 2, tangent.Stroke?.Ink);
        IReadOnlyList<Point> ends = [points.MaxBy(p => p.X), points.MinBy(p => p.X)];
        var preferred = ends.OrderByDescending(end => otherPoints.Select(o => Distance(end, o)).DefaultIfEmpty(double.MaxValue).Min()).ToList();
        return placer.Place(preferred, label, 3, tangent.Stroke?.Ink);
    }

    /// <summary>
    /// A thin line from a marker to its label, when the label had to sit farther from the marker
    /// than the placer's nearest places: on a narrow drawing a long label may find room only a
    /// line or two away, and without the line it reads as belonging to whatever is nearest.
    /// </summary>
    public static PathItem? Leader(Point anchor, TextItem label, FigureStyle style)
    {
        var box = TextBounds.Of(label, style.Font);
        if (LabelPlacer.Gap(box, anchor) <= LeaderFrom(style)) return null;
        var target = new Point(Math.Clamp(anchor.X, box.Left, box.Right), Math.Clamp(anchor.Y, box.Top, box.Bottom));
        var length = Distance(anchor, target);
        var (ux, uy) = ((target.X - anchor.X) / length, (target.Y - anchor.Y) / length);
        var (start, end) = (style.MarkerRadius + 1.5, length - 2);
        IReadOnlyList<Point> line = [new(anchor.X + ux * start, anchor.Y + uy * start), new(anchor.X + ux * end, anchor.Y + uy * end)];
        return new PathItem([line], new Stroke(Palette.Muted, style.AxisWidth), null, false) { Class = "leader" };
    }

    /// <summary>
    /// How far a label may sit from its marker without a leader: the placer's first ring of places
    /// (<see cref="LabelPlacer"/> keeps a label the marker's radius and 5 px away), with room to spare.
    /// </summary>
    public static double LeaderFrom(FigureStyle style) => style.MarkerRadius + 5 + 5;

    private static double Distance(Point a, Point b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
