using SiteGen.Compute.Training;

namespace SiteGen.Tests.Compute.Training;

/// <summary>The generated sets as DataSetKind defines them, the test split, and explicit data.</summary>
public class DatasetTests
{
    private static Examples All(DataSetKind set, int n, double noise = 0, long seed = 3, int classes = 2) =>
        Dataset.Of(new GeneratedData(set, n, noise, seed, classes), 0).Train;

    private static (double X, double Y, double Class)[] Points(Examples e) =>
        [.. Enumerable.Range(0, e.Count).Select(i => (e.Inputs[2 * i], e.Inputs[2 * i + 1], e.Targets[i]))];

    [Fact]
    public void Four_xor_points_without_noise_are_the_truth_table_in_order()
    {
        var xor = All(DataSetKind.Xor, 4);
        Assert.Equal([0.0, 0, 0, 1, 1, 0, 1, 1], xor.Inputs);
        Assert.Equal([0.0, 1, 1, 0], xor.Targets);
    }

    [Fact]
    public void Other_xor_points_are_class_1_where_x_times_y_is_negative()
    {
        var points = Points(All(DataSetKind.Xor, 200));
        Assert.All(points, p => Assert.Equal(p.X * p.Y < 0 ? 1 : 0, p.Class));
        Assert.All(points, p => Assert.True(Math.Abs(p.X) <= 1 && Math.Abs(p.Y) <= 1));
        Assert.InRange(points.Count(p => p.Class == 1), 70, 130);
    }

    [Fact]
    public void Moons_without_noise_lie_on_their_two_half_circles()
    {
        var points = Points(All(DataSetKind.Moons, 101));
        Assert.Equal(50, points.Count(p => p.Class == 0));
        Assert.Equal(51, points.Count(p => p.Class == 1));
        foreach (var p in points)
        {
            if (p.Class == 0)
            {
                Assert.Equal(1, p.X * p.X + p.Y * p.Y, 1e-12);
                Assert.True(p.Y >= 0);
            }
            else
            {
                Assert.Equal(1, (p.X - 1) * (p.X - 1) + (p.Y - 0.5) * (p.Y - 0.5), 1e-12);
                Assert.True(p.Y <= 0.5);
            }
        }
        Assert.Contains(points, p => p.Class == 0 && p.X == 1 && p.Y == 0);
        Assert.Contains(points, p => p.Class == 0 && p.X == -1);
    }

    [Fact]
    public void Generated_sets_are_shuffled()
    {
        var classes = All(DataSetKind.Moons, 100).Targets;
        Assert.NotEqual(Enumerable.Repeat(0.0, 50), classes.Take(50));
    }

    [Fact]
    public void Circles_without_noise_have_radius_1_for_class_0_and_one_half_for_class_1()
    {
        var points = Points(All(DataSetKind.Circles, 80));
        Assert.All(points, p => Assert.Equal(p.Class == 0 ? 1 : 0.5, Math.Sqrt(p.X * p.X + p.Y * p.Y), 1e-12));
        Assert.Equal(40, points.Count(p => p.Class == 1));
        Assert.Single(points, p => p.Class == 0 && p.X == 1 && p.Y == 0);
    }

    [Fact]
    public void Noise_moves_the_points_off_their_curves_by_about_its_size()
    {
        var points = Points(All(DataSetKind.Circles, 2000, noise: 0.1));
        var offsets = points.Select(p => Math.Sqrt(p.X * p.X + p.Y * p.Y) - (p.Class == 0 ? 1 : 0.5)).ToArray();
        var spread = Math.Sqrt(offsets.Sum(o => o * o) / offsets.Length);
        Assert.InRange(spread, 0.09, 0.11);
    }

    [Fact]
    public void Spirals_share_the_points_among_their_arms_within_the_unit_disc()
    {
        var points = Points(All(DataSetKind.Spirals, 100, noise: 0.2, classes: 3));
        Assert.Equal(34, points.Count(p => p.Class == 0));
        Assert.Equal(33, points.Count(p => p.Class == 1));
        Assert.Equal(33, points.Count(p => p.Class == 2));
        Assert.All(points, p => Assert.True(p.X * p.X + p.Y * p.Y <= 1 + 1e-12));
    }

    [Fact]
    public void Spiral_arms_without_noise_turn_by_four_radians_from_their_start()
    {
        var points = Points(All(DataSetKind.Spirals, 40, classes: 4));
        foreach (var p in points.Where(p => p.X * p.X + p.Y * p.Y > 0.01))
        {
            var r = Math.Sqrt(p.X * p.X + p.Y * p.Y);
            var expected = 4 * r + p.Class * Math.PI / 2;
            var angle = Math.Atan2(p.X, p.Y); // (r sin θ, r cos θ)
            Assert.Equal(0, Math.IEEERemainder(angle - expected, 2 * Math.PI), 1e-9);
        }
    }

    [Fact]
    public void Blobs_gather_around_centres_evenly_spaced_on_a_circle_of_radius_2()
    {
        var points = Points(All(DataSetKind.Blobs, 400, noise: 0.3, classes: 4));
        for (var k = 0; k < 4; k++)
        {
            var cluster = points.Where(p => p.Class == k).ToArray();
            Assert.Equal(100, cluster.Length);
            Assert.Equal(2 * Math.Cos(k * Math.PI / 2), cluster.Average(p => p.X), 0.1);
            Assert.Equal(2 * Math.Sin(k * Math.PI / 2), cluster.Average(p => p.Y), 0.1);
        }
    }

    [Fact]
    public void Blobs_without_noise_spread_by_one_half()
    {
        var points = Points(All(DataSetKind.Blobs, 2000, classes: 2));
        var cluster = points.Where(p => p.Class == 0).Select(p => p.X - 2).ToArray();
        Assert.InRange(Math.Sqrt(cluster.Sum(x => x * x) / cluster.Length), 0.45, 0.55);
    }

    [Fact]
    public void The_curve_is_the_sine_over_minus_3_to_3()
    {
        var curve = All(DataSetKind.Curve, 61);
        Assert.Equal(1, curve.InputWidth);
        Assert.Equal(1, curve.TargetWidth);
        for (var i = 0; i < curve.Count; i++) Assert.Equal(Math.Sin(curve.Inputs[i]), curve.Targets[i]);
        Assert.Equal(-3, curve.Inputs.Min());
        Assert.Equal(3, curve.Inputs.Max());
        Assert.Contains(curve.Inputs, x => Math.Abs(x - 0.1) < 1e-12);
    }

    [Fact]
    public void A_seed_fixes_every_number_and_another_seed_changes_them()
    {
        var a = All(DataSetKind.Moons, 50, noise: 0.1, seed: 11);
        var b = All(DataSetKind.Moons, 50, noise: 0.1, seed: 11);
        var c = All(DataSetKind.Moons, 50, noise: 0.1, seed: 12);
        Assert.Equal(Runs.Bits(a.Inputs), Runs.Bits(b.Inputs));
        Assert.Equal(a.Targets, b.Targets);
        Assert.NotEqual(a.Inputs, c.Inputs);
    }

    [Theory]
    [InlineData(10, 0.25, 3)]
    [InlineData(10, 0.2, 2)]
    [InlineData(7, 0.5, 4)]
    [InlineData(100, 0, 0)]
    public void The_test_set_is_the_last_round_n_times_test_examples_halves_rounding_up(int n, double test, int held)
    {
        var all = Dataset.Of(new GeneratedData(DataSetKind.Moons, n, 0.1, 1), 0).Train;
        var split = Dataset.Of(new GeneratedData(DataSetKind.Moons, n, 0.1, 1) { Test = test }, 0);
        Assert.Equal(held, split.Test.Count);
        Assert.Equal(n - held, split.Train.Count);
        Assert.Equal(all.Inputs.Skip(2 * (n - held)), split.Test.Inputs);
        Assert.Equal(all.Inputs.Take(2 * (n - held)), split.Train.Inputs);
    }

    [Fact]
    public void Explicit_data_keeps_its_order_and_holds_out_its_last_rows()
    {
        var data = new ExplicitData([[1, 2], [3, 4], [5, 6], [7, 8]], [[0.5], [1.5], [2.5], [3.5]], null) { Test = 0.25 };
        var set = Dataset.Of(data, 0);
        Assert.Equal([1.0, 2, 3, 4, 5, 6], set.Train.Inputs);
        Assert.Equal([0.5, 1.5, 2.5], set.Train.Targets);
        Assert.Equal([7.0, 8], set.Test.Inputs);
        Assert.Equal([3.5], set.Test.Targets);
    }

    [Fact]
    public void Explicit_classes_are_one_target_number_each()
    {
        var set = Dataset.Of(new ExplicitData([[1], [2], [3]], null, [2, 0, 1]), 0);
        Assert.Equal(1, set.Train.TargetWidth);
        Assert.Equal([2.0, 0, 1], set.Train.Targets);
        Assert.Equal(0, set.Test.Count);
    }

    [Fact]
    public void Ragged_explicit_rows_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Dataset.Of(new ExplicitData([[1, 2], [3]], [[0], [1]], null), 0));
        Assert.Throws<ArgumentException>(() => Dataset.Of(new ExplicitData([[1], [3]], [[0]], null), 0));
    }
}
