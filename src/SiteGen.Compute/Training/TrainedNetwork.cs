namespace SiteGen.Compute.Training;

/// <summary>A network with given parameters, for figures: predictions, input gradients and the loss with parameters changed.</summary>
public sealed class TrainedNetwork
{
    /// <summary>The network of <paramref name="spec"/> with the parameters of <paramref name="report"/> (its last epoch).</summary>
    public static TrainedNetwork Of(RunSpec spec, RunReport report) => throw new NotImplementedException();

    public int InputWidth => throw new NotImplementedException();
    public int OutputWidth => throw new NotImplementedException();

    /// <summary>The outputs after the output activation (probabilities for sigmoid and softmax). Thread-safe.</summary>
    public void Predict(ReadOnlySpan<double> input, Span<double> output) => throw new NotImplementedException();

    /// <summary>The gradient of output <paramref name="output"/> (after its activation) with respect to the input. Thread-safe.</summary>
    public void InputGradient(ReadOnlySpan<double> input, int output, Span<double> gradient) => throw new NotImplementedException();

    /// <summary>The number of parameters: layer by layer, the weights (row-major, out × in) then the biases.</summary>
    public int ParameterCount => throw new NotImplementedException();
    /// <summary>The flat index of layer <paramref name="layer"/>'s weight (from 0) at row <paramref name="row"/>, column <paramref name="column"/>.</summary>
    public int WeightIndex(int layer, int row, int column) => throw new NotImplementedException();
    public int BiasIndex(int layer, int row) => throw new NotImplementedException();
    public double Parameter(int index) => throw new NotImplementedException();

    /// <summary>The mean loss over <paramref name="examples"/> with parameters <paramref name="first"/> and <paramref name="second"/> set to the given values, the rest unchanged. Thread-safe.</summary>
    public double LossWith(Examples examples, int first, double firstValue, int second, double secondValue) => throw new NotImplementedException();
}
