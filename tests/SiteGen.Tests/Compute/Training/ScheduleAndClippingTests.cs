using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;

namespace SiteGen.Tests.Compute.Training;

/// <summary>Learning-rate schedules as torch's schedulers step them, and clipping as clip_grad_value_ and clip_grad_norm_ clip.</summary>
public class ScheduleAndClippingTests
{
    private static double[] Rates(ScheduleSpec spec, int epochs, double start)
    {
        var schedule = new LearningRateSchedule(spec, epochs);
        var rates = new double[epochs + 1];
        rates[0] = start;
        for (var t = 1; t <= epochs; t++) rates[t] = schedule.After(t, rates[t - 1]);
        return rates;
    }

    [Fact]
    public void A_step_schedule_multiplies_by_gamma_every_step_every_epochs()
    {
        var rates = Rates(new ScheduleSpec(ScheduleKind.Step, StepEvery: 3, Gamma: 0.5), 7, 0.8);
        Assert.Equal([0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.2, 0.2], rates);
    }

    [Fact]
    public void A_cosine_schedule_follows_the_half_cosine_from_the_rate_to_zero()
    {
        var rates = Rates(new ScheduleSpec(ScheduleKind.Cosine), 50, 0.1);
        for (var t = 0; t < 50; t++) Assert.Equal(0.05 * (1 + Math.Cos(Math.PI * t / 50)), rates[t], 1e-15);
        Assert.True(Math.Abs(rates[50]) < 1e-17, $"the last rate is {rates[50]}");
    }

    [Fact]
    public void A_step_schedule_leaves_the_epochs_before_its_first_step_alone()
    {
        var constant = Runs.Report(Runs.Moons(epochs: 6));
        var stepped = Runs.Report(Runs.Moons(epochs: 6) with { Schedule = new ScheduleSpec(ScheduleKind.Step, StepEvery: 4, Gamma: 0.5) });
        Assert.Equal(Runs.Bits(constant.Loss.Take(5)), Runs.Bits(stepped.Loss.Take(5)));
        Assert.NotEqual(constant.Loss[5], stepped.Loss[5]);
    }

    [Fact]
    public void Cosine_annealing_leaves_the_last_epochs_almost_still()
    {
        var report = Runs.Report(Runs.Moons(epochs: 100) with { Schedule = new ScheduleSpec(ScheduleKind.Cosine) });
        var first = Math.Abs(report.Loss[1] - report.Loss[0]);
        var last = Math.Abs(report.Loss[100] - report.Loss[99]);
        Assert.True(last < first / 100, $"first epoch moved the loss by {first}, the last by {last}");
    }

    private static (NetworkShape Shape, double[] Gradient) LargeGradient()
    {
        var shape = NetworkShape.Of(Runs.Moons(layers: [2, 3, 1]));
        return (shape, [.. Enumerable.Range(0, shape.ParameterCount).Select(i => 3 * Math.Sin(i + 1.0))]);
    }

    [Fact]
    public void Clip_norm_scales_the_total_norm_down_to_the_limit()
    {
        var (shape, gradient) = LargeGradient();
        var total = GradientClipping.TotalNorm(shape, gradient);
        var direction = gradient.Select(g => g / total).ToArray();
        GradientClipping.Apply(shape, null, 2, gradient);
        // torch's coefficient is max_norm / (total + 1e-6), so the norm lands a hair under the limit.
        Assert.Equal(2 * total / (total + 1e-6), GradientClipping.TotalNorm(shape, gradient), 1e-14);
        for (var i = 0; i < gradient.Length; i++) Assert.Equal(direction[i], gradient[i] / GradientClipping.TotalNorm(shape, gradient), 1e-14);
    }

    [Fact]
    public void Clip_norm_leaves_a_gradient_within_the_limit_untouched()
    {
        var (shape, gradient) = LargeGradient();
        var before = gradient.ToArray();
        GradientClipping.Apply(shape, null, 1000, gradient);
        Assert.Equal(Runs.Bits(before), Runs.Bits(gradient));
    }

    [Fact]
    public void The_total_norm_is_the_norm_of_the_weight_and_bias_tensors_norms()
    {
        var (shape, gradient) = LargeGradient();
        Assert.Equal(Math.Sqrt(gradient.Sum(g => g * g)), GradientClipping.TotalNorm(shape, gradient), 1e-13);
    }

    [Fact]
    public void Clip_value_clamps_every_element()
    {
        var (shape, gradient) = LargeGradient();
        var before = gradient.ToArray();
        GradientClipping.Apply(shape, 1.5, null, gradient);
        for (var i = 0; i < gradient.Length; i++) Assert.Equal(Math.Clamp(before[i], -1.5, 1.5), gradient[i]);
    }

    [Fact]
    public void Both_clamp_first_then_cap_the_norm()
    {
        var (shape, gradient) = LargeGradient();
        var expected = gradient.Select(g => Math.Clamp(g, -1, 1)).ToArray();
        GradientClipping.Apply(shape, null, 0.5, expected);
        GradientClipping.Apply(shape, 1, 0.5, gradient);
        Assert.Equal(Runs.Bits(expected), Runs.Bits(gradient));
    }

    [Fact]
    public void A_clipped_first_step_moves_the_parameters_by_the_rate_times_the_limit()
    {
        var start = Runs.Flat(Runs.Report(Runs.Moons(epochs: 0)));
        var spec = Runs.Moons(epochs: 1, optimiser: new OptimiserSpec(OptimiserKind.Sgd, 0.1)) with { ClipNorm = 0.01 };
        var moved = Runs.Flat(Runs.Report(spec)).Zip(start, (a, b) => a - b).ToArray();
        // Within torch's margin: the coefficient 0.01 / (total + 1e-6) leaves the step a few millionths short.
        var step = Math.Sqrt(moved.Sum(d => d * d));
        Assert.InRange(step, 0.1 * 0.01 * (1 - 1e-4), 0.1 * 0.01);
    }

    [Fact]
    public void A_value_clipped_first_step_moves_no_parameter_more_than_the_rate_times_the_value()
    {
        var start = Runs.Flat(Runs.Report(Runs.Moons(epochs: 0)));
        var moved = Runs.Flat(Runs.Report(Runs.Moons(epochs: 1) with { ClipValue = 0.001 })).Zip(start, (a, b) => Math.Abs(a - b)).ToArray();
        Assert.All(moved, d => Assert.True(d <= 0.1 * 0.001 * (1 + 1e-9)));
        Assert.Contains(moved, d => Math.Abs(d - 0.1 * 0.001) < 1e-15);
    }
}
