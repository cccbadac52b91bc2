using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;

namespace SiteGen.Tests.Compute.Training;

/// <summary>How a run trains: its batches, determinism, optimisers, weight decay, cancellation and allocation.</summary>
public class TrainerTests
{
    private static RunSpec Busy(int epochs = 15) => Runs.Moons(n: 90, optimiser: new OptimiserSpec(OptimiserKind.Adam, 0.02), epochs: epochs) with
    {
        Data = new GeneratedData(DataSetKind.Moons, 90, 0.15, 4) { Test = 0.2 },
        Batch = 16,
        Schedule = new ScheduleSpec(ScheduleKind.Cosine),
        ClipNorm = 5,
    };

    [Fact]
    public void The_same_run_gives_the_same_numbers_to_the_last_bit()
    {
        Runs.Identical(Runs.Report(Busy()), Runs.Report(Busy()));
    }

    [Fact]
    public void The_history_holds_every_epoch_from_the_start()
    {
        var report = Runs.Report(Busy(epochs: 15));
        Assert.Equal(16, report.Loss.Count);
        Assert.Equal(16, report.Accuracy!.Count);
        Assert.Equal(16, report.TestLoss!.Count);
        Assert.Equal(16, report.TestAccuracy!.Count);
        Assert.Equal(16, report.GradNorms.Count);
        Assert.Null(report.Diverged);
    }

    [Fact]
    public void Updates_per_epoch_count_the_batches_the_last_one_smaller()
    {
        Assert.Equal(5, Runs.Report(Busy(epochs: 1)).UpdatesPerEpoch); // 72 training examples in batches of 16
        Assert.Equal(1, Runs.Report(Busy(epochs: 1) with { Batch = null }).UpdatesPerEpoch);
        Assert.Equal(1, Runs.Report(Busy(epochs: 1) with { Batch = 1000 }).UpdatesPerEpoch);
    }

    [Fact]
    public void Zero_epochs_measure_the_network_at_initialisation()
    {
        var report = Runs.Report(Busy(epochs: 0));
        Assert.Single(report.Loss);
        Assert.Single(report.GradNorms);
        Assert.All(report.GradNorms[0], norm => Assert.True(norm > 0));
    }

    [Fact]
    public void The_batch_does_not_change_the_initial_weights_or_the_data()
    {
        var small = Runs.Report(Busy(epochs: 0) with { Batch = 4 });
        var full = Runs.Report(Busy(epochs: 0) with { Batch = null });
        Runs.Identical(small, full);
    }

    [Fact]
    public void The_seed_changes_the_initial_weights()
    {
        var a = Runs.Report(Busy(epochs: 0));
        var b = Runs.Report(Busy(epochs: 0) with { Seed = 1 });
        Assert.NotEqual(Runs.Flat(a), Runs.Flat(b));
    }

    [Fact]
    public void Batches_without_shuffling_are_taken_in_data_order()
    {
        var spec = Busy(epochs: 1) with { Shuffle = false, Schedule = ScheduleSpec.Constant, ClipNorm = null, Optimiser = new OptimiserSpec(OptimiserKind.Sgd, 0.3) };
        var shape = NetworkShape.Of(spec);
        var train = Dataset.Of(spec.Data, spec.Seed).Train;
        var parameters = InitialParameters.Of(spec, shape);
        var gradient = new double[parameters.Length];
        var pass = new BatchPass(shape, train.Count);
        var optimiser = Optimisers.Create(spec.Optimiser, parameters.Length);
        for (var start = 0; start < train.Count; start += 16)
        {
            pass.Load(train, Enumerable.Range(start, Math.Min(16, train.Count - start)).ToArray());
            pass.Forward(parameters, forBackward: true);
            pass.Backward(parameters, gradient);
            optimiser.Step(parameters, gradient);
        }
        Assert.Equal(Runs.Bits(parameters), Runs.Bits(Runs.Flat(Runs.Report(spec))));
    }

    [Fact]
    public void Shuffling_changes_the_order_of_the_batches()
    {
        var shuffled = Runs.Report(Busy(epochs: 2));
        var ordered = Runs.Report(Busy(epochs: 2) with { Shuffle = false });
        Assert.Equal(shuffled.Loss[0], ordered.Loss[0]);
        Assert.NotEqual(shuffled.Loss[2], ordered.Loss[2]);
    }

    [Fact]
    public void A_full_batch_step_uses_the_measured_gradient_of_the_whole_set()
    {
        // One SGD step on the whole set: p1 = p0 − η ∇L(p0), with ∇L(p0) the gradient the first measurement took.
        var spec = Runs.Moons(epochs: 1);
        var shape = NetworkShape.Of(spec);
        var parameters = InitialParameters.Of(spec, shape);
        var pass = new BatchPass(shape, 100);
        pass.Load(Dataset.Of(spec.Data, 0).Train);
        pass.Forward(parameters, forBackward: true);
        var gradient = new double[parameters.Length];
        pass.Backward(parameters, gradient);
        for (var i = 0; i < parameters.Length; i++) parameters[i] += -0.1 * gradient[i];
        Assert.Equal(Runs.Bits(parameters), Runs.Bits(Runs.Flat(Runs.Report(spec))));
    }

    [Fact]
    public void The_gradient_norms_are_those_of_each_layer_s_weights()
    {
        var spec = Runs.Moons(epochs: 0, layers: [2, 5, 3, 1]);
        var shape = NetworkShape.Of(spec);
        var pass = new BatchPass(shape, 100);
        pass.Load(Dataset.Of(spec.Data, 0).Train);
        var parameters = InitialParameters.Of(spec, shape);
        pass.Forward(parameters, forBackward: true);
        var gradient = new double[parameters.Length];
        pass.Backward(parameters, gradient);
        var norms = Runs.Report(spec).GradNorms[0];
        for (var l = 0; l < 3; l++)
        {
            var weights = gradient.Skip(shape.WeightOffset(l)).Take(shape.WeightCount(l));
            Assert.Equal(Math.Sqrt(weights.Sum(g => g * g)), norms[l], 1e-14);
        }
    }

    [Fact]
    public void Plain_momentum_s_first_step_is_sgd_s_and_its_second_is_not()
    {
        RunSpec With(OptimiserKind kind, int epochs) => Runs.Moons(epochs: epochs, optimiser: new OptimiserSpec(kind, 0.1));
        Assert.Equal(Runs.Bits(Runs.Flat(Runs.Report(With(OptimiserKind.Sgd, 1)))), Runs.Bits(Runs.Flat(Runs.Report(With(OptimiserKind.Momentum, 1)))));
        Assert.NotEqual(Runs.Flat(Runs.Report(With(OptimiserKind.Sgd, 2))), Runs.Flat(Runs.Report(With(OptimiserKind.Momentum, 2))));
        Assert.NotEqual(Runs.Flat(Runs.Report(With(OptimiserKind.Sgd, 1))), Runs.Flat(Runs.Report(With(OptimiserKind.Nesterov, 1))));
    }

    [Theory]
    [InlineData(OptimiserKind.Sgd)]
    [InlineData(OptimiserKind.Momentum)]
    [InlineData(OptimiserKind.Nesterov)]
    [InlineData(OptimiserKind.RmsProp)]
    [InlineData(OptimiserKind.AdaGrad)]
    [InlineData(OptimiserKind.Adam)]
    public void Every_optimiser_lowers_the_loss_of_moons(OptimiserKind kind)
    {
        var rate = kind is OptimiserKind.RmsProp or OptimiserKind.Adam ? 0.01 : 0.1;
        var report = Runs.Report(Runs.Moons(epochs: 100, optimiser: new OptimiserSpec(kind, rate)));
        Assert.True(report.Loss[^1] < 0.8 * report.Loss[0], $"{kind}: {report.Loss[0]} to {report.Loss[^1]}");
    }

    [Fact]
    public void Weight_decay_adds_its_multiple_of_the_parameters_to_the_first_step()
    {
        var plain = Runs.Flat(Runs.Report(Runs.Moons(epochs: 0)));
        var stepped = Runs.Flat(Runs.Report(Runs.Moons(epochs: 1)));
        var decayed = Runs.Flat(Runs.Report(Runs.Moons(epochs: 1, optimiser: new OptimiserSpec(OptimiserKind.Sgd, 0.1) { WeightDecay = 0.5 })));
        for (var i = 0; i < plain.Length; i++) Assert.Equal(stepped[i] - 0.1 * 0.5 * plain[i], decayed[i], 1e-14);
    }

    [Fact]
    public void A_cancelled_token_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Trainer.Run(Busy(), cancel.Token));
    }

    [Fact]
    public void The_epoch_loop_allocates_nothing_beyond_the_history()
    {
        long Allocated(int epochs)
        {
            var spec = Busy(epochs);
            var before = GC.GetAllocatedBytesForCurrentThread();
            Runs.Report(spec);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Allocated(200);
        var extra = Allocated(1010) - Allocated(10);
        // Per epoch the history keeps four numbers, one array of two layers' norms and its reference.
        const long historyPerEpoch = 4 * 8 + 8 + (24 + 2 * 8);
        Assert.True(extra < 1000 * historyPerEpoch + 4096, $"1,000 more epochs allocated {extra} bytes");
    }

    [Fact]
    public void Explicit_biases_without_weights_join_initialised_weights()
    {
        var initialised = Runs.Report(Runs.Moons(epochs: 0, layers: [2, 3, 1]));
        var biased = Runs.Report(Runs.Moons(epochs: 0, layers: [2, 3, 1]) with { Biases = [[1, 2, 3], [4]] });
        Assert.Equal(initialised.Weights, biased.Weights);
        Assert.Equal([[1.0, 2, 3], [4.0]], biased.Biases);
    }

    [Fact]
    public void Explicit_weights_without_biases_start_the_biases_at_zero()
    {
        var report = Runs.Report(Runs.Moons(epochs: 0, layers: [2, 1]) with { Weights = [[[0.5, -0.5]]] });
        Assert.Equal([[[0.5, -0.5]]], report.Weights);
        Assert.Equal([[0.0]], report.Biases);
    }

    [Fact]
    public void A_loss_that_needs_another_output_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Trainer.Run(Runs.Moons() with { Output = OutputActivation.Linear }));
        Assert.Throws<ArgumentException>(() => Trainer.Run(Runs.Moons(loss: LossKind.CrossEntropy, layers: [2, 4, 2]) with { Output = OutputActivation.Sigmoid }));
    }
}
