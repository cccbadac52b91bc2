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

    [Fact]
    public void Tick_labels_do_not_touch_each_other()
    {
        var scene = SurfaceChart.Draw(Spec((x, y) => x * x + y * y), ChartTestStyle.Style);

        var boxes = scene.Items.OfType<TextItem>().Select(t => TextBounds.Of(t, ChartTestStyle.Style)).ToList();
        for (var a = 0; a < boxes.Count; a++)
            for (var b = a + 1; b < boxes.Count; b++)
                Assert.False(boxes[a].Overlaps(boxes[b]));
    }

    [Fact]
    public void Drawing_twice_gives_the_same_figure()
    {
        var spec = Spec((x, y) => Math.Sin(x) * Math.Cos(y));

        Assert.Equal(SvgWriter.Write(SurfaceChart.Draw(spec, ChartTestStyle.Style), new SvgOptions("s")),
            SvgWriter.Write(SurfaceChart.Draw(spec, ChartTestStyle.Style), new SvgOptions("s")));
    }
}
