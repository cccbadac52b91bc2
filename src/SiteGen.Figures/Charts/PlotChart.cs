using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;
using SiteGen.Figures.Sampling;

namespace SiteGen.Figures.Charts;

/// <summary>
/// Draws function graphs: each series sampled adaptively and clipped to the plot, with marked
/// points, tangent lines, dashed guides, labels placed clear of the curves (a label that had to
/// move away from its point is tied to it by a thin line), and a legend above the plot when any
/// series has a label.
/// </summary>
public static class PlotChart
{
    /// <summary>Points per series in the first, uniform look that chooses an automatic y range.</summary>
    private const int RangeSamples = 400;

    public static Scene Draw(PlotSpec spec, FigureStyle style)
    {
        var y = spec.Y ?? AutomaticY(spec);
        var entries = spec.Series.Select((s, i) => (s, i)).Where(p => p.s.Label is not null)
            .Select(p => new LegendEntry(p.s.Label!, Palette.SeriesInk(ColourOf(spec, p.i)), p.s.Dashed ? LegendSwatch.DashedLine : LegendSwatch.Line)).ToList();
        var layout = ChartLayout.With(entries, style, top =>
            CartesianFrame.Layout(spec.Size, spec.X, y, style, spec.XTitle, spec.YTitle, spec.YScale, equalAspect: spec.EqualAspect, reserveTop: top));
        var frame = layout.Frame;

        var drawn = spec.Series.Select((s, i) => Series(frame, s, ColourOf(spec, i), style)).ToList();
        var series = drawn.Select(d => d.Path).ToList();
        var jumpDots = drawn.SelectMany(d => d.Dots).ToList();
        var guides = spec.Guides.Select(g => GuideLine(frame, g, style)).ToList();
        // Each tangent takes its own palette colour, the next one no series uses, so two tangents
        // at neighbouring points can be told apart where they cross.
        var free = Enumerable.Range(0, Palette.Series.Count).Except(spec.Series.Select((_, i) => ColourOf(spec, i))).ToList();
        var tangents = spec.Tangents.Select((t, k) => Annotations.Tangent(frame, t,
            Palette.SeriesInk(free.Count > 0 ? free[k % free.Count] : spec.Series.Count + k), style)).ToList();
        var markers = spec.Points.Select(p => Annotations.Marker(frame, p, InkAt(spec, frame, p.X, p.Y), style)).ToList();

        var placer = new LabelPlacer(frame.Area.Box, style);
        foreach (var path in series.Concat(guides).Concat(tangents)) placer.Avoid(path);
        // The placer keeps its own gap around what it avoids; a wider box here would push a label off
        // the diagonal places right beside its own marker.
        foreach (var marker in markers) placer.AvoidMarker(Annotations.BoxOf(marker, 0));
        var labels = new List<SceneItem>();
        foreach (var label in spec.Guides.Select(g => GuideLabel(frame, g, style)).OfType<TextItem>())
        {
            placer.Avoid(TextBounds.Of(label, style.Font));
            labels.Add(label);
        }
        var leaders = new List<SceneItem>();
        foreach (var point in spec.Points.Where(p => p.Label is not null))
        {
            var anchor = frame.Map(point.X, point.Y);
            var label = placer.Place(anchor, point.Label!, style.MarkerRadius + 1);
            labels.Add(label);
            if (Annotations.Leader(anchor, label, style) is { } leader) leaders.Add(leader);
        }
        var anchors = spec.Points.Select(p => frame.Map(p.X, p.Y)).Concat(spec.Tangents.Select(t => frame.Map(t.X, t.Y))).ToList();
        foreach (var (tangent, path) in spec.Tangents.Zip(tangents).Where(t => t.First.Label is not null))
        {
            var own = frame.Map(tangent.X, tangent.Y);
            labels.Add(Annotations.TangentLabel(placer, path, tangent.Label!, [.. anchors.Where(a => a != own)]));
        }

        var items = new List<SceneItem>();
        items.AddRange(spec.Grid ? frame.Grid() : frame.ZeroLines());
        items.AddRange(guides);
        // Tangents go over the curves: a thinner line in its own colour, so it is seen running
        // along its curve where it touches and leaving it on both sides, where a tangent drawn
        // under the curve vanishes along the stretch it hugs.
        items.AddRange(series);
        items.AddRange(tangents);
        items.AddRange(frame.Axes());
        items.AddRange(jumpDots);
        items.AddRange(leaders);
        items.AddRange(markers);
        items.AddRange(labels);
        items.AddRange(layout.LegendItems);
        return new Scene(frame.Size.Width, frame.Size.Height, spec.Text.Title, spec.Text.Description, items);
    }

    private static (PathItem Path, List<CircleItem> Dots) Series(CartesianFrame frame, FunctionSeries series, int index, FigureStyle style)
    {
        var stroke = SeriesStroke.For(index, series.Dashed, style);
        if (frame.YScale == AxisScale.Log) return (LogSeries(frame, series, stroke), []);
        var window = new SampleWindow(frame.X, frame.Y, frame.Area.Width, frame.Area.Height);
        var curve = AdaptiveSampler.Sample(series.F, window);
        if (!series.JumpDots) return (frame.Curve(curve.Pieces, stroke) with { Class = "series" }, []);
        var (pieces, jumps) = Jumps.Split(curve, window);
        var dots = new List<CircleItem>();
        foreach (var jump in jumps)
        {
            // The closed dot is the value the function takes at the jump (relu′(0) = 0); the open one is the side it only approaches.
            var at = jump.X;
            var value = series.F(at);
            var open = Math.Abs(value - jump.Left) <= Math.Abs(value - jump.Right) ? jump.Right : jump.Left;
            var ink = Palette.SeriesInk(index);
            dots.Add(new CircleItem(frame.Map(at, open), style.MarkerRadius * 0.8, new Fill(Palette.Background), new Stroke(ink, style.SeriesWidth * 0.8)) { Class = "jump-open" });
            if (double.IsFinite(value))
                dots.Add(new CircleItem(frame.Map(at, value), style.MarkerRadius * 0.8, new Fill(ink), new Stroke(ink, style.SeriesWidth * 0.8)) { Class = "jump-closed" });
        }
        return (frame.Curve(pieces, stroke) with { Class = "series" }, dots);
    }

    /// <summary>
    /// A curve on a logarithmic y axis: sampled as log₁₀ f, in which the axis is linear, so the
    /// sampler's pixel tests hold on screen; points where f is not above 0 break the curve.
    /// </summary>
    private static PathItem LogSeries(CartesianFrame frame, FunctionSeries series, Stroke stroke)
    {
        var window = new SampleWindow(frame.X, new Interval(Math.Log10(frame.Y.Min), Math.Log10(frame.Y.Max)), frame.Area.Width, frame.Area.Height);
        var curve = AdaptiveSampler.Sample(x => series.F(x) is > 0 and var v ? Math.Log10(v) : double.NaN, window);
        var pieces = curve.Pieces.Select(p => (IReadOnlyList<(double X, double Y)>)p.Select(q => (q.X, Math.Pow(10, q.Y))).ToList());
        return frame.Curve(pieces, stroke) with { Class = "series" };
    }

    /// <summary>The palette colour of series <paramref name="index"/>: its own, or its place in order.</summary>
    private static int ColourOf(PlotSpec spec, int index) => spec.Series[index].Colour ?? index;

    private static Interval AutomaticY(PlotSpec spec)
    {
        var sampled = spec.Series.SelectMany(s => Enumerable.Range(0, RangeSamples + 1)
            .Select(i => s.F(spec.X.Min + spec.X.Length * i / RangeSamples)));
        var shown = spec.Points.Select(p => p.Y)
            .Concat(spec.Tangents.Select(t => t.Y))
            .Concat(spec.Guides.Where(g => g.Direction == GuideDirection.Horizontal).Select(g => g.At));
        return spec.YScale == AxisScale.Log ? AxisRange.Log(sampled.Concat(shown)) : AxisRange.Linear(sampled, shown);
    }

    // A marked point on a series takes that series' colour; a free-standing one is drawn in text colour.
    private static Ink InkAt(PlotSpec spec, CartesianFrame frame, double x, double y)
    {
        for (var i = 0; i < spec.Series.Count; i++)
        {
            if (Math.Abs(spec.Series[i].F(x) - y) <= frame.Y.Length * 1e-6) return Palette.SeriesInk(ColourOf(spec, i));
        }
        return Palette.Text;
    }

    private static PathItem GuideLine(CartesianFrame frame, GuideLine guide, FigureStyle style)
    {
        var a = frame.Area;
        IReadOnlyList<Point> line = guide.Direction == GuideDirection.Vertical
            ? [new(frame.MapX(guide.At), a.Top), new(frame.MapX(guide.At), a.Bottom)]
            : [new(a.Left, frame.MapY(guide.At)), new(a.Right, frame.MapY(guide.At))];
        var stroke = new Stroke(Palette.Muted, style.AxisWidth, [4, 3]);
        return new PathItem(frame.Clip(line), stroke, null, false) { Class = "guide" };
    }

    // A guide's label sits at its far end: the top of a vertical guide, the right of a horizontal one.
    private static TextItem? GuideLabel(CartesianFrame frame, GuideLine guide, FigureStyle style)
    {
        if (guide.Label is null) return null;
        var size = style.AnnotationSize;
        var a = frame.Area;
        var label = guide.Direction == GuideDirection.Vertical
            ? Inside(new TextItem(new(frame.MapX(guide.At) + 4, a.Top + TextBounds.Ascent * size + 2), guide.Label, size, Palette.Muted), a, style)
            : new TextItem(new(a.Right - 4, frame.MapY(guide.At) - 4 - TextBounds.Descent * size), guide.Label, size, Palette.Muted, TextAnchor.End);
        return label with { Class = "annotation" };
    }

    // A vertical guide near the right edge has its label on its left instead.
    private static TextItem Inside(TextItem label, PlotArea area, FigureStyle style) =>
        TextBounds.Of(label, style.Font).Right <= area.Right ? label
            : label with { At = label.At with { X = label.At.X - 8 }, Anchor = TextAnchor.End };
}
