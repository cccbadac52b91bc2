using SiteGen.Figures.Axes;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Charts;

public class PlotChartTests
{
    private static readonly FigureStyle Style = ChartTestStyle.Style;
    private static readonly FigureSize Size = new(640, 400);
    private static readonly Func<double, double> Sigmoid = x => 1 / (1 + Math.Exp(-x));

    private static PlotSpec Spec(params FunctionSeries[] series) => new(Size, new("test", "test"), new(-6, 6), null, series);

    private static PlotSpec Parabola() => new(Size, new("x²", "x² with tangents"), new(0, 5), null, [new(x => x * x, "x²")])
    {
        XTitle = "x", YTitle = "f(x)",
        Tangents = [new(3, 9, 6, "slope 6"), new(4, 16, 8, "slope 8")],
        Points = [new(3, 9, "(3, 9)"), new(4, 16, "(4, 16)")],
    };

    [Fact]
    public void Each_series_is_one_path_in_palette_order()
    {
        var scene = PlotChart.Draw(Spec(new FunctionSeries(Sigmoid, "σ(x)"), new(x => Sigmoid(x) * (1 - Sigmoid(x)), "σ′(x)", Dashed: true)), Style);
        var series = scene.Items.OfType<PathItem>().Where(p => p.Class == "series").ToList();
        Assert.Equal(2, series.Count);
        Assert.Equal(Palette.SeriesInk(0), series[0].Stroke!.Ink);
        Assert.Equal(Palette.SeriesInk(1), series[1].Stroke!.Ink);
        Assert.Null(series[0].Stroke!.Dash);
        Assert.NotNull(series[1].Stroke!.Dash);
    }

    [Fact]
    public void A_jump_drawn_with_dots_has_a_closed_dot_at_the_value_an_open_one_on_the_other_side_and_no_vertical_line()
    {
        Func<double, double> reluSlope = x => x > 0 ? 1 : 0;
        var spec = new PlotSpec(Size, new("t", "t"), new(-3, 3), new(-0.25, 1.25), [new FunctionSeries(reluSlope, null) { JumpDots = true }]);
        var scene = PlotChart.Draw(spec, Style);
        var closed = Assert.Single(scene.Items.OfType<CircleItem>(), c => c.Class == "jump-closed");
        var open = Assert.Single(scene.Items.OfType<CircleItem>(), c => c.Class == "jump-open");
        Assert.True(closed.Centre.Y > open.Centre.Y, "relu′(0) is 0, so the closed dot is the lower one");
        Assert.Equal(closed.Centre.X, open.Centre.X, 6);
        Assert.Equal(Palette.Background, open.Fill!.Ink);
        // The curve is two pieces, neither with a vertical step in it.
        var series = Assert.Single(scene.Items.OfType<PathItem>(), p => p.Class == "series");
        Assert.Equal(2, series.Pieces.Count);
        foreach (var piece in series.Pieces)
            Assert.All(piece.Zip(piece.Skip(1)), step => Assert.True(Math.Abs(step.Second.Y - step.First.Y) < 1, "a vertical step"));
    }

    [Fact]
    public void On_a_log_axis_an_exponential_is_a_straight_line()
    {
        var spec = new PlotSpec(Size, new("t", "t"), new(0, 10), new(1e-5, 1), [new FunctionSeries(x => Math.Exp(-x), null)]) { YScale = AxisScale.Log };
        var points = Assert.Single(Assert.Single(PlotChart.Draw(spec, Style).Items.OfType<PathItem>(), p => p.Class == "series").Pieces);
        var (first, last) = (points[0], points[^1]);
        foreach (var p in points)
        {
            var onLine = first.Y + (last.Y - first.Y) * (p.X - first.X) / (last.X - first.X);
            Assert.True(Math.Abs(p.Y - onLine) < 0.5, $"({p.X}, {p.Y}) is {p.Y - onLine} px off the straight line");
        }
    }

    [Fact]
    public void Without_jump_dots_a_jump_is_one_joined_line()
    {
        var spec = new PlotSpec(Size, new("t", "t"), new(-3, 3), new(-0.25, 1.25), [new FunctionSeries(x => x > 0 ? 1 : 0, null)]);
        var scene = PlotChart.Draw(spec, Style);
        Assert.DoesNotContain(scene.Items.OfType<CircleItem>(), c => c.Class is "jump-open" or "jump-closed");
        Assert.Single(Assert.Single(scene.Items.OfType<PathItem>(), p => p.Class == "series").Pieces);
    }

    [Fact]
    public void A_legend_is_drawn_only_when_a_series_has_a_label()
    {
        Assert.Contains(PlotChart.Draw(Spec(new FunctionSeries(Sigmoid, "σ(x)")), Style).Items, i => i.Class == "legend");
        Assert.DoesNotContain(PlotChart.Draw(Spec(new FunctionSeries(Sigmoid, null)), Style).Items, i => i.Class == "legend");
    }

    [Fact]
    public void The_legend_sits_above_the_plot_area()
    {
        var scene = PlotChart.Draw(Spec(new FunctionSeries(Sigmoid, "σ(x)"), new(Math.Tanh, "tanh(x)")), Style);
        var gridTop = scene.Items.OfType<PathItem>().Where(p => p.Class == "axis").SelectMany(p => p.Pieces).SelectMany(p => p).Min(p => p.Y);
        Assert.All(scene.Items.OfType<TextItem>().Where(t => t.Class == "legend"),
            t => Assert.True(TextBounds.Of(t, Style).Bottom < gridTop));
    }

    [Fact]
    public void A_tangent_passes_through_its_point_with_its_slope()
    {
        // Without a legend and with a fixed y range, the chart's frame is the plain layout of its ranges.
        var spec = Parabola() with { Y = new Interval(0, 30), Series = [new(x => x * x, null)] };
        var frame = CartesianFrame.Layout(Size, spec.X, spec.Y!.Value, Style, spec.XTitle, spec.YTitle);
        var tangents = PlotChart.Draw(spec, Style).Items.OfType<PathItem>().Where(p => p.Class == "tangent").ToList();
        foreach (var (tangent, line) in spec.Tangents.Zip(tangents))
        {
            var points = line.Pieces.SelectMany(p => p).ToList();
            var (x0, y0) = frame.Unmap(points[0]);
            var (x1, y1) = frame.Unmap(points[^1]);
            Assert.Equal(tangent.Slope, (y1 - y0) / (x1 - x0), 6);
            Assert.Equal(tangent.Y, y0 + tangent.Slope * (tangent.X - x0), 6);
            Assert.True(x0 < tangent.X && x1 > tangent.X);
        }
    }

    [Fact]
    public void Each_tangent_takes_its_own_colour_after_the_series_colours()
    {
        var scene = PlotChart.Draw(Parabola(), Style);
        var tangents = scene.Items.OfType<PathItem>().Where(p => p.Class == "tangent").ToList();
        Assert.Equal([Palette.SeriesInk(1), Palette.SeriesInk(2)], tangents.Select(t => t.Stroke!.Ink));
        var labels = scene.Items.OfType<TextItem>().Where(t => t.Text.StartsWith("slope")).ToList();
        Assert.Equal([Palette.SeriesInk(1), Palette.SeriesInk(2)], labels.Select(t => t.Ink));
    }

    [Fact]
    public void A_tangent_is_drawn_over_its_curve_so_the_stretch_where_it_hugs_the_curve_still_shows()
    {
        var items = PlotChart.Draw(Parabola(), Style).Items.ToList();
        var curve = items.FindIndex(i => i.Class == "series");
        var tangents = items.Select((item, index) => (item, index)).Where(p => p.item.Class == "tangent").Select(p => p.index).ToList();
        Assert.Equal(2, tangents.Count);
        Assert.All(tangents, t => Assert.True(t > curve, "a tangent is drawn under the curve"));
        var (line, tangent) = (items.OfType<PathItem>().First(p => p.Class == "series"), items.OfType<PathItem>().First(p => p.Class == "tangent"));
        Assert.True(tangent.Stroke!.Width < line.Stroke!.Width, "over the curve, a tangent as wide as it would hide it");
    }

    [Fact]
    public void A_tangent_is_long_enough_to_read_as_a_straight_line()
    {
        var spec = Parabola() with { Y = new Interval(-5, 40) };
        var frame = CartesianFrame.Layout(Size, spec.X, spec.Y!.Value, Style, spec.XTitle, spec.YTitle,
            reserveTop: Legend.Height([new("x²", Palette.SeriesInk(0))], 1000, Style));
        foreach (var tangent in PlotChart.Draw(spec, Style).Items.OfType<PathItem>().Where(p => p.Class == "tangent"))
        {
            var (a, b) = (tangent.Pieces[0][0], tangent.Pieces[0][^1]);
            var length = Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y));
            Assert.InRange(length / frame.Area.Width, 0.38, 0.46);
        }
    }

    [Fact]
    public void A_tangent_label_sits_at_the_end_away_from_the_other_points()
    {
        // The tangent at 3 reaches toward the point at 4 and the one at 4 toward 3; each label
        // belongs by the far end, or it reads as the neighbour's.
        var scene = PlotChart.Draw(Parabola(), Style);
        var markers = scene.Items.OfType<CircleItem>().Where(c => c.Class == "marker").Select(c => c.Centre).ToList();
        var labels = scene.Items.OfType<TextItem>().Where(t => t.Text.StartsWith("slope")).ToList();
        double Distance(TextItem label, Point p)
        {
            var box = TextBounds.Of(label, Style);
            var (cx, cy) = ((box.Left + box.Right) / 2, (box.Top + box.Bottom) / 2);
            return Math.Sqrt((cx - p.X) * (cx - p.X) + (cy - p.Y) * (cy - p.Y));
        }
        Assert.True(Distance(labels[0], markers[1]) > Distance(labels[0], markers[0]), "slope 6 sits by the point (4, 16)");
        Assert.True(Distance(labels[1], markers[0]) > Distance(labels[1], markers[1]), "slope 8 sits by the point (3, 9)");
    }

    [Fact]
    public void A_point_label_sits_close_to_its_marker()
    {
        var scene = PlotChart.Draw(Parabola(), Style);
        var marker = scene.Items.OfType<CircleItem>().First(c => c.Class == "marker");
        var label = TextBounds.Of(scene.Items.OfType<TextItem>().Single(t => t.Text == "(3, 9)"), Style);
        var gapX = Math.Max(0, Math.Max(label.Left - marker.Centre.X, marker.Centre.X - label.Right));
        var gapY = Math.Max(0, Math.Max(label.Top - marker.Centre.Y, marker.Centre.Y - label.Bottom));
        Assert.True(Math.Max(gapX, gapY) < 12, $"the label is {gapX:0.#}, {gapY:0.#} px from its point");
    }

    /// <summary>
    /// Lesson 2's sigmoid and its slope on a phone-sized drawing: the label of the point at x = 5
    /// is too long to fit beside it, so it sits a line above; it must still be over its own point,
    /// nearer to it than to the peak's marker, and tied to it by a leader.
    /// </summary>
    private static PlotSpec NarrowSigmoid() =>
        new(new FigureSize(360, 270), new("t", "t"), new(-10, 10), new(-0.05, 1.05),
            [new FunctionSeries(Sigmoid, "σ(x)"), new(x => Sigmoid(x) * (1 - Sigmoid(x)), "σ′(x)")])
        {
            YTitle = "value",
            Points = [new(0, 0.25, "peak 0.25"), new(5, Sigmoid(5) * (1 - Sigmoid(5)), "0.00665 at x = 5")],
        };

    [Fact]
    public void A_long_label_near_the_edge_stays_over_its_point_and_nearer_it_than_any_other_marker()
    {
        var scene = PlotChart.Draw(NarrowSigmoid(), Style);
        var markers = scene.Items.OfType<CircleItem>().Where(c => c.Class == "marker").Select(c => c.Centre).ToList();
        var label = TextBounds.Of(scene.Items.OfType<TextItem>().Single(t => t.Text == "0.00665 at x = 5"), Style);
        Assert.InRange(markers[1].X, label.Left, label.Right);
        Assert.True(LabelPlacer.Gap(label, markers[1]) < LabelPlacer.Gap(label, markers[0]),
            $"the label is {LabelPlacer.Gap(label, markers[1]):0.#} px from its point and {LabelPlacer.Gap(label, markers[0]):0.#} px from the peak");
        foreach (var curve in scene.Items.OfType<PathItem>().Where(p => p.Class == "series"))
            Assert.DoesNotContain(curve.Pieces.SelectMany(p => p.Zip(p.Skip(1))), s => label.Crosses(s.First, s.Second));
    }

    [Fact]
    public void A_label_that_had_to_move_away_from_its_point_is_tied_to_it_by_a_leader_and_one_beside_it_is_not()
    {
        var scene = PlotChart.Draw(NarrowSigmoid(), Style);
        var marker = scene.Items.OfType<CircleItem>().Where(c => c.Class == "marker").ElementAt(1).Centre;
        var label = TextBounds.Of(scene.Items.OfType<TextItem>().Single(t => t.Text == "0.00665 at x = 5"), Style);
        var leader = Assert.Single(scene.Items.OfType<PathItem>(), p => p.Class == "leader");
        var (from, to) = (leader.Pieces[0][0], leader.Pieces[0][^1]);
        Assert.InRange(Math.Sqrt((from.X - marker.X) * (from.X - marker.X) + (from.Y - marker.Y) * (from.Y - marker.Y)), Style.MarkerRadius, Style.MarkerRadius + 3);
        Assert.InRange(LabelPlacer.Gap(label, to), 0, 3);
        Assert.Equal(Palette.Muted, leader.Stroke!.Ink);
        // On the wide drawing both labels find room beside their points.
        var wide = PlotChart.Draw(NarrowSigmoid() with { Size = Size }, Style);
        Assert.DoesNotContain(wide.Items, i => i.Class == "leader");
        Assert.DoesNotContain(PlotChart.Draw(Parabola(), Style).Items, i => i.Class == "leader");
    }

    [Fact]
    public void A_label_keeps_off_the_axis_lines()
    {
        // The peak sits near the y axis: its label slides inward rather than touch the axis or the curve.
        var spec = new PlotSpec(Size, new("t", "t"), new(0, 360), null, [new(t => 6 * Math.Cos((t - 18) * Math.PI / 180), "wave")])
        {
            Points = [new(18, 6, "along ∇g")],
        };
        var scene = PlotChart.Draw(spec, Style);
        var axis = scene.Items.OfType<PathItem>().First(p => p.Class == "axis").Pieces[0];
        var label = TextBounds.Of(scene.Items.OfType<TextItem>().Single(t => t.Text == "along ∇g"), Style);
        Assert.True(label.Left >= axis[0].X + 2, "the label touches the y axis");
        var curve = scene.Items.OfType<PathItem>().Single(p => p.Class == "series");
        Assert.DoesNotContain(curve.Pieces.SelectMany(p => p.Zip(p.Skip(1))), s => label.Crosses(s.First, s.Second));
    }

    [Fact]
    public void Labels_of_close_points_do_not_overlap()
    {
        var spec = Spec(new FunctionSeries(Sigmoid, "σ")) with
        {
            Points = Enumerable.Range(0, 6).Select(i => new MarkedPoint(-0.3 + 0.12 * i, Sigmoid(-0.3 + 0.12 * i), $"p{i} = {i * 0.12:0.00}")).ToList(),
        };
        var labels = PlotChart.Draw(spec, Style).Items.OfType<TextItem>().Where(t => t.Class == "annotation").Select(t => TextBounds.Of(t, Style)).ToList();
        Assert.Equal(6, labels.Count);
        for (var i = 0; i < labels.Count; i++)
            for (var j = i + 1; j < labels.Count; j++)
                Assert.False(labels[i].Overlaps(labels[j]), $"labels {i} and {j} overlap");
    }

    [Fact]
    public void Point_and_tangent_labels_stay_off_the_curve()
    {
        var scene = PlotChart.Draw(Parabola(), Style);
        var curve = scene.Items.OfType<PathItem>().Single(p => p.Class == "series");
        foreach (var label in scene.Items.OfType<TextItem>().Where(t => t.Class == "annotation"))
        {
            var box = TextBounds.Of(label, Style);
            Assert.DoesNotContain(curve.Pieces.SelectMany(p => p.Zip(p.Skip(1))), s => box.Crosses(s.First, s.Second));
        }
    }

    [Fact]
    public void Every_text_lies_inside_the_figure()
    {
        var figure = new Box(0, 0, Size.Width, Size.Height);
        foreach (var scene in new[] { PlotChart.Draw(Parabola(), Style), PlotChart.Draw(Spec(new FunctionSeries(x => 1 / x, "1/x")), Style) })
            Assert.All(scene.Items.OfType<TextItem>(), t => Assert.True(figure.Contains(TextBounds.Of(t, Style)), $"'{t.Text}' sticks out"));
    }

    [Fact]
    public void The_automatic_range_ignores_the_flanks_of_a_pole()
    {
        var scene = PlotChart.Draw(Spec(new FunctionSeries(x => 1 / x, null)), Style);
        var labels = scene.Items.OfType<TextItem>().Where(t => t.Class == "axis").Select(t => t.Text).ToList();
        Assert.DoesNotContain(labels, l => l.Contains('×'));
        var series = scene.Items.OfType<PathItem>().Single(p => p.Class == "series");
        Assert.Equal(2, series.Pieces.Count);
    }

    [Fact]
    public void Drawing_is_deterministic()
    {
        var a = PlotChart.Draw(Parabola(), Style);
        var b = PlotChart.Draw(Parabola(), Style);
        Assert.Equal(a.Items.Count, b.Items.Count);
        Assert.Equal(a.Items.OfType<TextItem>().Select(t => t.At), b.Items.OfType<TextItem>().Select(t => t.At));
    }
}
