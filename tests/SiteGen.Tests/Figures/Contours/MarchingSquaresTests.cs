using SiteGen.Figures.Charts;
using SiteGen.Figures.Contours;

namespace SiteGen.Tests.Figures.Contours;

public class MarchingSquaresTests
{
    private static readonly Interval Square = new(-4, 4);
    private static SampledGrid Bowl() => SampledGrid.Sample((x, y) => x * x + y * y, Square, Square, 96, 96);

    [Fact]
    public void A_circle_level_of_the_bowl_is_one_closed_loop_at_its_radius()
    {
        var lines = MarchingSquares.Lines(Bowl(), 9.0);

        var loop = Assert.Single(lines);
        Assert.True(loop.Closed);
        Assert.True(loop.Points.Count > 50);
        foreach (var (x, y) in loop.Points)
            Assert.InRange(Math.Sqrt(x * x + y * y), 3 - 0.08, 3 + 0.08);
    }

    [Fact]
    public void Lines_run_with_higher_values_on_their_left()
    {
        Func<double, double, double> f = (x, y) => x * x + y * y + 0.5 * x * y + x;
        var grid = SampledGrid.Sample(f, Square, Square, 60, 60);
        foreach (var level in new[] { 2.0, 6.0, 15.0 })
            foreach (var line in MarchingSquares.Lines(grid, level))
                for (var k = 0; k + 1 < line.Points.Count; k++)
                {
                    var (a, b) = (line.Points[k], line.Points[k + 1]);
                    double tx = b.X - a.X, ty = b.Y - a.Y, length = Math.Sqrt(tx * tx + ty * ty);
                    if (length < 1e-6) continue;
                    // The left normal of the direction of travel, with y up.
                    double mx = (a.X + b.X) / 2 - ty / length * 0.05, my = (a.Y + b.Y) / 2 + tx / length * 0.05;
                    Assert.True(f(mx, my) > level, $"level {level}: left of ({a.X}, {a.Y}) → ({b.X}, {b.Y}) is lower");
                }
    }

    [Fact]
    public void Lines_of_a_saddle_end_on_the_border()
    {
        var grid = SampledGrid.Sample((x, y) => x * x - y * y, Square, Square, 40, 40);

        var lines = MarchingSquares.Lines(grid, 4.0);

        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.False(line.Closed));
        foreach (var line in lines)
            foreach (var end in new[] { line.Points[0], line.Points[^1] })
                Assert.True(Math.Abs(Math.Abs(end.X) - 4) < 1e-9 || Math.Abs(Math.Abs(end.Y) - 4) < 1e-9);
    }

    [Fact]
    public void A_level_outside_the_range_has_no_lines() =>
        Assert.Empty(MarchingSquares.Lines(Bowl(), 100.0));
}
