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
