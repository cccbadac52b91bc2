using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;
using static SiteGen.Tests.Training.Runs;

namespace SiteGen.Tests.Training;

/// <summary>A run's YAML read into a RunSpec: every key of training.md's table, its defaults, and expressions of the lesson.</summary>
public class RunReaderTests
{
    [Fact]
    public void Every_key_of_a_run_is_read()
    {
        var spec = Spec("""
            data: {set: blobs, n: 300, noise: 0.25, seed: 7, test: 0.2, classes: 3}
            layers: [2, 16, 16, 3]
            activation: leaky_relu
            output: softmax
            loss: cross-entropy
            init: he-normal
            init-scale: 0.5
            skip: true
            optimiser: adam
            lr: 0.01
            beta1: 0.8
            beta2: 0.99
            eps: 1e-6
            weight-decay: 0.001
            schedule: step
            step-every: 10
            gamma: 0.5
            clip-norm: 1.5
            clip-value: 0.25
            epochs: 50
            batch: 32
            shuffle: false
            seed: 42
            allow-divergence: true
            """);

        Assert.Equal(new GeneratedData(DataSetKind.Blobs, 300, 0.25, 7, 3) { Test = 0.2 }, spec.Data);
        Assert.Equal([2, 16, 16, 3], spec.Layers);
        Assert.Equal(Activation.LeakyRelu, spec.Activation);
        Assert.Equal(OutputActivation.Softmax, spec.Output);
        Assert.Equal(LossKind.CrossEntropy, spec.Loss);
        Assert.Equal(Initialisation.HeNormal, spec.Init);
        Assert.Equal(0.5, spec.InitScale);
        Assert.True(spec.Skip);
        Assert.Equal(new OptimiserSpec(OptimiserKind.Adam, 0.01) { Beta1 = 0.8, Beta2 = 0.99, Eps = 1e-6, WeightDecay = 0.001 }, spec.Optimiser);
        Assert.Equal(new ScheduleSpec(ScheduleKind.Step, 10, 0.5), spec.Schedule);
        Assert.Equal(1.5, spec.ClipNorm);
        Assert.Equal(0.25, spec.ClipValue);
        Assert.Equal(50, spec.Epochs);
        Assert.Equal(32, spec.Batch);
        Assert.False(spec.Shuffle);
        Assert.Equal(42, spec.Seed);
        Assert.True(spec.AllowDivergence);
    }

    [Fact]
    public void Keys_left_out_take_the_contracts_defaults()
    {
        var spec = Spec("""
            data: {set: xor}
            layers: [2, 4, 1]
            loss: mse
            lr: 0.1
            epochs: 0
            """);

        Assert.Equal(new GeneratedData(DataSetKind.Xor, 100, 0, 0), spec.Data);
        Assert.Equal(0, spec.Data.Test);
        Assert.Equal(Activation.Tanh, spec.Activation);
        Assert.Null(spec.Output);
        Assert.Equal(OutputActivation.Linear, spec.ResolvedOutput);
        Assert.Equal(Initialisation.XavierUniform, spec.Init);
        Assert.Equal(1, spec.InitScale);
        Assert.Null(spec.Weights);
        Assert.Null(spec.Biases);
        Assert.False(spec.Skip);
        Assert.Equal(new OptimiserSpec(OptimiserKind.Sgd, 0.1), spec.Optimiser);
        Assert.Equal(ScheduleSpec.Constant, spec.Schedule);
        Assert.Null(spec.ClipNorm);
        Assert.Null(spec.ClipValue);
        Assert.Equal(0, spec.Epochs);
        Assert.Null(spec.Batch);
        Assert.Null(spec.Shuffle);
        Assert.False(spec.ResolvedShuffle);
        Assert.Equal(0, spec.Seed);
        Assert.False(spec.AllowDivergence);
    }

    [Fact]
    public void The_data_seed_defaults_to_the_runs_seed() =>
        Assert.Equal(9, ((GeneratedData)Spec(MoonsWith("epochs", "epochs: 10\nseed: 9")).Data).Seed);

    [Fact]
    public void A_data_seed_of_its_own_wins_over_the_runs()
    {
        var spec = Spec(MoonsWith("data", "data: {set: moons, seed: 3}") + "\nseed: 9");
        Assert.Equal(3, ((GeneratedData)spec.Data).Seed);
        Assert.Equal(9, spec.Seed);
    }

    [Fact]
    public void Explicit_examples_weights_and_biases_are_read_in_nn_Linear_layout()
    {
        var spec = Spec(Textbook);

        var data = Assert.IsType<ExplicitData>(spec.Data);
        Assert.Equal([[0.05, 0.10]], data.Inputs);
        Assert.Equal([[0.01, 0.99]], data.Targets);
        Assert.Null(data.Classes);
        Assert.Equal([[0.15, 0.20], [0.25, 0.30]], spec.Weights![0]);
        Assert.Equal([[0.40, 0.45], [0.50, 0.55]], spec.Weights[1]);
        Assert.Equal([[0.35, 0.35], [0.60, 0.60]], spec.Biases);
        Assert.Equal(OutputActivation.Sigmoid, spec.Output);
        Assert.Equal(new OptimiserSpec(OptimiserKind.Sgd, 0.5), spec.Optimiser);
    }

    [Fact]
    public void Class_indices_are_the_targets_of_cross_entropy()
    {
        var spec = Spec("""
            data: {x: [[0, 0], [0, 1], [1, 0]], y: [0, 2, 1], test: 0}
            layers: [2, 3]
            loss: cross-entropy
            lr: 0.1
            epochs: 5
            """);

        var data = Assert.IsType<ExplicitData>(spec.Data);
        Assert.Equal([0, 2, 1], data.Classes!);
        Assert.Null(data.Targets);
    }

    [Fact]
    public void A_flat_list_of_inputs_is_one_input_per_example_and_numbers_are_one_target_each()
    {
        var spec = Spec("""
            data: {x: [-1, 0, 1], y: [1, 0, 1]}
            layers: [1, 4, 1]
            loss: mse
            lr: 0.1
            epochs: 5
            """);

        var data = Assert.IsType<ExplicitData>(spec.Data);
        Assert.Equal([[-1.0], [0.0], [1.0]], data.Inputs);
        Assert.Equal([[1.0], [0.0], [1.0]], data.Targets);
    }

    [Fact]
    public void Numbers_may_be_expressions_of_the_lessons_names()
    {
        var scope = Defining("eta = 0.1", "h = 8", "n_epochs = 2 * 50", "W1 = [[0.15, 0.20], [0.25, 0.30]]", "b2 = [0.6, 0.6]",
            "X = [[0.05, 0.10]]");
        var spec = Spec("""
            data: {x: X, y: [[0.01, 1 - 0.01]]}
            layers: [2, 2, 2]
            loss: mse
            weights: [W1, [[0.40, 0.45], [0.50, 0.55]]]
            biases: [[0.35, 0.35], b2]
            lr: eta / 2
            epochs: n_epochs
            """, scope);

        Assert.Equal(0.05, spec.Optimiser.LearningRate);
        Assert.Equal(100, spec.Epochs);
        Assert.Equal([[0.05, 0.10]], ((ExplicitData)spec.Data).Inputs);
        Assert.Equal([[0.01, 0.99]], ((ExplicitData)spec.Data).Targets);
        Assert.Equal([[0.15, 0.20], [0.25, 0.30]], spec.Weights![0]);
        Assert.Equal([0.6, 0.6], spec.Biases![1]);

        Assert.Equal([2, 8, 8, 1], Spec(MoonsWith("layers", "layers: [2, h, h, 1]"), scope).Layers);
    }

    [Fact]
    public void Batch_full_is_the_whole_training_set_and_a_number_turns_shuffling_on()
    {
        Assert.Null(Spec(MoonsWith("epochs", "epochs: 10\nbatch: full")).Batch);
        var batched = Spec(MoonsWith("epochs", "epochs: 10\nbatch: 16"));
        Assert.Equal(16, batched.Batch);
        Assert.True(batched.ResolvedShuffle);
    }

    [Fact]
    public void A_skip_that_applies_to_no_layer_is_allowed() =>
        Assert.True(Spec(MoonsWith("epochs", "epochs: 10\nskip: true")).Skip);

    [Fact]
    public void Momentum_belongs_to_momentum_and_nesterov()
    {
        Assert.Equal(0.5, Spec(MoonsWith("lr", "lr: 0.1\noptimiser: nesterov\nmomentum: 0.5")).Optimiser.Momentum);
        Assert.Null(Spec(MoonsWith("lr", "lr: 0.1\noptimiser: momentum")).Optimiser.Momentum);
    }

    [Fact]
    public void A_run_inside_a_lesson_reports_at_the_lessons_lines_and_columns()
    {
        var (_, diagnostics) = Read(MoonsWith("lr", "lr: -1"), firstLine: 20, firstColumn: 4);
        Assert.Equal("run.yml(23,8)", Assert.Single(diagnostics).Location.ToString());
    }
}
