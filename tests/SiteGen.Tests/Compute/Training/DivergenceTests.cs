using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;

namespace SiteGen.Tests.Compute.Training;

/// <summary>A run whose numbers stop being finite: refused with a message that helps, or, when divergence is the point, cut short.</summary>
public class DivergenceTests
{
    /// <summary>Gradient descent on a quadratic with a rate far too high grows the loss ~50-fold an epoch until it overflows.</summary>
    private static RunSpec TooFast(bool allow = false) => new()
    {
        Data = new GeneratedData(DataSetKind.Curve, 20, 0, 0),
        Layers = [1, 1],
        Loss = LossKind.Mse,
        Optimiser = new OptimiserSpec(OptimiserKind.Sgd, 5),
        Epochs = 1000,
        AllowDivergence = allow,
    };

    [Fact]
    public void A_diverging_run_is_refused_with_the_epoch_the_layer_and_what_to_do()
    {
        var outcome = Trainer.Run(TooFast());
        Assert.Null(outcome.Report);
        var failure = outcome.Failure!;
        Assert.InRange(failure.Divergence.Epoch, 2, 999);
        Assert.Equal(1, failure.Divergence.Layer);
        Assert.Contains($"epoch {failure.Divergence.Epoch}", failure.Message);
        Assert.Contains("layer 1", failure.Message);
        Assert.Contains("lower 'lr'", failure.Message);
        Assert.Contains("'clip-norm'", failure.Message);
        Assert.Contains("'allow-divergence: true'", failure.Message);
    }

    [Fact]
    public void An_allowed_divergence_ends_the_history_at_the_last_finite_epoch()
    {
        var report = Runs.Report(TooFast(allow: true));
        var diverged = report.Diverged!;
        Assert.Equal(diverged.Epoch, report.Loss.Count);
        Assert.Equal(diverged.Epoch, report.GradNorms.Count);
        Assert.All(report.Loss, loss => Assert.True(double.IsFinite(loss)));
        Assert.True(report.Loss[^1] > 1e100);
        Assert.Matches("the loss is (infinite|NaN)|layer 1's (weight|bias) gradient is (infinite|NaN)", diverged.What);
    }

    [Fact]
    public void An_allowed_divergence_reports_the_parameters_of_the_last_finite_epoch()
    {
        var report = Runs.Report(TooFast(allow: true));
        var lastFinite = Runs.Report(TooFast() with { Epochs = report.Diverged!.Epoch - 1 });
        Assert.Equal(Runs.Bits(Runs.Flat(lastFinite)), Runs.Bits(Runs.Flat(report)));
        Assert.Equal(Runs.Bits(lastFinite.Loss), Runs.Bits(report.Loss));
    }

    [Fact]
    public void The_epoch_named_is_the_first_whose_parameters_give_a_number_that_is_not_finite()
    {
        var epoch = Trainer.Run(TooFast()).Failure!.Divergence.Epoch;
        Assert.NotNull(Trainer.Run(TooFast() with { Epochs = epoch - 1 }).Report);
        Assert.Null(Trainer.Run(TooFast() with { Epochs = epoch }).Report);
    }

    [Fact]
    public void Divergence_in_a_deep_layer_names_that_layer()
    {
        var layers = new[] { 1, 1, 1, 1 };
        var outcome = Trainer.Run(new RunSpec
        {
            Data = new GeneratedData(DataSetKind.Curve, 4, 0, 0),
            Layers = layers,
            Activation = Activation.Linear,
            Loss = LossKind.Mse,
            Weights = [[[1]], [[1]], [[1e200]]],
            Optimiser = new OptimiserSpec(OptimiserKind.Sgd, 0.1),
            Epochs = 3,
        });
        Assert.Equal(0, outcome.Failure!.Divergence.Epoch);
        Assert.Equal(3, outcome.Failure.Divergence.Layer);
        Assert.Equal("the loss is infinite", outcome.Failure.Divergence.What);
    }

    /// <summary>
    /// A step can send a weight to infinity while the loss and gradients stay finite (a ReLU unit
    /// pushed to −∞ outputs 0 and passes back 0); the check of the parameters catches it, so no
    /// report ever holds a parameter that is not finite.
    /// </summary>
    [Fact]
    public void A_parameter_that_is_not_finite_is_divergence_at_its_layer()
    {
        var spec = TooFast() with { Layers = [1, 3, 1] };
        var shape = NetworkShape.Of(spec);
        var parameters = new double[shape.ParameterCount];
        Assert.Null(DivergenceCheck.OfParameters(4, shape, parameters));
        parameters[shape.WeightOffset(1)] = double.NegativeInfinity;
        Assert.Equal(new Divergence(4, 2, "a weight of layer 2 is infinite"), DivergenceCheck.OfParameters(4, shape, parameters));
        parameters[shape.BiasOffset(0)] = double.NaN;
        Assert.Equal(new Divergence(4, 1, "a bias of layer 1 is NaN"), DivergenceCheck.OfParameters(4, shape, parameters));
    }
}
