using SiteGen.Figures.Charts;
using SiteGen.Figures.Sampling;

namespace SiteGen.Tests.Figures.Sampling;

public class AdaptiveSamplerTests
{
    private static SampledCurve Sample(Func<double, double> f, double min, double max, double yMin, double yMax) =>
        AdaptiveSampler.Sample(f, new SampleWindow(new Interval(min, max), new Interval(yMin, yMax), 600, 400));

    private static IEnumerable<((double X, double Y) A, (double X, double Y) B)> Steps(SampledCurve curve) =>
        curve.Pieces.SelectMany(p => p.Zip(p.Skip(1)));

    [Fact]
    public void Relu_gets_a_point_exactly_at_its_kink()
    {
        // The grid of [−2.9, 3.1] misses 0, so the kink must be found.
        var curve = Sample(x => Math.Max(0, x), -2.9, 3.1, -0.2, 3.2);
        Assert.Single(curve.Pieces);
        Assert.Contains(curve.Pieces[0], p => Math.Abs(p.X) < 1e-9 * 6 && Math.Abs(p.Y) < 1e-9);
    }

    [Fact]
    public void A_kink_of_curved_pieces_is_found_too()
    {
        // ELU-like with a slope change: e^x − 1 on the left, 2x on the right, meeting at 0.3.
        Func<double, double> f = x => x < 0.3 ? Math.Exp(x - 0.3) - 1 : 2 * (x - 0.3);
        var curve = Sample(f, -2.9, 3.1, -1, 6);
        Assert.Contains(curve.Pieces[0], p => Math.Abs(p.X - 0.3) < 1e-9 * 6);
    }

    [Fact]
    public void A_step_jumps_vertically()
    {
        var curve = Sample(x => x < 0 ? 0 : 1, -2.9, 3.1, -0.05, 1.05);
        var jumps = Steps(curve).Where(s => Math.Abs(s.B.Y - s.A.Y) > 1e-12).ToList();
        var jump = Assert.Single(jumps);
        Assert.True(Math.Abs(jump.B.X - jump.A.X) < 1e-9, $"the jump is slanted: Δx = {jump.B.X - jump.A.X}");
        Assert.Equal(1, jump.B.Y - jump.A.Y);
        Assert.True(Math.Abs(jump.A.X) < 1e-9);
    }

    [Fact]
    public void A_jump_on_a_grid_point_is_vertical_too()
    {
        var curve = Sample(x => Math.Sign(x), -3, 3, -1.1, 1.1);
        Assert.All(Steps(curve).Where(s => Math.Abs(s.B.Y - s.A.Y) > 1e-12),
            s => Assert.True(Math.Abs(s.B.X - s.A.X) < 1e-9));
    }

    [Fact]
    public void A_pole_splits_the_curve_in_two()
    {
        Assert.Equal(2, Sample(x => 1 / x, -3, 3, -5, 5).Pieces.Count);
        Assert.Equal(2, Sample(x => 1 / x, -2.9, 3.1, -5, 5).Pieces.Count);
    }

    [Fact]
    public void Poles_of_tan_split_it_into_pieces()
    {
        // tan has poles at ±π/2 inside [−3, 3].
        Assert.Equal(3, Sample(Math.Tan, -3, 3, -4, 4).Pieces.Count);
    }

    [Fact]
    public void Undefined_stretches_are_left_out()
    {
        var curve = Sample(Math.Sqrt, -1, 4, 0, 2);
        var piece = Assert.Single(curve.Pieces);
        Assert.True(piece[0].X >= 0 && piece[0].X < 1e-9 * 5);
    }

    [Fact]
    public void A_smooth_sigmoid_needs_few_points()
    {
        var curve = Sample(x => 1 / (1 + Math.Exp(-x)), -6, 6, -0.05, 1.05);
        Assert.InRange(curve.PointCount, 200, 399);
    }

    [Fact]
    public void Points_run_from_left_to_right()
    {
        var curve = Sample(x => Math.Abs(Math.Sin(3 * x)) + (x > 1 ? 1 : 0), -3, 3, -0.1, 2.1);
        Assert.All(Steps(curve), s => Assert.True(s.B.X >= s.A.X));
    }

    [Fact]
    public void A_wildly_oscillating_function_stays_bounded()
    {
        var curve = Sample(x => Math.Sin(1 / x), -1, 1, -1.1, 1.1);
        Assert.InRange(curve.Evaluations, 1, AdaptiveSampler.GridIntervals * 80);
        Assert.InRange(curve.PointCount, 1, AdaptiveSampler.GridIntervals * 80);
    }
}
