using SiteGen.Figures.Axes;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Charts;

public class SurfaceChartTests
{
    private static readonly Interval Square = new(-4, 4);

    private static SurfaceSpec Spec(Func<double, double, double> f) =>
        new(new FigureSize(560, 420), new FigureText("A surface", "A function of x and y as a surface."), Square, Square, f)
        { XTitle = "x", YTitle = "y", ZTitle = "f(x, y)" };

    [Theory]
    [InlineData(-60, 28)]
    [InlineData(45, 60)]
    [InlineData(160, 15)]
    public void The_surface_its_box_and_its_labels_fit_in_the_figure(double azimuth, double elevation)
    {
        var spec = Spec((x, y) => x * x - y * y) with { Azimuth = azimuth, Elevation = elevation };
        var scene = SurfaceChart.Draw(spec, ChartTestStyle.Style);

        var figure = new Box(0, 0, scene.Width, scene.Height);
        foreach (var item in scene.Items)
        {
            if (item is PathItem path) Assert.All(path.Pieces.SelectMany(p => p), p => Assert.True(figure.Contains(p), $"{item.Class} at {p}"));
            if (item is TextItem text) Assert.True(figure.Contains(TextBounds.Of(text, ChartTestStyle.Style)), $"label {text.Text}");
        }
    }

    [Fact]
    public void Every_cell_of_the_mesh_is_painted_once()
    {
        var scene = SurfaceChart.Draw(Spec((x, y) => x * x + y * y) with { Resolution = 30 }, ChartTestStyle.Style);

        Assert.Equal(900, scene.Items.Count(i => i.Class == "surface"));
    }

    [Theory]
    [InlineData(640, 40)]
    [InlineData(600, 37)]
    [InlineData(360, 22)]
    public void A_narrow_figure_draws_no_more_cells_than_it_can_show(double width, int cells)
    {
        var spec = Spec((x, y) => x * x + y * y) with { Size = new FigureSize(width, 400), Resolution = 60 };
        var scene = SurfaceChart.Draw(spec, ChartTestStyle.Style);

        Assert.Equal(cells * cells, scene.Items.Count(i => i.Class == "surface"));
    }

    [Fact]
    public void A_coarse_resolution_asked_for_is_kept()
    {
        var spec = Spec((x, y) => x * x + y * y) with { Size = new FigureSize(360, 300), Resolution = 12 };

        Assert.Equal(144, SurfaceChart.Draw(spec, ChartTestStyle.Style).Items.Count(i => i.Class == "surface"));
    }

    [Fact]
    public void The_default_surface_stays_small_as_svg()
    {
        // A 40 × 40 mesh was 137 KB at 600 px wide, and every page inlines two copies.
        var wide = SvgWriter.Write(SurfaceChart.Draw(Spec((x, y) => x * x + y * y) with { Size = new FigureSize(600, 460) }, ChartTestStyle.Style), new SvgOptions("w"));
        var compact = SvgWriter.Write(SurfaceChart.Draw(Spec((x, y) => x * x + y * y) with { Size = new FigureSize(360, 331) }, ChartTestStyle.Style), new SvgOptions("c"));

        Assert.InRange(wide.Length, 1, 100_000);
        Assert.InRange(compact.Length, 1, 40_000);
    }

    [Fact]
    public void Tick_labels_do_not_touch_each_other()
    {
        var scene = SurfaceChart.Draw(Spec((x, y) => x * x + y * y), ChartTestStyle.Style);

        var boxes = scene.Items.OfType<TextItem>().Select(t => TextBounds.Of(t, ChartTestStyle.Style)).ToList();
        for (var a = 0; a < boxes.Count; a++)
            for (var b = a + 1; b < boxes.Count; b++)
                Assert.False(boxes[a].Overlaps(boxes[b]));
    }

    /// <summary>
    /// Lesson 1's bowl, cut off at height 16, on a page and on a phone: the two floor axes span the
    /// same range and step alike (−2, 0, 2 on both, not "−2.5, 0.0, 2.5" on the shorter one), and no
    /// axis takes a step of 2.5, whose labels need a decimal the plots' axes never show.
    /// </summary>
    [Theory]
    [InlineData(600, 460)]
    [InlineData(360, 331)]
    public void Floor_axes_over_one_range_step_alike_and_no_axis_steps_by_two_and_a_half(double width, double height)
    {
        var spec = Spec((x, y) => x * x + y * y) with { Size = new FigureSize(width, height), Z = new Interval(0, 16) };
        var scene = SurfaceChart.Draw(spec, ChartTestStyle.Style);
        var labels = scene.Items.OfType<TextItem>().Where(t => t.Class == "tick-label").Select(t => t.Text).ToList();

        Assert.DoesNotContain(labels, l => l.Contains('.'));
        Assert.Equal(2, labels.Count(l => l == "−2"));
        Assert.Equal(2, labels.Count(l => l == "2"));
        Assert.Contains("15", labels);
        var boxes = scene.Items.OfType<TextItem>().Select(t => TextBounds.Of(t, ChartTestStyle.Style)).ToList();
        for (var a = 0; a < boxes.Count; a++)
            for (var b = a + 1; b < boxes.Count; b++)
                Assert.False(boxes[a].Overlaps(boxes[b]), $"labels {a} and {b} touch");
    }

    [Fact]
    public void Drawing_twice_gives_the_same_figure()
    {
        var spec = Spec((x, y) => Math.Sin(x) * Math.Cos(y));

        Assert.Equal(SvgWriter.Write(SurfaceChart.Draw(spec, ChartTestStyle.Style), new SvgOptions("s")),
            SvgWriter.Write(SurfaceChart.Draw(spec, ChartTestStyle.Style), new SvgOptions("s")));
    }
}
