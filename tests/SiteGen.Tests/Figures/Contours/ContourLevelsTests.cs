using SiteGen.Figures.Charts;
using SiteGen.Figures.Contours;

namespace SiteGen.Tests.Figures.Contours;

public class ContourLevelsTests
{
    [Fact]
    public void Evenly_spread_values_get_round_evenly_spaced_levels_inside_the_range()
    {
        var grid = SampledGrid.Sample((x, y) => x * x + y * y, new Interval(-4, 4), new Interval(-4, 4), 48, 48);

        var levels = ContourLevels.Pick(grid, 10);

        Assert.InRange(levels.Count, 7, 13);
        Assert.All(levels, l => Assert.InRange(l, 0.001, 31.999));
        var step = levels[1] - levels[0];
        Assert.Contains(step, new[] { 1.0, 2, 2.5, 5 });
        Assert.All(levels, l => Assert.Equal(0, Math.IEEERemainder(l, step), 9));
    }

    [Fact]
    public void A_loss_crowded_near_its_minimum_gets_levels_at_one_two_five_times_powers_of_ten()
    {
        var grid = SampledGrid.Sample((x, y) => (1 - x) * (1 - x) + 5 * (y - x * x) * (y - x * x), new Interval(-2, 2), new Interval(-1, 3), 48, 48);

        var levels = ContourLevels.Pick(grid, 10);

        Assert.Equal([0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100], levels);
    }
}
