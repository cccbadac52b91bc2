using SiteGen.Figures.Axes;
using SiteGen.Figures.Charts;

namespace SiteGen.Tests.Figures.Axes;

public class NiceTicksTests
{
    private static bool IsRound(double step)
    {
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        return new[] { 1, 2, 2.5, 5, 10 }.Any(m => Math.Abs(m - mantissa) < 1e-9);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 3)]
    [InlineData(-0.05, 1.05)]
    [InlineData(0, 25)]
    [InlineData(-7.3, 12.9)]
    [InlineData(1e-4, 7e-4)]
    [InlineData(0, 3e6)]
    public void Ticks_are_round_numbers_inside_the_range(double min, double max)
    {
        var ticks = NiceTicks.Linear(new Interval(min, max), 500, 80, _ => true);
        Assert.InRange(ticks.Count, 3, 10);
        Assert.All(ticks, t => Assert.InRange(t, min, max));
        var step = ticks[1] - ticks[0];
        Assert.True(IsRound(step), $"step {step}");
        Assert.All(ticks, t => Assert.True(Math.Abs(t / step - Math.Round(t / step)) < 1e-9, $"tick {t} is off the step {step}"));
    }

    [Theory]
    [InlineData(-4, 4, 240)]
    [InlineData(-10, 10, 580)]
    [InlineData(-0.25, 1.25, 310)]
    public void An_axis_steps_by_2_rather_than_2_5_below_ten(double min, double max, double length)
    {
        // 2.5 would give every label a decimal: −2.5, 0.0, 2.5.
        var ticks = NiceTicks.Linear(new Interval(min, max), length, 64, _ => true);
        var step = ticks[1] - ticks[0];
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        Assert.NotEqual(2.5, mantissa, 9);
    }

    [Fact]
    public void An_axis_may_step_by_25()
    {
        var ticks = NiceTicks.Linear(new Interval(0, 100), 260, 64, _ => true);
        Assert.Equal([0, 25, 50, 75, 100], ticks);
    }

    [Fact]
    public void Ticks_have_no_float_noise()
    {
        var ticks = NiceTicks.Multiples(new Interval(0, 1), 0.1);
        Assert.Contains(0.3, ticks);
        Assert.Contains(0.7, ticks);
    }

    [Fact]
    public void Fewer_ticks_are_chosen_until_the_labels_fit()
    {
        var ticks = NiceTicks.Linear(new Interval(0, 100), 500, 20, t => t.Count <= 3);
        Assert.True(ticks.Count <= 3);
    }

    [Fact]
    public void Log_ticks_are_powers_of_ten()
    {
        var ticks = NiceTicks.Log(new Interval(3e-9, 2), _ => true);
        Assert.Equal(Enumerable.Range(-8, 9).Select(k => Math.Pow(10, k)), ticks);
    }

    [Fact]
    public void Crowded_log_ticks_skip_decades_but_keep_one()
    {
        var ticks = NiceTicks.Log(new Interval(1e-12, 1), t => t.Count <= 5);
        Assert.Contains(1.0, ticks);
        Assert.True(ticks.Count <= 5);
    }

    [Fact]
    public void Log_minor_ticks_fill_the_decades()
    {
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9], NiceTicks.LogMinor(new Interval(1, 10)));
    }
}
