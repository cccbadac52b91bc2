using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// Inline labels for contour lines, as a hand-drawn map has them: a level's value set upright on
/// its longest line, on a plate of the page's colour that breaks the line where the label sits.
/// A label goes only where it fits: inside the plot, clear of other labels and of what is already
/// taken (arrows, markers); a level with no such place goes without.
/// </summary>
public static class ContourLineLabels
{
    private const double Pad = 1.5;
    private static readonly double[] Along = [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9];

    /// <param name="lines">Each level's pieces in figure pixels, in level order.</param>
    public static IReadOnlyList<SceneItem> Draw(IReadOnlyList<double> levels, IReadOnlyList<IReadOnlyList<IReadOnlyList<Point>>> lines,
        PlotArea area, FigureStyle style, IReadOnlyList<Box> taken)
    {
        var size = style.AnnotationSize * 0.9;
        var placed = new List<Box>();
        var items = new List<SceneItem>();
        // Every other level when there are many, so labels do not crowd the map; counted from the
        // top level down, which keeps the roundest values (5, 10, 15 of 2.5, 5, 7.5, …).
        var every = levels.Count > 8 ? 2 : 1;
        var labelled = Enumerable.Range(0, levels.Count).Where(k => (levels.Count - 1 - k) % every == 0).ToList();
        var texts = TickLabel.Format([.. labelled.Select(k => levels[k])]);
        foreach (var (k, label) in labelled.Zip(texts))
        {
            var longest = lines[k].OrderByDescending(Length).FirstOrDefault();
            if (longest is null) continue;
            foreach (var at in Along.Select(f => PointAlong(longest, f * Length(longest))))
            {
                var text = new TextItem(at, label, size, Palette.Text, TextAnchor.Middle, TextBaseline.Middle) { Class = "contour-label" };
                var box = TextBounds.Of(text, style.Font).Inflate(Pad);
                if (!area.Box.Inflate(-2).Contains(box) || placed.Concat(taken).Any(b => b.Overlaps(box))) continue;
                placed.Add(box);
                items.Add(PathItem.Polygon([new(box.Left, box.Top), new(box.Right, box.Top), new(box.Right, box.Bottom), new(box.Left, box.Bottom)],
                    new Fill(Palette.Background)) with { Class = "contour-label" });
                items.Add(text);
                break;
            }
        }
        return items;
    }

    private static double Length(IReadOnlyList<Point> line) =>
        line.Zip(line.Skip(1), (a, b) => Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y))).Sum();

    private static Point PointAlong(IReadOnlyList<Point> line, double distance)
    {
        for (var k = 0; k + 1 < line.Count; k++)
        {
            Point a = line[k], b = line[k + 1];
            var step = Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y));
            if (step >= distance && step > 0) return new Point(a.X + (b.X - a.X) * distance / step, a.Y + (b.Y - a.Y) * distance / step);
            distance -= step;
        }
        return line[^1];
    }
}
