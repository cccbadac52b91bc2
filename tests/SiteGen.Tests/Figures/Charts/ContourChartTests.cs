using System.Text.RegularExpressions;
using SiteGen.Figures.Axes;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Charts;

public class ContourChartTests
{
    private static readonly Interval Square = new(-4, 4);

    private static ContourSpec Bowl() =>
        new(new FigureSize(560, 460), new FigureText("A bowl", "Contours of x² + y²."), Square, Square, (x, y) => x * x + y * y)
        { XTitle = "x", YTitle = "y", ColourBarTitle = "f(x, y)" };

    [Fact]
    public void A_filled_bowl_with_ten_levels_keeps_its_path_data_small()
    {
        var svg = SvgWriter.Write(ContourChart.Draw(Bowl(), ChartTestStyle.Style), new SvgOptions("bowl"));

        var pathData = Regex.Matches(svg, "\\sd=\"[^\"]*\"").Sum(m => m.Length);
        Assert.InRange(pathData, 1, 30_000);
    }

    [Fact]
    public void Bands_are_painted_lowest_first_one_path_per_level()
    {
        var scene = ContourChart.Draw(Bowl() with { Levels = [5, 10, 20] }, ChartTestStyle.Style);

        var bands = scene.Items.OfType<PathItem>().Where(p => p.Class == "contour-band").ToList();
        Assert.Equal(4, bands.Count);
        Assert.Equal([ContourChart.BandInk(-1, 3), ContourChart.BandInk(0, 3), ContourChart.BandInk(1, 3), ContourChart.BandInk(2, 3)],
            bands.Select(b => b.Fill!.Ink));
    }

    [Fact]
    public void Everything_stays_inside_the_figure_and_labels_do_not_collide()
    {
        var spec = Bowl() with
        {
            Arrows = new ArrowField((x, y) => (2 * x, 2 * y), 9, 9),
            Paths = [new PathSeries([(3.5, 3), (2.8, 2.4), (2.24, 1.92)], "gradient descent")],
            Points = [new MarkedPoint(0, 0, "minimum"), new MarkedPoint(0.2, 0.1, "nearby"), new MarkedPoint(3.9, 3.9, "corner")],
        };
        var scene = ContourChart.Draw(spec, ChartTestStyle.Style);

        var figure = new Box(0, 0, scene.Width, scene.Height);
        var texts = scene.Items.OfType<TextItem>().Select(t => TextBounds.Of(t, ChartTestStyle.Style)).ToList();
        Assert.All(texts, t => Assert.True(figure.Contains(t)));
        Assert.All(scene.Items.OfType<PathItem>().SelectMany(p => p.Pieces).SelectMany(p => p), p => Assert.True(figure.Contains(p)));
        var labels = scene.Items.OfType<TextItem>().Where(t => t.Class == "point-label").Select(t => TextBounds.Of(t, ChartTestStyle.Style)).ToList();
        Assert.Equal(3, labels.Count);
        for (var a = 0; a < labels.Count; a++)
            for (var b = a + 1; b < labels.Count; b++)
                Assert.False(labels[a].Overlaps(labels[b]));
    }

    [Fact]
    public void A_wide_map_with_equal_units_is_drawn_on_a_shorter_figure_in_both_writers()
    {
        var spec = Bowl() with { X = new Interval(-6, 6), Y = new Interval(-1, 1) };
        var scene = ContourChart.Draw(spec, ChartTestStyle.Style);
        Assert.Equal(560, scene.Width);
        Assert.InRange(scene.Height, 100, 300);
        var bottom = scene.Items.OfType<TextItem>().Max(t => TextBounds.Of(t, ChartTestStyle.Style).Bottom);
        Assert.InRange(scene.Height - bottom, 0, 12);
        Assert.Contains($"viewBox=\"0 0 560 {scene.Height}\"", SvgWriter.Write(scene, new SvgOptions("wide")));
        using var png = SkiaSharp.SKBitmap.Decode(PngWriter.Write(scene, ChartTestStyle.Style.Font, 1));
        Assert.Equal((int)Math.Ceiling(scene.Height), png.Height);
    }

    [Fact]
    public void A_legend_that_wraps_past_the_y_axis_labels_moves_the_plot_down_and_stays_in_the_figure()
    {
        // Six long labels on a wide map: measured across the figure they take two rows, but they
        // start at the plot's left edge, so they take three.
        var labels = new[] { "SGD (rate 0.04)", "Momentum (rate 0.04)", "Nesterov (rate 0.04)", "RMSprop (rate 0.1)", "Adagrad (rate 1)", "Adam (rate 0.3)" };
        var spec = Bowl() with
        {
            X = new Interval(-4, 4), Y = new Interval(-2, 2),
            Paths = [.. labels.Select((l, k) => new PathSeries([(-3.5, 1.5), (k * 0.5 - 1, 0)], l) { Colour = k })],
        };
        var scene = ContourChart.Draw(spec, ChartTestStyle.Style);

        var legend = scene.Items.OfType<TextItem>().Where(t => t.Class == "legend").Select(t => TextBounds.Of(t, ChartTestStyle.Style)).ToList();
        Assert.Equal(labels.Length, legend.Count);
        Assert.All(legend, box => Assert.True(box.Top >= 0, $"a legend entry starts {-box.Top:0.0} px above the figure"));
        var plotTop = scene.Items.OfType<PathItem>().Where(p => p.Class == "contour-band").SelectMany(p => p.Pieces).SelectMany(p => p).Min(p => p.Y);
        Assert.All(legend, box => Assert.True(box.Bottom < plotTop));
    }

    [Fact]
    public void A_zigzag_path_and_its_halo_turn_round_corners_so_no_spike_grows_at_a_sharp_turn()
    {
        var spec = Bowl() with { Paths = [new PathSeries([(-3, 2), (-2.5, -2), (-2, 1.8), (-1.5, -1.6)], null)] };
        var scene = ContourChart.Draw(spec, ChartTestStyle.Style);

        var strokes = scene.Items.OfType<PathItem>().Where(p => p.Class is "path" or "path-halo").Select(p => p.Stroke!).ToList();
        Assert.Equal(2, strokes.Count);
        Assert.All(strokes, s => Assert.True(s.RoundJoins));
        Assert.Equal(2, Regex.Matches(SvgWriter.Write(scene, new SvgOptions("zigzag")), "stroke-linejoin=\"round\"").Count);
    }

    [Fact]
    public void A_labelled_path_puts_its_legend_above_the_plot()
    {
        var spec = Bowl() with { Paths = [new PathSeries([(3, 3), (2, 2)], "descent")] };
        var scene = ContourChart.Draw(spec, ChartTestStyle.Style);

        var legend = Assert.Single(scene.Items.OfType<TextItem>(), t => t.Class == "legend");
        var plotTop = scene.Items.OfType<PathItem>().Where(p => p.Class == "contour-band").SelectMany(p => p.Pieces).SelectMany(p => p).Min(p => p.Y);
        Assert.True(TextBounds.Of(legend, ChartTestStyle.Style).Bottom < plotTop);
    }

    [Fact]
    public void Lines_draw_one_coloured_path_per_level()
    {
        var scene = ContourChart.Draw(Bowl() with { Style = ContourStyle.Lines, Levels = [4, 9, 16] }, ChartTestStyle.Style);

        var lines = scene.Items.OfType<PathItem>().Where(p => p.Class == "contour-line").ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(3, lines.Select(l => l.Stroke!.Ink).Distinct().Count());
    }

    [Fact]
    public void Inline_level_labels_sit_inside_the_plot_apart_from_each_other()
    {
        var scene = ContourChart.Draw(Bowl() with { Style = ContourStyle.Lines }, ChartTestStyle.Style);

        var labels = scene.Items.OfType<TextItem>().Where(t => t.Class == "contour-label").Select(t => TextBounds.Of(t, ChartTestStyle.Style)).ToList();
        var plot = scene.Items.OfType<PathItem>().Where(p => p.Class == "contour-line").SelectMany(p => p.Pieces).SelectMany(p => p).ToList();
        var area = new Box(plot.Min(p => p.X), plot.Min(p => p.Y), plot.Max(p => p.X), plot.Max(p => p.Y));
        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.True(area.Contains(l)));
        for (var a = 0; a < labels.Count; a++)
            for (var b = a + 1; b < labels.Count; b++)
                Assert.False(labels[a].Overlaps(labels[b]));
    }

    [Fact]
    public void Drawing_twice_gives_the_same_figure()
    {
        var spec = Bowl() with { Arrows = new ArrowField((x, y) => (2 * x, 2 * y), 7, 7), Points = [new MarkedPoint(0, 0, "minimum")] };

        Assert.Equal(SvgWriter.Write(ContourChart.Draw(spec, ChartTestStyle.Style), new SvgOptions("c")),
            SvgWriter.Write(ContourChart.Draw(spec, ChartTestStyle.Style), new SvgOptions("c")));
    }
}
