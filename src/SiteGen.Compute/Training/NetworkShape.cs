namespace SiteGen.Compute.Training;

/// <summary>
/// A network's architecture and where its parameters sit in one flat array: layer by layer
/// (from 0 here, from 1 in what authors read), the weights row-major out × in, then the biases.
/// One array lets the optimiser step every parameter at once.
/// </summary>
internal sealed class NetworkShape
{
    private readonly int[] _widths;
    private readonly int[] _weightOffsets;
    private readonly int[] _biasOffsets;
    private readonly bool[] _skips;
    private readonly int[] _unitOffsets;

    public NetworkShape(IReadOnlyList<int> widths, Activation activation, OutputActivation output, LossKind loss, bool skip)
    {
        if (widths.Count < 2) throw new ArgumentException("a network needs at least an input and an output width", nameof(widths));
        for (var l = 0; l < widths.Count; l++)
            if (widths[l] < 1) throw new ArgumentException($"width {widths[l]} at position {l + 1} must be at least 1", nameof(widths));
        if (loss == LossKind.Bce && output != OutputActivation.Sigmoid)
            throw new ArgumentException($"bce is computed from the logit of a sigmoid output, not a {output} one", nameof(output));
        if (loss == LossKind.CrossEntropy && output != OutputActivation.Softmax)
            throw new ArgumentException($"cross-entropy is computed from the logits of a softmax output, not a {output} one", nameof(output));
        _widths = [.. widths];
        (Activation, Output, Loss) = (activation, output, loss);
        LayerCount = _widths.Length - 1;
        _weightOffsets = new int[LayerCount];
        _biasOffsets = new int[LayerCount];
        _skips = new bool[LayerCount];
        _unitOffsets = new int[LayerCount];
        var offset = 0;
        for (var l = 0; l < LayerCount; l++)
        {
            _weightOffsets[l] = offset;
            offset += _widths[l] * _widths[l + 1];
            _biasOffsets[l] = offset;
            offset += _widths[l + 1];
            _skips[l] = skip && l < LayerCount - 1 && _widths[l] == _widths[l + 1];
            _unitOffsets[l] = UnitCount;
            UnitCount += _widths[l + 1];
        }
        ParameterCount = offset;
        MaxWidth = _widths.Max();
    }

    public static NetworkShape Of(RunSpec spec) => new(spec.Layers, spec.Activation, spec.ResolvedOutput, spec.Loss, spec.Skip);

    public Activation Activation { get; }
    public OutputActivation Output { get; }
    public LossKind Loss { get; }
    public int LayerCount { get; }
    public int ParameterCount { get; }
    public int MaxWidth { get; }
    /// <summary>The units of every layer together, for one example's values layer after layer.</summary>
    public int UnitCount { get; }
    public int InputWidth => _widths[0];
    public int OutputWidth => _widths[^1];

    /// <summary>The width feeding layer <paramref name="layer"/> (from 0).</summary>
    public int InputsOf(int layer) => _widths[layer];
    public int UnitsOf(int layer) => _widths[layer + 1];
    /// <summary>Where layer <paramref name="layer"/>'s units start among <see cref="UnitCount"/>.</summary>
    public int UnitOffset(int layer) => _unitOffsets[layer];
    public int WeightOffset(int layer) => _weightOffsets[layer];
    public int WeightCount(int layer) => _widths[layer] * _widths[layer + 1];
    public int BiasOffset(int layer) => _biasOffsets[layer];
    /// <summary>A hidden layer of equal widths under <c>skip</c>: h ← h + act(W h + b).</summary>
    public bool Skips(int layer) => _skips[layer];
    public bool IsOutput(int layer) => layer == LayerCount - 1;

    /// <summary>How many numbers one example's target holds: the class index alone for cross-entropy.</summary>
    public int TargetWidth => Loss == LossKind.CrossEntropy ? 1 : OutputWidth;

    public bool Classifies => Loss != LossKind.Mse;

    public int WeightIndex(int layer, int row, int column)
    {
        if ((uint)layer >= (uint)LayerCount) throw new ArgumentOutOfRangeException(nameof(layer), layer, $"the network has layers 0 to {LayerCount - 1}");
        if ((uint)row >= (uint)UnitsOf(layer)) throw new ArgumentOutOfRangeException(nameof(row), row, $"layer {layer} has rows 0 to {UnitsOf(layer) - 1}");
        if ((uint)column >= (uint)InputsOf(layer)) throw new ArgumentOutOfRangeException(nameof(column), column, $"layer {layer} has columns 0 to {InputsOf(layer) - 1}");
        return _weightOffsets[layer] + row * InputsOf(layer) + column;
    }

    public int BiasIndex(int layer, int row)
    {
        if ((uint)layer >= (uint)LayerCount) throw new ArgumentOutOfRangeException(nameof(layer), layer, $"the network has layers 0 to {LayerCount - 1}");
        if ((uint)row >= (uint)UnitsOf(layer)) throw new ArgumentOutOfRangeException(nameof(row), row, $"layer {layer} has rows 0 to {UnitsOf(layer) - 1}");
        return _biasOffsets[layer] + row;
    }

    /// <summary>Flat parameters from the nn.Linear layout: weights[l][out][in], biases[l][out].</summary>
    public double[] Flatten(double[][][] weights, double[][] biases)
    {
        var parameters = new double[ParameterCount];
        for (var l = 0; l < LayerCount; l++)
        {
            for (var o = 0; o < UnitsOf(l); o++)
            {
                weights[l][o].AsSpan(0, InputsOf(l)).CopyTo(parameters.AsSpan(WeightIndex(l, o, 0)));
                parameters[BiasIndex(l, o)] = biases[l][o];
            }
        }
        return parameters;
    }

    public (double[][][] Weights, double[][] Biases) Unflatten(ReadOnlySpan<double> parameters)
    {
        var weights = new double[LayerCount][][];
        var biases = new double[LayerCount][];
        for (var l = 0; l < LayerCount; l++)
        {
            weights[l] = new double[UnitsOf(l)][];
            for (var o = 0; o < UnitsOf(l); o++) weights[l][o] = parameters.Slice(WeightIndex(l, o, 0), InputsOf(l)).ToArray();
            biases[l] = parameters.Slice(BiasOffset(l), UnitsOf(l)).ToArray();
        }
        return (weights, biases);
    }
}
