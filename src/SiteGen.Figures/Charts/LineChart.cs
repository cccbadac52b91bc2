using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// Draws lines through computed points, such as a loss curve over training steps: linear or
/// log y, optional point markers, and a legend above the plot when any series has a label.
/// </summary>
public static class LineChart
{
    public static Scene Draw(LineSpec spec, FigureStyle style)
    {
        var xs = spec.Series.SelectMany(s => s.X).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        var ys = spec.Series.SelectMany(s => s.Y).ToList();
        var x = new Interval(xs.Min(), xs.Max());
        var y = spec.YScale == AxisScale.Log ? AxisRange.Log(ys, fromDecade: false) : AxisRange.Linear([], ys);
        var entries = spec.Series.Select((s, i) => (s, i)).Where(p => p.s.Label is not null)
            .Select(p => new LegendEntry(p.s.Label!, Palette.SeriesInk(p.s.Colour ?? p.i), p.s.Dashed ? LegendSwatch.DashedLine : LegendSwatch.Line)).ToList();
        var layout = ChartLayout.With(entries, style, top =>
            CartesianFrame.Layout(spec.Size, x, y, style, spec.XTitle, spec.YTitle, spec.YScale, reserveTop: top));
        var frame = layout.Frame;

        var items = new List<SceneItem>();
        items.AddRange(frame.Grid());
        var markers = new List<SceneItem>();
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var points = Points(spec.Series[s], spec.YScale);
            var colour = spec.Series[s].Colour ?? s;
            items.Add(frame.Curve(points, SeriesStroke.For(colour, spec.Series[s].Dashed, style)) with { Class = "series" });
            if (!spec.Markers) continue;
            foreach (var (px, py) in points.SelectMany(p => p).Where(p => frame.X.Contains(p.X) && frame.Y.Contains(p.Y)))
            {
                var marker = new CircleItem(frame.Map(px, py), style.MarkerRadius * 0.75, new Fill(Palette.SeriesInk(colour)), new Stroke(Palette.Background, 1));
                markers.Add(marker with { Class = "marker" });
            }
        }
        items.AddRange(frame.Axes());
        items.AddRange(markers);
        items.AddRange(layout.LegendItems);
        return new Scene(spec.Size.Width, spec.Size.Height, spec.Text.Title, spec.Text.Description, items);
    }

    // Missing values (NaN, or zero and below on a log axis) break the line instead of bridging the gap.
    private static IReadOnlyList<IReadOnlyList<(double X, double Y)>> Points(DataSeries series, AxisScale scale)
    {
        var pieces = new List<IReadOnlyList<(double, double)>>();
        var current = new List<(double, double)>();
        for (var i = 0; i < Math.Min(series.X.Count, series.Y.Count); i++)
        {
            var (x, y) = (series.X[i], series.Y[i]);
            var usable = double.IsFinite(x) && double.IsFinite(y) && (scale == AxisScale.Linear || y > 0);
            if (usable) { current.Add((x, y)); continue; }
            if (current.Count > 0) pieces.Add(current);
            current = [];
        }
        if (current.Count > 0) pieces.Add(current);
        return pieces;
    }
}
