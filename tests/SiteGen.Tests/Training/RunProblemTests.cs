using static SiteGen.Tests.Training.Runs;

namespace SiteGen.Tests.Training;

/// <summary>
/// Unknown keys, missing keys and bad values: each is one diagnostic at the key's or value's own
/// line and column, saying what to write instead, and the run is refused.
/// </summary>
public class RunProblemTests
{
    [Fact]
    public void An_unknown_key_suggests_the_key_meant() =>
        Assert.Equal("run.yml(6,1): error SG1801: unknown key 'optimizer'; did you mean 'optimiser'?",
            Problem(Moons + "\noptimizer: adam"));

    [Fact]
    public void An_unknown_key_with_nothing_near_lists_the_keys_a_run_takes() =>
        Assert.StartsWith("run.yml(6,1): error SG1801: unknown key 'colour'; a run takes data, layers, activation, ",
            Problem(Moons + "\ncolour: red"));

    [Fact]
    public void An_unknown_key_of_the_data_suggests_the_key_meant() =>
        Assert.Equal("run.yml(1,20): error SG1801: unknown key 'nosie'; did you mean 'noise'?",
            Problem(MoonsWith("data", "data: {set: moons, nosie: 0.1}")));

    [Fact]
    public void A_key_of_generated_data_among_explicit_examples_says_where_it_belongs() =>
        Assert.Equal("run.yml(1,29): error SG1801: unknown key 'n'; 'n' belongs to a generated set; explicit data takes x, y, test",
            Problem(MoonsWith("data", "data: {x: [[0, 1]], y: [1], n: 5}")));

    [Fact]
    public void A_missing_key_is_named_with_what_it_is() =>
        Assert.Equal("run.yml(1,1): error SG1803: a run needs 'lr' (the learning rate, such as 0.1)", Problem(MoonsWith("lr", null)));

    [Fact]
    public void Several_missing_keys_are_one_message() =>
        Assert.Equal("run.yml(1,1): error SG1803: a run needs 'data' (the examples, such as {set: moons, n: 200}), " +
            "'layers' (the widths from input to output, such as [2, 8, 1]), 'loss' (mse, bce or cross-entropy), " +
            "'lr' (the learning rate, such as 0.1) and 'epochs' (the passes over the data, such as 100)", Problem(""));

    [Fact]
    public void Data_that_is_neither_generated_nor_explicit_says_what_it_needs() =>
        Assert.Equal("run.yml(1,7): error SG1803: 'data' needs 'set', a generated set (xor, moons, circles, spirals, blobs, curve), or 'x' and 'y', explicit examples",
            Problem(MoonsWith("data", "data: {n: 200}")));

    [Fact]
    public void A_misspelt_set_is_reported_once_not_also_as_missing() =>
        Assert.Equal("run.yml(1,8): error SG1801: unknown key 'sett'; did you mean 'set'?", Problem(MoonsWith("data", "data: {sett: moons}")));

    [Fact]
    public void Explicit_data_without_targets_says_so() =>
        Assert.Equal("run.yml(1,7): error SG1803: explicit data needs 'y', one target per example", Problem(MoonsWith("data", "data: {x: [[0, 1]]}")));

    [Fact]
    public void Generated_and_explicit_data_at_once_is_one_or_the_other() =>
        Assert.Equal("run.yml(1,20): error SG1802: 'data' is either a generated set ('set') or explicit examples ('x' and 'y'), not both; remove one",
            Problem(MoonsWith("data", "data: {set: moons, x: [[0, 1]], y: [1]}")));

    [Theory]
    [InlineData("lr: 0", "run.yml(4,5): error SG1802: 'lr' must be greater than 0, not 0")]
    [InlineData("lr: [0.1]", "run.yml(4,5): error SG1802: 'lr' needs a number here, not a list")]
    [InlineData("lr:", "run.yml(4,4): error SG1802: 'lr' has no value; it needs a number")]
    [InlineData("epochs: 2.5", "run.yml(5,9): error SG1802: 'epochs' must be a whole number from 0 to 1,000,000, not 2.5")]
    [InlineData("epochs: 2000000", "run.yml(5,9): error SG1802: 'epochs' must be a whole number from 0 to 1,000,000, not 2000000")]
    [InlineData("layers: [2, 0, 1]", "run.yml(2,13): error SG1802: each width in 'layers' must be a whole number from 1 to 1,024, not 0")]
    [InlineData("layers: [2]", "run.yml(2,9): error SG1802: 'layers' needs from 2 to 100 widths, from the input's to the output's, such as [2, 8, 1]")]
    [InlineData("layers: [[2, 8], [8, 1]]", "run.yml(2,9): error SG1802: 'layers' needs from 2 to 100 widths, from the input's to the output's, such as [2, 8, 1]")]
    [InlineData("loss: crossentropy", "run.yml(3,7): error SG1802: 'loss' must be one of mse, bce, cross-entropy, not 'crossentropy'; did you mean 'cross-entropy'?")]
    [InlineData("data: {set: moon}", "run.yml(1,13): error SG1802: 'set' must be one of xor, moons, circles, spirals, blobs, curve, not 'moon'; did you mean 'moons'?")]
    [InlineData("data: {set: moons, n: 0}", "run.yml(1,23): error SG1802: 'n' must be a whole number from 1 to 100,000, not 0")]
    [InlineData("data: {set: moons, noise: -0.1}", "run.yml(1,27): error SG1802: 'noise' must be 0 or more, not -0.1")]
    [InlineData("data: {set: moons, test: 1}", "run.yml(1,26): error SG1802: 'test' must be from 0 up to, but not including, 1, not 1")]
    [InlineData("data: {set: moons, n: 1, test: 0.9}", "run.yml(1,32): error SG1802: 'test: 0.9' holds out all 1 example, leaving none to train on; hold out fewer")]
    [InlineData("data: {set: moons, classes: 3}", "run.yml(1,20): error SG1802: only blobs and spirals take 'classes'; moons has the two classes 0 and 1")]
    [InlineData("data: moons", "run.yml(1,7): error SG1802: 'data' needs a mapping: a generated set such as {set: moons, n: 200}, or examples such as {x: [[0, 1], [1, 0]], y: [1, 1]}")]
    public void A_bad_value_is_reported_at_the_value(string line, string expected) =>
        Assert.Equal(expected, Problem(MoonsWith(line.Split(':')[0], line)));

    [Theory]
    [InlineData("activation: ReLU", "run.yml(6,13): error SG1802: 'activation' must be one of sigmoid, tanh, relu, leaky_relu, elu, gelu, linear, not 'ReLU'; did you mean 'relu'?")]
    [InlineData("init: kaiming", "run.yml(6,7): error SG1802: 'init' must be one of xavier-uniform, xavier-normal, he-uniform, he-normal, not 'kaiming'")]
    [InlineData("optimiser: adamw", "run.yml(6,12): error SG1802: 'optimiser' must be one of sgd, momentum, nesterov, rmsprop, adagrad, adam, not 'adamw'; did you mean 'adam'?")]
    [InlineData("schedule: cosin", "run.yml(6,11): error SG1802: 'schedule' must be one of constant, step, cosine, not 'cosin'; did you mean 'cosine'?")]
    [InlineData("shuffle: maybe", "run.yml(6,10): error SG1802: 'shuffle' must be true or false, not 'maybe'")]
    [InlineData("batch: 0", "run.yml(6,8): error SG1802: 'batch' must be a whole number from 1 to 100,000, not 0")]
    [InlineData("seed: -1", "run.yml(6,7): error SG1802: 'seed' must be a whole number from 0 to 9,007,199,254,740,991, not -1")]
    [InlineData("momentum: 1", "run.yml(6,1): error SG1802: 'momentum' is a setting of momentum and nesterov, not of sgd, which would ignore it; remove it or set 'optimiser: momentum'")]
    [InlineData("beta1: 0.9", "run.yml(6,1): error SG1802: 'beta1' is a setting of adam, not of sgd, which would ignore it; remove it or set 'optimiser: adam'")]
    [InlineData("eps: 1e-8", "run.yml(6,1): error SG1802: 'eps' is a setting of rmsprop, adagrad and adam, not of sgd, which would ignore it; remove it or set 'optimiser: rmsprop'")]
    [InlineData("gamma: 0.5", "run.yml(6,1): error SG1802: 'gamma' is a setting of 'schedule: step', not of 'schedule: constant'; remove it or set 'schedule: step'")]
    [InlineData("schedule: step", "run.yml(6,11): error SG1803: 'schedule: step' needs 'step-every', the epochs between steps of the learning rate")]
    [InlineData("clip-norm: 0", "run.yml(6,12): error SG1802: 'clip-norm' must be greater than 0, not 0")]
    [InlineData("init-scale: -1", "run.yml(6,13): error SG1802: 'init-scale' must be 0 or more, not -1")]
    [InlineData("biases: [[0], [0]]", "run.yml(6,1): error SG1802: explicit 'biases' go with explicit 'weights'; with 'init', biases start at 0")]
    public void A_bad_added_key_is_reported_at_the_key_or_its_value(string line, string expected) =>
        Assert.Equal(expected, Problem(Moons + "\n" + line));

    [Fact]
    public void Momentum_above_its_range_is_a_bad_value_for_the_optimisers_that_read_it() =>
        Assert.Equal("run.yml(7,11): error SG1802: 'momentum' must be from 0 up to, but not including, 1, not 1",
            Problem(Moons + "\noptimiser: momentum\nmomentum: 1"));

    [Fact]
    public void An_expressions_error_is_reported_at_its_own_column_in_the_value() =>
        Assert.Equal("run.yml(4,9): error SG1202: unknown name 'etta'; did you mean 'eta'?",
            Problem(MoonsWith("lr", "lr: 2 * etta"), Defining("eta = 0.1")));

    [Fact]
    public void An_expression_in_quotes_is_reported_past_the_quote() =>
        Assert.StartsWith("run.yml(4,10): error SG1202:", Problem(MoonsWith("lr", "lr: \"2 * etta\""), Defining("eta = 0.1")));

    [Fact]
    public void A_vector_where_one_number_belongs_says_what_it_got() =>
        Assert.Equal("run.yml(4,5): error SG1802: 'lr' needs one number, not a vector of 2 numbers", Problem(MoonsWith("lr", "lr: v"), Defining("v = [1, 2]")));

    [Fact]
    public void Rows_of_different_lengths_are_reported_at_the_row_that_differs() =>
        Assert.Equal("run.yml(1,20): error SG1802: the rows of 'x' must all have the same length, but the first has 2 numbers and this one 3",
            Problem(MoonsWith("data", "data: {x: [[0, 1], [1, 0, 1]], y: [1, 1]}")));

    [Fact]
    public void Explicit_parameters_replace_init_so_both_is_an_error() =>
        Assert.Equal("run.yml(15,1): error SG1802: 'init' has no effect when 'weights' are given, since they replace it; remove one of them",
            Problem(Textbook + "\ninit: he-normal"));

    [Fact]
    public void Yaml_that_does_not_parse_is_one_syntax_error() =>
        Assert.StartsWith("run.yml(2,", Problem(MoonsWith("layers", "layers: [2, 8, 1")));

    [Fact]
    public void Numbers_and_lists_mixed_in_one_list_say_so() =>
        Assert.Equal("run.yml(2,13): error SG1802: the items of 'layers' must be all numbers or all lists of numbers, but the first is a number and this one a list of 1 number",
            Problem(MoonsWith("layers", "layers: [2, [8], 1]")));

    [Fact]
    public void A_yaml_boolean_where_a_number_belongs_is_a_bad_value_not_an_unknown_name() =>
        Assert.Equal("run.yml(4,5): error SG1802: 'lr' needs a number, not 'true'", Problem(MoonsWith("lr", "lr: true")));

    [Fact]
    public void A_key_given_twice_is_a_yaml_error_at_the_second() =>
        Assert.Equal("run.yml(5,1): error SG1010: invalid YAML: Duplicate key lr", Problem(MoonsWith("lr", "lr: 0.1\nlr: 0.2")));
}
