using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// Marked points on a contour map and their labels. Each label tries the places around its
/// point in turn (upper right first) and takes the first that stays inside the plot and clear of
/// the other labels and markers; it sits on a translucent plate of the page's colour, so it reads
/// over any band.
/// </summary>
public static class ContourPointLabels
{
    private const double Offset = 4;
    private const double Pad = 2;

    private static readonly (double Dx, double Dy, TextAnchor Anchor, TextBaseline Baseline)[] Places =
    [
        (1, -1, TextAnchor.Start, TextBaseline.Alphabetic), (1, 1, TextAnchor.Start, TextBaseline.Hanging),
        (-1, -1, TextAnchor.End, TextBaseline.Alphabetic), (-1, 1, TextAnchor.End, TextBaseline.Hanging),
        (1.4, 0, TextAnchor.Start, TextBaseline.Middle), (-1.4, 0, TextAnchor.End, TextBaseline.Middle),
        (0, -1.4, TextAnchor.Middle, TextBaseline.Alphabetic), (0, 1.4, TextAnchor.Middle, TextBaseline.Hanging),
    ];

    /// <param name="taken">Boxes already covered (path markers and the like) that labels should avoid.</param>
    public static IReadOnlyList<SceneItem> Draw(IReadOnlyList<MarkedPoint> points, CartesianFrame frame, FigureStyle style, IReadOnlyList<Box> taken)
    {
        var r = style.MarkerRadius;
        var centres = points.Select(p => frame.Map(p.X, p.Y)).ToList();
        var occupied = new List<Box>(taken);
        occupied.AddRange(centres.Select(c => new Box(c.X - r, c.Y - r, c.X + r, c.Y + r)));
        var markers = new List<SceneItem>();
        var labels = new List<SceneItem>();
        for (var k = 0; k < points.Count; k++)
        {
            var c = centres[k];
            if (!frame.Area.Box.Inflate(1).Contains(c)) continue;
            markers.Add(new CircleItem(c, r, new Fill(Palette.Text), new Stroke(Palette.Background, 1.5)) { Class = "point" });
            if (points[k].Label is not { } label) continue;
            var text = Place(label, c, r, frame.Area.Box, occupied, style);
            var box = TextBounds.Of(text, style.Font).Inflate(Pad);
            occupied.Add(box);
            labels.Add(PathItem.Polygon([new(box.Left, box.Top), new(box.Right, box.Top), new(box.Right, box.Bottom), new(box.Left, box.Bottom)],
                new Fill(Palette.Background, 0.85)) with { Class = "point-label" });
            labels.Add(text);
        }
        return [.. markers, .. labels];
    }

    private static TextItem Place(string label, Point c, double r, Box area, List<Box> occupied, FigureStyle style)
    {
        TextItem? first = null;
        foreach (var (dx, dy, anchor, baseline) in Places)
        {
            // Diagonal places sit at the same distance as the straight ones: (1, 1)/1.4 is about a unit long.
            var reach = (r + Offset) / 1.4;
            var at = new Point(c.X + dx * reach, c.Y + dy * reach);
            var text = new TextItem(at, label, style.AnnotationSize, Palette.Text, anchor, baseline) { Class = "point-label" };
            first ??= text;
            var box = TextBounds.Of(text, style.Font).Inflate(Pad);
            if (area.Contains(box) && !occupied.Any(o => o.Overlaps(box))) return text;
        }
        // Nowhere is free: the preferred place is still better than none.
        return first!;
    }
}
