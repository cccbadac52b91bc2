using System.Globalization;
using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;

namespace SiteGen.Tests.Compute.Training;

/// <summary>
/// Small networks with fixed parameters and five examples (not a multiple of four, so the
/// fixed-order sums' tails are exercised), covering every activation, output, loss and skip.
/// </summary>
public sealed record GradientCase(string Name, Activation Activation, OutputActivation Output, LossKind Loss, int[] Layers, bool Skip = false)
{
    public override string ToString() => Name;

    public const int Examples = 5;

    public static readonly TheoryData<GradientCase> All = new(
        new GradientCase("tanh, linear, mse", Activation.Tanh, OutputActivation.Linear, LossKind.Mse, [2, 3, 2]),
        new GradientCase("sigmoid, sigmoid, mse, two hidden", Activation.Sigmoid, OutputActivation.Sigmoid, LossKind.Mse, [2, 3, 3, 2]),
        new GradientCase("relu, softmax, mse", Activation.Relu, OutputActivation.Softmax, LossKind.Mse, [2, 4, 3]),
        new GradientCase("leaky_relu, bce", Activation.LeakyRelu, OutputActivation.Sigmoid, LossKind.Bce, [2, 3, 1]),
        new GradientCase("elu, cross-entropy", Activation.Elu, OutputActivation.Softmax, LossKind.CrossEntropy, [2, 4, 3]),
        new GradientCase("gelu, linear, mse", Activation.Gelu, OutputActivation.Linear, LossKind.Mse, [2, 5, 1]),
        new GradientCase("linear, bce with two outputs", Activation.Linear, OutputActivation.Sigmoid, LossKind.Bce, [2, 2, 2]),
        new GradientCase("tanh with skip, bce", Activation.Tanh, OutputActivation.Sigmoid, LossKind.Bce, [2, 3, 3, 3, 1], Skip: true),
        new GradientCase("relu with skip from the input, cross-entropy", Activation.Relu, OutputActivation.Softmax, LossKind.CrossEntropy, [2, 2, 2, 3], Skip: true),
        new GradientCase("sigmoid, four hidden, linear, mse", Activation.Sigmoid, OutputActivation.Linear, LossKind.Mse, [3, 6, 5, 4, 4, 2]));

    public double[][] Inputs => [.. Enumerable.Range(0, Examples).Select(e => Enumerable.Range(0, Layers[0]).Select(i => Math.Sin(1.7 * e + 0.9 * i + 0.3) * 1.5).ToArray())];

    public double[][]? Targets => Loss == LossKind.CrossEntropy ? null
        : [.. Enumerable.Range(0, Examples).Select(e => Enumerable.Range(0, Layers[^1]).Select(k => Loss == LossKind.Bce ? (e + k) % 2 : Math.Cos(e + 2.0 * k)).ToArray())];

    public int[]? Classes => Loss == LossKind.CrossEntropy ? [.. Enumerable.Range(0, Examples).Select(e => e % Layers[^1])] : null;

    public double[][][] Weights => [.. Enumerable.Range(0, Layers.Length - 1).Select(l =>
        Enumerable.Range(0, Layers[l + 1]).Select(o =>
            Enumerable.Range(0, Layers[l]).Select(i => 0.9 * Math.Sin(2.3 * l + 1.1 * o + 0.7 * i + 0.4)).ToArray()).ToArray())];

    public double[][] Biases => [.. Enumerable.Range(0, Layers.Length - 1).Select(l =>
        Enumerable.Range(0, Layers[l + 1]).Select(o => 0.3 * Math.Cos(1.9 * l + 0.8 * o)).ToArray())];

    public RunSpec Spec(int epochs = 0) => new()
    {
        Data = new ExplicitData(Inputs, Targets, Classes),
        Layers = Layers,
        Activation = Activation,
        Output = Output,
        Loss = Loss,
        Skip = Skip,
        Weights = Weights,
        Biases = Biases,
        Optimiser = new OptimiserSpec(OptimiserKind.Sgd, 0.1),
        Epochs = epochs,
    };

    internal NetworkShape Shape => NetworkShape.Of(Spec());

    internal double[] Parameters => Shape.Flatten(Weights, Biases);

    internal Examples TrainingSet => Dataset.Of(Spec().Data, 0).Train;

    /// <summary>The whole set's mean loss and its gradient, from the training pass.</summary>
    internal (double Loss, double[] Gradient) LossAndGradient(double[] parameters)
    {
        var pass = new BatchPass(Shape, Examples);
        pass.Load(TrainingSet);
        var loss = pass.Forward(parameters, forBackward: true).Loss;
        var gradient = new double[parameters.Length];
        pass.Backward(parameters, gradient);
        return (loss, gradient);
    }

    /// <summary>The same network and loss written in the lesson language, with W1, b1, … as its variables.</summary>
    public (string[] Definitions, string Loss) InLessonLanguage()
    {
        var definitions = new List<string>();
        var weights = Weights;
        var biases = Biases;
        for (var l = 0; l < weights.Length; l++)
        {
            definitions.Add($"W{l + 1} = [{string.Join(", ", weights[l].Select(Vector))}]");
            definitions.Add($"b{l + 1} = {Vector(biases[l])}");
        }
        var activation = Activation switch
        {
            Activation.Sigmoid => "sigmoid",
            Activation.Tanh => "tanh",
            Activation.Relu => "relu",
            Activation.LeakyRelu => "leaky_relu",
            Activation.Elu => "elu",
            Activation.Gelu => "gelu",
            _ => "",
        };
        var hidden = "x";
        for (var l = 0; l < weights.Length - 1; l++)
        {
            var skips = Skip && Layers[l] == Layers[l + 1];
            definitions.Add($"h{l + 1}(x) = {(skips ? hidden + " + " : "")}{activation}(W{l + 1} @ {hidden} + b{l + 1})");
            hidden = $"h{l + 1}(x)";
        }
        definitions.Add($"z(x) = W{weights.Length} @ {hidden} + b{weights.Length}");
        var output = Output switch { OutputActivation.Sigmoid => "sigmoid(z(x))", OutputActivation.Softmax => "softmax(z(x))", _ => "z(x)" };
        definitions.Add(Loss switch
        {
            LossKind.Mse => $"l(x, y) = sum(({output} - y)^2)",
            LossKind.Bce => "l(x, y) = sum(softplus(z(x)) - y * z(x))",
            _ => "l(x, y) = logsumexp(z(x)) - dot(z(x), y)",
        });
        var inputs = Inputs;
        var terms = Enumerable.Range(0, Examples).Select(e => $"l({Vector(inputs[e])}, {Vector(TargetRow(e))})");
        var divisor = Loss == LossKind.CrossEntropy ? Examples : Examples * Layers[^1];
        return ([.. definitions], $"({string.Join(" + ", terms)}) / {divisor}");
    }

    private double[] TargetRow(int e) => Classes is { } classes
        ? [.. Enumerable.Range(0, Layers[^1]).Select(k => k == classes[e] ? 1.0 : 0.0)]
        : Targets![e];

    private static string Vector(double[] values) => "[" + string.Join(", ", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "]";
}
