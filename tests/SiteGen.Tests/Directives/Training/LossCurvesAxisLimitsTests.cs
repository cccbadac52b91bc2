using SiteGen.Directives.Training;
using SiteGen.Figures.Charts;

namespace SiteGen.Tests.Directives.Training;

/// <summary>
/// {loss-curves} with `y-max`, where a diverging run is drawn up to the top of the axis and no further, as a
/// clipped axis shows it, and `x-max`, where runs of different lengths are compared over their first epochs or steps.
/// </summary>
public class LossCurvesAxisLimitsTests
{
    [Fact]
    public void A_curve_is_cut_where_it_crosses_the_ceiling_and_starts_again_where_it_comes_back()
    {
        var curve = new DataSeries("run", [0, 1, 2, 3, 4], [1, 3, 9, 3, 1]);
        var (clipped, first) = LossCurvesDirective.Clip(curve, 5, log: false);
        // 3 → 9 crosses 5 a third of the way, at x = 1.333; 9 → 3 comes back below it two thirds of the way, at x = 2.667.
        Assert.Equal([0, 1, 1 + 1.0 / 3, 2, 2 + 2.0 / 3, 3, 4], clipped.X.ToArray(), new ToleranceComparer(1e-12));
        Assert.Equal([1, 3, 5, double.NaN, 5, 3, 1], clipped.Y.ToArray());
        Assert.Equal(1 + 1.0 / 3, first!.Value, 12);
    }

    [Fact]
    public void On_a_log_axis_the_crossing_is_interpolated_in_powers_of_ten()
    {
        var (clipped, first) = LossCurvesDirective.Clip(new DataSeries("run", [0, 1, 2], [1, 10, 1e6]), 1000, log: true);
        // From 10 to 10⁶ is five powers of ten; 1000 is two of them in, at x = 1.4.
        Assert.Equal(1.4, first!.Value, 12);
        Assert.Equal([1, 10, 1000, double.NaN], clipped.Y.ToArray());
    }

    [Fact]
    public void A_curve_below_the_ceiling_is_unchanged()
    {
        var curve = new DataSeries("run", [0, 1, 2], [0.7, 0.5, 0.4]);
        var (clipped, first) = LossCurvesDirective.Clip(curve, 1, log: true);
        Assert.Null(first);
        Assert.Equal(curve.X, clipped.X);
        Assert.Equal(curve.Y, clipped.Y);
    }

    private const string Wild = """
        ```{train}
        :id: wild
        data: {set: curve, n: 20}
        layers: [1, 8, 1]
        activation: linear
        loss: mse
        lr: 5
        epochs: 500
        allow-divergence: true
        ```

        ```{define}
        top = 100
        ```

        ```{loss-curves} A run that diverges
        :alt: The loss climbs off the chart.
        runs: wild
        y-max: top
        ```
        """;

    [Fact]
    public void The_description_says_where_the_axis_stops_and_where_each_run_passes_it()
    {
        var (body, diagnostics) = TestSite.Lesson(Wild);
        Assert.Empty(diagnostics);
        Assert.Matches(@"the y axis stops at 100, and wild passes it at epoch [0-9.]+\.", body);
    }

    [Fact]
    public void A_ceiling_not_above_zero_is_an_error_at_its_value()
    {
        var (_, diagnostics) = TestSite.Lesson(Wild.Replace("top = 100", "top = -1"));
        Assert.Equal("content/lessons/01-page.md(19,8): error SG1406: 'y-max' must be above 0: it is the top of the y axis", Assert.Single(diagnostics));
    }

    private const string Short = """
        ```{train}
        :id: long
        data: {set: xor, n: 4}
        layers: [2, 4, 1]
        loss: bce
        lr: 0.5
        epochs: 300
        ```

        ```{train}
        :id: steps
        data: {set: xor, n: 4}
        layers: [2, 4, 1]
        loss: bce
        lr: 0.5
        epochs: 30
        batch: 1
        ```

        ```{loss-curves} The first epochs
        :alt: Two runs.
        runs: [long, steps]
        AXIS
        ```
        """;

    [Fact]
    public void X_max_draws_each_run_up_to_the_end_of_the_axis_and_the_description_says_so()
    {
        var (body, diagnostics) = TestSite.Lesson(Short.Replace("AXIS", "x-max: 10"));
        Assert.Empty(diagnostics);
        Assert.Contains("long from ", body);
        Assert.Matches(@"long from [0-9.]+ to [0-9.]+ after the 10 epochs shown \(of 300\); steps from [0-9.]+ to [0-9.]+ after the 10 epochs shown \(of 30\)", body);
    }

    [Fact]
    public void Over_update_steps_x_max_counts_steps_and_a_run_that_ends_before_it_is_drawn_whole()
    {
        // The batch-of-one run takes 4 steps an epoch: 50 steps are its first 12 epochs; the full-batch run's 300 steps end past 50.
        var (body, diagnostics) = TestSite.Lesson(Short.Replace("AXIS", "x: updates\nx-max: 50"));
        Assert.Empty(diagnostics);
        Assert.Contains("after the 50 epochs shown (of 300)", body);
        Assert.Contains("after the 12 epochs shown (of 30)", body);

        (body, diagnostics) = TestSite.Lesson(Short.Replace("AXIS", "x: updates\nx-max: 1000"));
        Assert.Empty(diagnostics);
        Assert.Contains("after 300 epochs; steps from", body);
    }

    [Fact]
    public void An_x_max_not_above_zero_is_an_error_at_its_value()
    {
        var (_, diagnostics) = TestSite.Lesson(Short.Replace("AXIS", "x-max: 0"));
        Assert.Equal("content/lessons/01-page.md(23,8): error SG1406: 'x-max' must be above 0: it is the right end of the x axis", Assert.Single(diagnostics));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= tolerance;
        public int GetHashCode(double value) => 0;
    }
}
