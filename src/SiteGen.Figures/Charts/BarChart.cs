using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// Draws grouped bars: one band per category, one bar per series inside it, on a linear axis
/// from zero or on a log axis from the bottom of the axis (for values spanning 10⁻⁸ to 1).
/// </summary>
public static class BarChart
{
    /// <summary>The share of a category's band the group of bars fills.</summary>
    private const double GroupWidth = 0.8;
    /// <summary>Pixels between neighbouring bars of a group.</summary>
    private const double BarGap = 1.5;

    public static Scene Draw(BarSpec spec, FigureStyle style)
    {
        var values = spec.Series.SelectMany(s => s.Values).ToList();
        var y = spec.YScale == AxisScale.Log ? AxisRange.Log(values) : AxisRange.Linear([], values.Append(0));
        var entries = spec.Series.Select((s, i) => (s, i)).Where(p => p.s.Label is not null)
            .Select(p => new LegendEntry(p.s.Label!, Palette.SeriesInk(p.s.Colour ?? p.i), LegendSwatch.Block)).ToList();
        var layout = ChartLayout.With(entries, style, top =>
            CartesianFrame.LayoutCategories(spec.Size, spec.Categories, y, style, spec.XTitle, spec.YTitle, spec.YScale, top));
        var frame = layout.Frame;

        var items = new List<SceneItem>();
        items.AddRange(frame.Grid());
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var bars = Bars(frame, spec, s).ToList();
            if (bars.Count > 0) items.Add(new PathItem(bars, null, new Fill(Palette.SeriesInk(spec.Series[s].Colour ?? s)), true) { Class = "bar" });
        }
        items.AddRange(frame.Axes());
        items.AddRange(layout.LegendItems);
        return new Scene(spec.Size.Width, spec.Size.Height, spec.Text.Title, spec.Text.Description, items);
    }

    // Each bar is a rectangle from the base (zero, or the bottom of a log axis) to its value.
    private static IEnumerable<IReadOnlyList<Point>> Bars(CartesianFrame frame, BarSpec spec, int series)
    {
        var count = spec.Series.Count;
        var bandPixels = frame.Area.Width / Math.Max(1, spec.Categories.Count);
        var barPixels = Math.Max(1, (bandPixels * GroupWidth - BarGap * (count - 1)) / count);
        var baseY = spec.YScale == AxisScale.Log ? frame.Area.Bottom : Math.Min(frame.Area.Bottom, frame.MapY(0));
        var values = spec.Series[series].Values;
        for (var c = 0; c < Math.Min(values.Count, spec.Categories.Count); c++)
        {
            var value = values[c];
            if (!double.IsFinite(value) || (spec.YScale == AxisScale.Log && value <= 0)) continue;
            var left = frame.MapX(c + 0.5) - bandPixels * GroupWidth / 2 + series * (barPixels + BarGap);
            var top = Math.Clamp(frame.MapY(value), frame.Area.Top, frame.Area.Bottom);
            yield return [new(left, baseY), new(left + barPixels, baseY), new(left + barPixels, top), new(left, top)];
        }
    }
}
