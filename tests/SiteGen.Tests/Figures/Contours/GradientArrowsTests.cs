using SiteGen.Figures.Charts;
using SiteGen.Figures.Contours;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Contours;

public class GradientArrowsTests
{
    private static readonly Interval Square = new(-4, 4);
    private static readonly Func<double, double, double> Bowl = (x, y) => x * x + y * y;
    private static readonly ArrowField BowlGradient = new((x, y) => (2 * x, 2 * y), 9, 9);

    // Equal units: 40 pixels per unit on both axes, y up.
    private static Point Map(double x, double y) => new(200 + 40 * x, 200 - 40 * y);
    private static (double X, double Y) Unmap(Point p) => ((p.X - 200) / 40, (200 - p.Y) / 40);

    [Fact]
    public void Arrows_of_the_bowl_cross_its_contours_at_right_angles_and_point_uphill()
    {
        var layout = GradientArrowLayout.Compute(BowlGradient, Square, Square, Map);
        // A fine grid, so the chords of even the smallest circle follow its tangent closely.
        var grid = SampledGrid.Sample(Bowl, Square, Square, 256, 256);

        Assert.NotEmpty(layout.Arrows);
        foreach (var arrow in layout.Arrows)
        {
            var (bx, by) = Unmap(arrow.Tail);
            var (ux, uy) = Unit(arrow.Tip.X - arrow.Tail.X, arrow.Tip.Y - arrow.Tail.Y);
            var (tx, ty) = NearestTangent(MarchingSquares.Lines(grid, Bowl(bx, by)), arrow.Tail);
            Assert.True(Math.Abs(ux * tx + uy * ty) < 0.05, $"arrow at ({bx:0.00}, {by:0.00}) is not normal to its contour");
            var (hx, hy) = Unmap(arrow.Tip);
            Assert.True(Bowl(hx, hy) > Bowl(bx, by), $"arrow at ({bx:0.00}, {by:0.00}) points downhill");
        }
    }

    [Fact]
    public void No_arrow_is_longer_than_its_cell_so_none_overlap()
    {
        var layout = GradientArrowLayout.Compute(BowlGradient, Square, Square, Map);

        var cell = Math.Min(layout.CellWidth, layout.CellHeight);
        Assert.All(layout.Arrows, a => Assert.True(a.Length <= GradientArrowLayout.LongestFraction * cell + 1e-9));
        Assert.Equal(GradientArrowLayout.LongestFraction * cell, layout.Arrows.Max(a => a.Length), 6);
        // Centred on points a cell apart, arrows no longer than a cell keep to their own cells.
        foreach (var a in layout.Arrows)
            foreach (var b in layout.Arrows)
                if (a != b) Assert.True(Distance(a.Middle, b.Middle) >= cell - 1e-9);
    }

    [Fact]
    public void With_unequal_units_an_arrow_is_the_image_of_the_gradient_on_the_screen()
    {
        // 40 pixels per unit of x, 10 per unit of y.
        Point Stretched(double x, double y) => new(200 + 40 * x, 200 - 10 * y);
        var layout = GradientArrowLayout.Compute(new ArrowField((x, y) => (1, 1), 3, 3), Square, Square, Stretched);

        Assert.All(layout.Arrows, a =>
        {
            var (ux, uy) = Unit(a.Tip.X - a.Tail.X, a.Tip.Y - a.Tail.Y);
            var (ex, ey) = Unit(40, -10);
            Assert.Equal(ex, ux, 9);
            Assert.Equal(ey, uy, 9);
        });
    }

    [Fact]
    public void Vanishing_gradients_become_dots()
    {
        var layout = GradientArrowLayout.Compute(BowlGradient, Square, Square, Map);

        var dot = Assert.Single(layout.Dots);
        Assert.Equal(Map(0, 0), dot);
    }

    private static (double X, double Y) NearestTangent(IEnumerable<ContourLine> lines, Point at)
    {
        var best = (X: 0.0, Y: 0.0);
        var bestDistance = double.PositiveInfinity;
        foreach (var line in lines)
        {
            var pixels = line.Points.Select(p => Map(p.X, p.Y)).ToList();
            for (var k = 0; k + 1 < pixels.Count; k++)
            {
                var d = Distance(at, new Point((pixels[k].X + pixels[k + 1].X) / 2, (pixels[k].Y + pixels[k + 1].Y) / 2));
                if (d < bestDistance && Distance(pixels[k], pixels[k + 1]) > 1e-9)
                    (bestDistance, best) = (d, Unit(pixels[k + 1].X - pixels[k].X, pixels[k + 1].Y - pixels[k].Y));
            }
        }
        return best;
    }

    private static double Distance(Point a, Point b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    private static (double X, double Y) Unit(double x, double y)
    {
        var n = Math.Sqrt(x * x + y * y);
        return (x / n, y / n);
    }
}
