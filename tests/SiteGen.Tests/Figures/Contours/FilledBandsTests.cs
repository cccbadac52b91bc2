using SiteGen.Figures.Charts;
using SiteGen.Figures.Contours;

namespace SiteGen.Tests.Figures.Contours;

public class FilledBandsTests
{
    private static readonly Interval Square = new(-4, 4);

    public static TheoryData<string, double> Cases => new()
    {
        { "bowl", 4 }, { "bowl", 20 }, { "bowl", 31 }, { "saddle", -6 }, { "saddle", 0.5 }, { "saddle", 9 }, { "ripple", 0.3 },
    };

    private static Func<double, double, double> Function(string name) => name switch
    {
        "bowl" => (x, y) => x * x + y * y,
        "saddle" => (x, y) => x * x - y * y,
        // Islands and holes: several separate peaks and pits inside the square.
        _ => (x, y) => Math.Sin(1.3 * x) * Math.Cos(1.1 * y),
    };

    [Theory, MemberData(nameof(Cases))]
    public void The_region_of_a_level_holds_the_higher_points_and_not_the_lower(string name, double level)
    {
        var f = Function(name);
        var region = FilledBands.Region(SampledGrid.Sample(f, Square, Square, 96, 96), level);

        var checkedPoints = 0;
        for (var x = -3.97; x < 4; x += 0.173)
            for (var y = -3.97; y < 4; y += 0.191)
            {
                var value = f(x, y);
                // Near the level the sampled line and the true one may differ by interpolation error.
                if (Math.Abs(value - level) < 0.05 * Math.Max(1, Math.Abs(level))) continue;
                Assert.Equal(value > level, Winding(region.Loops, x, y) != 0);
                checkedPoints++;
            }
        Assert.True(checkedPoints > 1000);
    }

    [Fact]
    public void A_level_below_the_whole_range_covers_the_rectangle()
    {
        var region = FilledBands.Region(SampledGrid.Sample(Function("bowl"), Square, Square, 20, 20), -1);

        var loop = Assert.Single(region.Loops);
        Assert.Equal(4, loop.Count);
    }

    /// <summary>The winding number of the loops around a point (nonzero means inside).</summary>
    internal static int Winding(IEnumerable<IReadOnlyList<(double X, double Y)>> loops, double x, double y)
    {
        var winding = 0;
        foreach (var loop in loops)
            for (var k = 0; k < loop.Count; k++)
            {
                var (a, b) = (loop[k], loop[(k + 1) % loop.Count]);
                var cross = (b.X - a.X) * (y - a.Y) - (x - a.X) * (b.Y - a.Y);
                if (a.Y <= y && b.Y > y && cross > 0) winding++;
                else if (a.Y > y && b.Y <= y && cross < 0) winding--;
            }
        return winding;
    }
}
