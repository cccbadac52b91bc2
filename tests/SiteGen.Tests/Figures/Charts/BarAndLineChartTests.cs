using SiteGen.Figures.Axes;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Charts;

public class BarAndLineChartTests
{
    private static readonly FigureStyle Style = ChartTestStyle.Style;
    private static readonly FigureSize Size = new(640, 400);
    private static readonly Box Figure = new(0, 0, Size.Width, Size.Height);

    private static BarSpec VanishingGradients() => new(Size, new("norms", "gradient norm per layer"),
        Enumerable.Range(1, 10).Select(i => $"layer {i}").ToList(),
        [new("sigmoid", Enumerable.Range(0, 10).Select(i => Math.Pow(10, -8 + 8.0 * i / 9)).ToList())])
    { YScale = AxisScale.Log, XTitle = "layer", YTitle = "‖∇‖" };

    [Fact]
    public void A_log_bar_chart_shows_values_from_1e_minus_8_to_1()
    {
        var scene = BarChart.Draw(VanishingGradients(), Style);
        var bars = scene.Items.OfType<PathItem>().Single(p => p.Class == "bar");
        Assert.Equal(10, bars.Pieces.Count);
        var labels = scene.Items.OfType<TextItem>().Select(t => t.Text).ToList();
        Assert.Contains("10⁻⁸", labels);
        Assert.Contains("10⁰", labels);
        // Every bar starts at the bottom of the axis and the smallest is still visible.
        var bottom = bars.Pieces.Max(p => p.Max(q => q.Y));
        Assert.All(bars.Pieces, p => Assert.Equal(bottom, p.Max(q => q.Y), 6));
        Assert.True(bottom - bars.Pieces[0].Min(q => q.Y) > 5);
        Assert.True(bars.Pieces[9].Min(q => q.Y) < bars.Pieces[0].Min(q => q.Y));
    }

    [Fact]
    public void Bar_and_line_texts_lie_inside_the_figure_and_do_not_overlap()
    {
        var steps = Enumerable.Range(0, 101).Select(i => (double)i).ToList();
        var line = new LineSpec(Size, new("loss", "loss"), [new("loss", steps, steps.Select(t => 2.3 * Math.Exp(-t / 15)).ToList())])
            { XTitle = "step", YTitle = "loss", Markers = true };
        foreach (var scene in new[] { BarChart.Draw(VanishingGradients(), Style), LineChart.Draw(line, Style) })
        {
            var boxes = scene.Items.OfType<TextItem>().Select(t => (t.Text, Box: TextBounds.Of(t, Style))).ToList();
            Assert.All(boxes, b => Assert.True(Figure.Contains(b.Box), $"'{b.Text}' sticks out"));
            for (var i = 0; i < boxes.Count; i++)
                for (var j = i + 1; j < boxes.Count; j++)
                    Assert.False(boxes[i].Box.Overlaps(boxes[j].Box), $"'{boxes[i].Text}' overlaps '{boxes[j].Text}'");
        }
    }

    [Fact]
    public void Grouped_bars_get_one_colour_per_series()
    {
        var spec = new BarSpec(Size, new("g", "g"), ["a", "b", "c"], [new("one", [1, 2, 3]), new("two", [3, 2, 1])]);
        var bars = BarChart.Draw(spec, Style).Items.OfType<PathItem>().Where(p => p.Class == "bar").ToList();
        Assert.Equal([Palette.SeriesInk(0), Palette.SeriesInk(1)], bars.Select(b => b.Fill!.Ink));
    }

    [Fact]
    public void A_log_line_chart_breaks_at_values_it_cannot_show()
    {
        var spec = new LineSpec(Size, new("l", "l"), [new(null, [0, 1, 2, 3, 4], [1, 0.1, 0, 0.01, 0.001])]) { YScale = AxisScale.Log };
        var scene = LineChart.Draw(spec, Style);
        Assert.Equal(2, scene.Items.OfType<PathItem>().Single(p => p.Class == "series").Pieces.Count);
        Assert.DoesNotContain(scene.Items, i => i.Class == "legend");
    }
}
