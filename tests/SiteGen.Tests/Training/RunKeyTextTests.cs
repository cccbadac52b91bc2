using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;
using SiteGen.Training;
using static SiteGen.Tests.Training.Runs;

namespace SiteGen.Tests.Training;

/// <summary>The canonical text of a run, which cache keys hash: equal for equal runs, different when any number differs.</summary>
public class RunKeyTextTests
{
    [Fact]
    public void The_same_run_read_twice_has_the_same_text() =>
        Assert.Equal(RunKeyText.Of(Spec(Textbook)), RunKeyText.Of(Spec(Textbook)));

    [Theory]
    [InlineData("[[0.15, 0.20], [0.25, 0.30]]", "[[0.15, 0.20], [0.25, 0.31]]")]
    [InlineData("[0.60, 0.60]]", "[0.60, 0.61]]")]
    [InlineData("x: [[0.05, 0.10]]", "x: [[0.05, 0.11]]")]
    [InlineData("y: [[0.01, 0.99]]", "y: [[0.01, 0.98]]")]
    [InlineData("lr: 0.5", "lr: 0.5000000000000001")]
    [InlineData("epochs: 1", "epochs: 2")]
    [InlineData("optimiser: sgd", "optimiser: momentum")]
    public void Any_number_or_choice_that_differs_changes_the_text(string from, string to) =>
        Assert.NotEqual(RunKeyText.Of(Spec(Textbook)), RunKeyText.Of(Spec(Textbook.Replace(from, to))));

    [Theory]
    [InlineData("data: {set: moons, n: 200, noise: 0.1}", "data: {set: moons, n: 200, noise: 0.1, seed: 1}")]
    [InlineData("data: {set: moons, n: 200, noise: 0.1}", "data: {set: moons, n: 200, noise: 0.1, test: 0.25}")]
    [InlineData("loss: bce", "loss: bce\nbatch: 10")]
    [InlineData("loss: bce", "loss: bce\nshuffle: true")]
    [InlineData("loss: bce", "loss: bce\nclip-norm: 1")]
    [InlineData("loss: bce", "loss: bce\nseed: 1")]
    [InlineData("loss: bce", "loss: bce\nallow-divergence: true")]
    [InlineData("loss: bce", "loss: bce\nschedule: cosine")]
    [InlineData("loss: bce", "loss: bce\nskip: true")]
    public void Every_setting_that_changes_the_result_is_in_the_text(string from, string to) =>
        Assert.NotEqual(RunKeyText.Of(Spec(Moons)), RunKeyText.Of(Spec(Moons.Replace(from, to))));

    [Fact]
    public void Numbers_are_written_to_round_trip_and_arrays_in_full()
    {
        var text = RunKeyText.Of(Spec(Textbook.Replace("lr: 0.5", "lr: 0.1 + 0.2")));
        Assert.Contains("lr=0.30000000000000004", text);
        Assert.Contains("0.15,0.2|0.25,0.3", text);
        Assert.Contains("x=[0.05,0.1] y=[0.01,0.99]", text);
    }

    [Fact]
    public void Class_indices_are_written_out()
    {
        var spec = new RunSpec
        {
            Data = new ExplicitData([[0.0], [1.0]], null, [0, 1]), Layers = [1, 2], Loss = LossKind.CrossEntropy,
            Optimiser = new(OptimiserKind.Sgd, 0.1), Epochs = 1,
        };
        Assert.Contains("classes=0,1", RunKeyText.Of(spec));
    }
}
