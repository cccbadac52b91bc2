using SiteGen.Compute.Training;
using static SiteGen.Tests.Training.Runs;

namespace SiteGen.Tests.Training;

/// <summary>
/// Parts of a run that do not fit one another (SG1804): widths against the data and explicit
/// parameters, targets against the loss, the output activation against the loss; and the budget (SG1805).
/// Each is one diagnostic at the node that has to change, and a broken part causes no others.
/// </summary>
public class RunFitTests
{
    private const string Explicit = """
        data: {x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0]}
        layers: [2, 4, 1]
        loss: bce
        lr: 0.1
        epochs: 10
        """;

    [Theory]
    [InlineData("layers: [3, 8, 1]", "run.yml(2,10): error SG1804: the inputs of moons have 2 numbers each, so the first width in 'layers' must be 2, not 3")]
    [InlineData("layers: [2, 8, 2]", "run.yml(2,16): error SG1804: 'loss: bce' has one output, the logit of class 1 (for one output per class, use 'loss: cross-entropy'), so the last width in 'layers' must be 1, not 2")]
    [InlineData("loss: cross-entropy", "run.yml(2,16): error SG1804: moons has 2 classes and 'loss: cross-entropy' one output per class, so the last width in 'layers' must be 2, not 1")]
    [InlineData("data: {set: blobs, classes: 3}", "run.yml(3,7): error SG1804: blobs with 3 classes needs 'loss: cross-entropy'; bce takes two classes, as one output")]
    public void Generated_data_fixes_the_widths_and_the_loss(string line, string expected) =>
        Assert.Equal(expected, Problem(MoonsWith(line.Split(':')[0], line)));

    [Fact]
    public void The_curve_is_regression_with_one_input() =>
        Assert.Equal("run.yml(3,7): error SG1804: curve is a regression set, whose targets are real numbers; use 'loss: mse'",
            Problem(MoonsWith("data", "data: {set: curve}").Replace("[2, 8, 1]", "[1, 8, 1]")));

    [Fact]
    public void Mse_on_two_classes_has_one_output() =>
        Assert.Equal("run.yml(2,16): error SG1804: the targets of moons are one number each, the class 0 or 1, so the last width in 'layers' must be 1, not 2",
            Problem(MoonsWith("loss", "loss: mse").Replace("[2, 8, 1]", "[2, 8, 2]")));

    [Theory]
    [InlineData("output: linear", "run.yml(6,9): error SG1804: 'loss: bce' reads the output's logit and applies the sigmoid itself, as BCEWithLogitsLoss does, so its output is sigmoid; remove 'output' or write 'output: sigmoid'")]
    [InlineData("output: softmax", "run.yml(6,9): error SG1804: 'loss: bce' reads the output's logit and applies the sigmoid itself, as BCEWithLogitsLoss does, so its output is sigmoid; remove 'output' or write 'output: sigmoid'")]
    public void Bce_applies_its_own_sigmoid(string line, string expected) => Assert.Equal(expected, Problem(Moons + "\n" + line));

    [Fact]
    public void Cross_entropy_applies_its_own_softmax() =>
        Assert.Equal("run.yml(6,9): error SG1804: 'loss: cross-entropy' reads the outputs' logits and applies softmax itself, as CrossEntropyLoss does, so its output is softmax; remove 'output' or write 'output: softmax'",
            Problem(MoonsWith("loss", "loss: cross-entropy").Replace("[2, 8, 1]", "[2, 8, 2]") + "\noutput: sigmoid"));

    [Fact]
    public void Softmax_goes_with_cross_entropy_alone() =>
        Assert.Equal("run.yml(6,9): error SG1804: 'output: softmax' goes with 'loss: cross-entropy' alone; with mse, use 'output: linear' or 'output: sigmoid'",
            Problem(MoonsWith("loss", "loss: mse") + "\noutput: softmax"));

    [Fact]
    public void Mse_may_have_a_sigmoid_output() =>
        Assert.Equal(OutputActivation.Sigmoid, Spec(MoonsWith("loss", "loss: mse") + "\noutput: sigmoid").Output);

    [Theory]
    [InlineData("layers: [3, 4, 1]", "run.yml(2,10): error SG1804: each row of 'x' has 2 numbers, so the first width in 'layers' must be 2, not 3")]
    [InlineData("data: {x: [[0, 0], [0, 1]], y: [0, 1, 1]}", "run.yml(1,32): error SG1804: 'y' has 3 targets but 'x' has 2 examples; give one target per example")]
    [InlineData("data: {x: [[0, 0], [0, 1]], y: [0, 2]}", "run.yml(1,36): error SG1804: 'y' holds 2, but the targets of 'loss: bce' are from 0 to 1, the probability of class 1")]
    [InlineData("data: {x: [0.05, 0.10], y: [1, 0]}", "run.yml(2,10): error SG1804: 'x' is a flat list, one input per example, so the first width in 'layers' must be 1, not 2; for examples of 2 inputs, write 'x' as rows, such as [[0.05, 0.10]]")]
    public void Explicit_examples_fix_the_widths_and_the_targets(string line, string expected) =>
        Assert.Equal(expected, Problem(With(Explicit, line.Split(':')[0], line)));

    [Fact]
    public void Rows_of_targets_fix_the_output_width() =>
        Assert.Equal("run.yml(2,16): error SG1804: each target in 'y' has 2 numbers, so the last width in 'layers' must be 2, not 1",
            Problem(With(With(Explicit, "data", "data: {x: [[0, 0]], y: [[0.5, 1]]}"), "loss", "loss: mse")));

    [Theory]
    [InlineData("data: {x: [[0, 0], [0, 1]], y: [0, 1.5]}", "run.yml(1,36): error SG1804: 'y' holds 1.5, but the targets of 'loss: cross-entropy' are class indices: whole numbers from 0")]
    [InlineData("data: {x: [[0, 0], [0, 1]], y: [0, 3]}", "run.yml(1,36): error SG1804: 'y' holds class 3, but the last width in 'layers' is 3, for the classes 0 to 2; make it 4")]
    [InlineData("data: {x: [[0, 0], [0, 1]], y: [[1, 0], [0, 1]]}", "run.yml(1,32): error SG1804: 'loss: cross-entropy' takes one class index per example, such as y: [0, 2, 1], not rows of numbers")]
    [InlineData("layers: [2, 1]", "run.yml(2,13): error SG1804: 'loss: cross-entropy' has one output per class, at least 2, so the last width in 'layers' must be 2 or more, not 1")]
    public void Class_indices_fit_cross_entropys_outputs(string line, string expected)
    {
        var run = With(With(Explicit, "loss", "loss: cross-entropy"), "layers", "layers: [2, 3]");
        Assert.Equal(expected, Problem(With(run, line.Split(':')[0], line)));
    }

    [Fact]
    public void Explicit_weights_give_one_matrix_per_layer() =>
        Assert.Equal("run.yml(9,3): error SG1804: 'weights' has 1 item but 'layers' [2, 2, 2] has 2 layers; give one per layer",
            Problem(Textbook.Replace("  - [[0.40, 0.45], [0.50, 0.55]]\n", "")));

    [Fact]
    public void A_weight_matrix_has_one_row_of_inputs_per_output() =>
        Assert.Equal("run.yml(10,5): error SG1804: weights[1], of layer 2 (2 → 2), must have 2 rows (one per output) of 2 numbers (one per input), as nn.Linear.weight is, not 1 row of 4 numbers",
            Problem(Textbook.Replace("[[0.40, 0.45], [0.50, 0.55]]", "[[0.40, 0.45, 0.50, 0.55]]")));

    [Fact]
    public void A_bias_vector_has_one_number_per_output() =>
        Assert.Equal("run.yml(11,24): error SG1804: biases[1], of layer 2 (2 → 2), must have 2 numbers, one per output, not a list of 3 numbers",
            Problem(Textbook.Replace("[0.60, 0.60]", "[0.60, 0.60, 0.60]")));

    [Fact]
    public void A_weight_that_is_not_a_matrix_is_a_bad_value() =>
        Assert.StartsWith("run.yml(10,5): error SG1802: each item of 'weights' must be a matrix, one row of the layer's inputs for each of its outputs",
            Problem(Textbook.Replace("[[0.40, 0.45], [0.50, 0.55]]", "[0.40, 0.45]")));

    [Fact]
    public void Bad_widths_are_one_error_not_also_every_mismatch_they_would_cause() =>
        Assert.Equal("run.yml(4,13): error SG1802: each width in 'layers' must be a whole number from 1 to 1,024, not 2.5",
            Problem(Textbook.Replace("layers: [2, 2, 2]", "layers: [2, 2.5, 2]")));

    [Fact]
    public void A_bad_loss_is_one_error_not_also_the_widths_it_would_fix() =>
        Assert.StartsWith("run.yml(3,7): error SG1802: 'loss' must be one of", Problem(MoonsWith("loss", "loss: hinge").Replace("[2, 8, 1]", "[2, 8, 5]")));

    [Fact]
    public void Bad_data_is_one_error_not_also_the_widths_it_would_fix() =>
        Assert.StartsWith("run.yml(1,13): error SG1802: 'set' must be one of", Problem(MoonsWith("data", "data: {set: mons}").Replace("[2, 8, 1]", "[3, 8, 5]")));

    [Fact]
    public void A_missing_data_is_one_error_not_also_the_widths() =>
        Assert.StartsWith("run.yml(1,1): error SG1803: a run needs 'data'", Problem(MoonsWith("data", null).Replace("[2, 8, 1]", "[3, 8, 5]")));

    [Fact]
    public void Independent_problems_are_each_reported()
    {
        var (spec, diagnostics) = Read(MoonsWith("lr", "lr: 0").Replace("[2, 8, 1]", "[3, 8, 1]") + "\nbatch: 0");
        Assert.Null(spec);
        Assert.Equal(["SG1804", "SG1802", "SG1802"], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_run_beyond_the_budget_names_its_cost_the_budget_and_how_to_raise_it() =>
        Assert.Equal("run.yml(5,1): error SG1805: this run costs 33,000 (33 parameters × 200 training examples × 5 epochs), " +
            "more than the site's training budget of 10,000; train a smaller network, on fewer examples or for fewer epochs, " +
            "or raise the budget: set max_training_cost in site.yml",
            Problem(MoonsWith("epochs", "epochs: 5"), budget: 10_000));

    [Fact]
    public void The_budget_counts_only_the_training_examples()
    {
        var run = MoonsWith("data", "data: {set: moons, n: 200, test: 0.5}").Replace("epochs: 10", "epochs: 5");
        Assert.NotNull(Read(run, budget: 16_500).Spec);
        Assert.Null(Read(run, budget: 16_499).Spec);
    }

    [Fact]
    public void The_default_budget_lets_a_2_16_16_1_network_train_on_1000_points_for_5000_epochs() =>
        Assert.Equal(5000, Spec(MoonsWith("data", "data: {set: moons, n: 1000}").Replace("[2, 8, 1]", "[2, 16, 16, 1]").Replace("epochs: 10", "epochs: 5000")).Epochs);
}
