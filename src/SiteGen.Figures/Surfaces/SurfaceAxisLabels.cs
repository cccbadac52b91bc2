using SiteGen.Figures.Axes;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Surfaces;

/// <summary>What one labelled box edge draws, and the boxes its text covers (for fitting the figure).</summary>
public sealed record SurfaceAxisDrawing(IReadOnlyList<double> Ticks, IReadOnlyList<SceneItem> Items, IReadOnlyList<Box> TextBoxes);

/// <summary>
/// Ticks, tick labels and the title of one edge of a surface's box, in figure pixels. Everything
/// is pushed outward from the box along the screen image of the edge's outward direction, and
/// anchored on the side facing the box, so labels grow away from the surface.
/// </summary>
public static class SurfaceAxisLabels
{
    private const double Gap = 3;
    private const double TitleGap = 7;

    /// <param name="avoid">Text already placed (other axes' labels): a tick label that would touch it is left out.</param>
    public static SurfaceAxisDrawing Draw(SurfaceAxis axis, bool vertical, Func<BoxPoint, Point> toFigure, FigureStyle style, IReadOnlyList<Box> avoid)
    {
        Point from = toFigure(axis.From), to = toFigure(axis.To), origin = toFigure(axis.From + axis.Outward);
        var (ox, oy) = Unit(origin.X - from.X, origin.Y - from.Y);
        var length = Math.Sqrt((to.X - from.X) * (to.X - from.X) + (to.Y - from.Y) * (to.Y - from.Y));
        var (anchor, baseline) = Placement(ox, oy);

        IReadOnlyList<TextItem> LabelsFor(IReadOnlyList<double> ticks)
        {
            if (ticks.Count == 0) return [];
            var texts = TickLabel.Format(ticks);
            return [.. ticks.Select((v, k) =>
            {
                var p = toFigure(axis.At(v));
                var at = new Point(p.X + ox * (style.TickLength + Gap), p.Y + oy * (style.TickLength + Gap));
                return new TextItem(at, texts[k], style.TickLabelSize, Palette.Text, anchor, baseline) { Class = "tick-label" };
            })];
        }
        bool Apart(IReadOnlyList<double> ticks)
        {
            var boxes = LabelsFor(ticks).Select(t => TextBounds.Of(t, style.Font).Inflate(2)).ToList();
            return boxes.Zip(boxes.Skip(1)).All(pair => !pair.First.Overlaps(pair.Second));
        }

        var ticks = Choose(axis.Range, length, vertical ? 30 : 45, vertical, Apart);
        var labels = LabelsFor(Labelled(ticks, axis.Range, vertical))
            .Where(t => !avoid.Any(b => b.Overlaps(TextBounds.Of(t, style.Font).Inflate(2)))).ToList();
        var marks = ticks.Select(v =>
        {
            var p = toFigure(axis.At(v));
            return (IReadOnlyList<Point>)[p, new Point(p.X + ox * style.TickLength, p.Y + oy * style.TickLength)];
        }).ToList();

        var items = new List<SceneItem> { new PathItem(marks, new Stroke(Palette.Axis, style.AxisWidth), null, false) { Class = "axis" } };
        items.AddRange(labels);
        var boxes = labels.Select(t => TextBounds.Of(t, style.Font)).ToList();
        if (axis.Title is { } title)
        {
            // Beyond the farthest reach of the tick labels along the outward direction.
            var reach = labels.Count == 0 ? 0 : labels.Zip(boxes).Max(pair => Reach(pair.Second, pair.First.At, ox, oy));
            var push = style.TickLength + Gap + reach + TitleGap;
            var mid = new Point((from.X + to.X) / 2 + ox * push, (from.Y + to.Y) / 2 + oy * push);
            var text = vertical
                ? new TextItem(mid, title, style.AxisTitleSize, Palette.Text, TextAnchor.Middle,
                    ox < 0 ? TextBaseline.Alphabetic : TextBaseline.Hanging, Rotation: -90)
                : new TextItem(mid, title, style.AxisTitleSize, Palette.Text, anchor, baseline);
            items.Add(text with { Class = "axis-title" });
            boxes.Add(TextBounds.Of(text, style.Font));
        }
        return new SurfaceAxisDrawing(ticks, items, boxes);
    }

    /// <summary>
    /// The densest round ticks with no more than one per <paramref name="spacing"/> pixels whose
    /// labels (those it draws) keep apart, in steps of 1, 2 or 5 × 10ᵏ as on the plots' axes: a step of 2.5 would
    /// label one axis "−2.5, 0.0, 2.5" beside another's "−2, 0, 2" over the same range. A short
    /// edge still gets at least two labels where they fit: when the step that keeps the spacing
    /// leaves fewer (5 over −4…4 leaves only 0, and the ends of a floor edge go unlabelled), the
    /// densest step whose labels keep apart wins.
    /// </summary>
    private static IReadOnlyList<double> Choose(Interval range, double length, double spacing, bool labelsEnds, Func<IReadOnlyList<double>, bool> apart)
    {
        var step = NiceTicks.StepAtLeast(range.Length / 12);
        IReadOnlyList<double> fallback = [];
        IReadOnlyList<double>? readable = null;
        for (var attempt = 0; attempt < 16; attempt++, step = NiceTicks.NextStep(step))
        {
            if (IsTwoAndAHalf(step)) continue;
            var ticks = NiceTicks.Multiples(range, step);
            if (ticks.Count == 0) break;
            fallback = ticks;
            var labelsApart = apart(Labelled(ticks, range, labelsEnds));
            if ((ticks.Count - 1) * spacing <= length && labelsApart)
                return Labelled(ticks, range, labelsEnds).Count >= 2 || readable is null ? ticks : readable;
            if (labelsApart && readable is null && Labelled(ticks, range, labelsEnds).Count >= 2) readable = ticks;
        }
        return readable ?? fallback;
    }

    /// <summary>
    /// The ticks that get a label. The ends of a floor edge are corners of the box, where a label
    /// would sit beside another axis's labels and read as theirs ("−4" under the height scale);
    /// the inner ticks suffice.
    /// </summary>
    private static IReadOnlyList<double> Labelled(IReadOnlyList<double> ticks, Interval range, bool labelsEnds) =>
        labelsEnds || ticks.Count < 3 ? ticks : ticks.Where(v => v != range.Min && v != range.Max).ToList();

    private static bool IsTwoAndAHalf(double step)
    {
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        return Math.Abs(mantissa - 2.5) < 1e-9;
    }

    /// <summary>Text on the side of its anchor that faces away from the box.</summary>
    private static (TextAnchor, TextBaseline) Placement(double ox, double oy) => (
        ox > 0.4 ? TextAnchor.Start : ox < -0.4 ? TextAnchor.End : TextAnchor.Middle,
        oy > 0.4 ? TextBaseline.Hanging : oy < -0.4 ? TextBaseline.Alphabetic : TextBaseline.Middle);

    private static double Reach(Box box, Point anchor, double ox, double oy) =>
        new[] { (box.Left, box.Top), (box.Right, box.Top), (box.Left, box.Bottom), (box.Right, box.Bottom) }
            .Max(c => (c.Item1 - anchor.X) * ox + (c.Item2 - anchor.Y) * oy);

    private static (double X, double Y) Unit(double x, double y)
    {
        var n = Math.Sqrt(x * x + y * y);
        return n == 0 ? (0, 1) : (x / n, y / n);
    }
}
