using System.Runtime.CompilerServices;

namespace SiteGen.Compute.Training;

/// <summary>
/// The forward and backward pass of a dense network over a batch of examples, on buffers
/// allocated once per run for the largest batch. Values are stored unit by unit, each unit's
/// row holding every example of the batch (row stride <see cref="Capacity"/>), so that the inner
/// loops run along contiguous examples: the forward pass adds w·(an input's row) into a unit's
/// row, the backward pass takes dot products of rows. Every sum keeps one fixed order.
/// </summary>
internal sealed class BatchPass
{
    private readonly NetworkShape _shape;
    private readonly double[] _inputs;
    private readonly double[] _targets;
    private readonly double[][] _z;
    private readonly double[][] _activations;
    private readonly double[][] _outputs;
    /// <summary>δ = ∂L/∂z of the layer being taken back and of the one below it, in turn.</summary>
    private readonly double[][] _deltas;
    private readonly double[][] _outputGradients;
    private readonly double[] _exampleZ, _exampleTarget, _examplePrediction, _exampleGradient;
    private readonly double[] _exampleLoss;
    /// <summary>The examples loaded whole and in their own order, which a full-batch run loads every epoch: loading them again changes nothing.</summary>
    private Examples? _loadedWhole;

    public BatchPass(NetworkShape shape, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        (_shape, Capacity) = (shape, capacity);
        _inputs = new double[shape.InputWidth * capacity];
        _targets = new double[shape.TargetWidth * capacity];
        var layers = shape.LayerCount;
        (_z, _activations, _outputs) = (new double[layers][], new double[layers][], new double[layers][]);
        for (var l = 0; l < layers; l++)
        {
            _z[l] = new double[shape.UnitsOf(l) * capacity];
            _activations[l] = new double[shape.UnitsOf(l) * capacity];
            _outputs[l] = shape.Skips(l) ? new double[shape.UnitsOf(l) * capacity] : _activations[l];
        }
        _deltas = [new double[shape.MaxWidth * capacity], new double[shape.MaxWidth * capacity]];
        _outputGradients = [new double[shape.MaxWidth * capacity], new double[shape.MaxWidth * capacity]];
        var outputs = shape.OutputWidth;
        (_exampleZ, _exampleTarget, _examplePrediction, _exampleGradient) =
            (new double[outputs], new double[shape.TargetWidth], new double[outputs], new double[outputs]);
        _exampleLoss = new double[capacity];
    }

    public int Capacity { get; }
    /// <summary>How many examples the loaded batch holds.</summary>
    public int Count { get; private set; }

    /// <summary>Loads the examples of <paramref name="examples"/> in their own order.</summary>
    public void Load(Examples examples)
    {
        if (ReferenceEquals(examples, _loadedWhole)) return;
        Begin(examples.Count);
        for (var e = 0; e < examples.Count; e++) Place(examples, e, e);
        _loadedWhole = examples;
    }

    /// <summary>Loads the examples <paramref name="order"/> names, in that order.</summary>
    public void Load(Examples examples, ReadOnlySpan<int> order)
    {
        _loadedWhole = null;
        Begin(order.Length);
        for (var e = 0; e < order.Length; e++) Place(examples, order[e], e);
    }

    private void Begin(int count)
    {
        if (count < 1 || count > Capacity) throw new ArgumentOutOfRangeException(nameof(count), count, $"a batch holds 1 to {Capacity} examples");
        Count = count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Place(Examples examples, int example, int column)
    {
        for (var i = 0; i < examples.InputWidth; i++) _inputs[i * Capacity + column] = examples.Inputs[example * examples.InputWidth + i];
        for (var k = 0; k < examples.TargetWidth; k++) _targets[k * Capacity + column] = examples.Targets[example * examples.TargetWidth + k];
    }

    private Span<double> Row(double[] buffer, int unit) => buffer.AsSpan(unit * Capacity, Count);

    /// <summary>
    /// The loaded batch's mean loss and how many of its outputs are classified right; with
    /// <paramref name="forBackward"/>, also the loss's gradient at the output layer, for <see cref="Backward"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (double Loss, int Correct) Forward(ReadOnlySpan<double> parameters, bool forBackward)
    {
        for (var l = 0; l < _shape.LayerCount; l++) ForwardLayer(parameters, l);
        return Loss(forBackward);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ForwardLayer(ReadOnlySpan<double> parameters, int l)
    {
        var inputs = l == 0 ? _inputs : _outputs[l - 1];
        var (width, weights, biases) = (_shape.InputsOf(l), _shape.WeightOffset(l), _shape.BiasOffset(l));
        for (var o = 0; o < _shape.UnitsOf(l); o++)
        {
            var z = Row(_z[l], o);
            // Relu is taken as the sums are stored; other activations take a pass of their own.
            var rectify = !_shape.IsOutput(l) && _shape.Activation == Activation.Relu;
            DenseKernels.Combine(parameters.Slice(weights + o * width, width), 1, width, inputs, Capacity,
                parameters[biases + o], [], z, Count, rectified: rectify ? Row(_activations[l], o) : []);
            if (_shape.IsOutput(l)) continue;
            if (!rectify) HiddenActivations.Apply(_shape.Activation, z, Row(_activations[l], o));
            if (!_shape.Skips(l)) continue;
            var output = Row(_outputs[l], o);
            Row(inputs, o).CopyTo(output);
            FixedOrder.Add(Row(_activations[l], o), output);
        }
    }

    /// <summary>Each example's loss through <see cref="OutputLoss"/>, one at a time, summed in the fixed order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Loss, int Correct) Loss(bool forBackward)
    {
        if (_shape.Loss == LossKind.Bce) return BinaryCrossEntropy(forBackward);
        var last = _shape.LayerCount - 1;
        var (outputs, targetWidth) = (_shape.OutputWidth, _shape.TargetWidth);
        var divisor = OutputLoss.Divisor(_shape, Count);
        var gradient = forBackward ? _exampleGradient.AsSpan() : [];
        var total = new FixedOrderSum(Count);
        var correct = 0;
        for (var e = 0; e < Count; e++)
        {
            for (var k = 0; k < outputs; k++) _exampleZ[k] = _z[last][k * Capacity + e];
            for (var k = 0; k < targetWidth; k++) _exampleTarget[k] = _targets[k * Capacity + e];
            total.Add(OutputLoss.Of(_shape, _exampleZ, _exampleTarget, _examplePrediction, gradient, divisor));
            if (_shape.Classifies) correct += OutputLoss.Correct(_shape, _exampleZ, _exampleTarget, _examplePrediction);
            for (var k = 0; k < outputs; k++)
            {
                _activations[last][k * Capacity + e] = _examplePrediction[k];
                if (forBackward) _deltas[0][k * Capacity + e] = _exampleGradient[k];
            }
        }
        return (total.Total / divisor, correct);
    }

    /// <summary>
    /// <see cref="Loss"/> for bce, output row by output row instead of example by example: each term is
    /// <see cref="OutputLoss.BinaryCrossEntropyTerm"/>, an example's terms are added in output order and
    /// the examples' losses in the fixed order, so the bits are the example-by-example loop's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Loss, int Correct) BinaryCrossEntropy(bool forBackward)
    {
        var last = _shape.LayerCount - 1;
        var divisor = OutputLoss.Divisor(_shape, Count);
        var losses = _exampleLoss.AsSpan(0, Count);
        losses.Clear();
        var correct = 0;
        for (var k = 0; k < _shape.OutputWidth; k++)
        {
            var z = Row(_z[last], k);
            var target = Row(_targets, k);
            var prediction = Row(_activations[last], k);
            var gradient = forBackward ? Row(_deltas[0], k) : [];
            for (var e = 0; e < z.Length; e++)
            {
                losses[e] += OutputLoss.BinaryCrossEntropyTerm(z[e], target[e], out var p);
                prediction[e] = p;
                if (forBackward) gradient[e] = (p - target[e]) / divisor;
                if (p > 0.5 == target[e] > 0.5) correct++;
            }
        }
        return (FixedOrder.Sum(losses) / divisor, correct);
    }

    /// <summary>The gradient of the batch's mean loss with respect to every parameter, after a <see cref="Forward"/> for backward.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Backward(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        var current = 0;
        for (var l = _shape.LayerCount - 1; l >= 0; l--)
        {
            var inputs = l == 0 ? _inputs : _outputs[l - 1];
            var delta = _deltas[current];
            var (width, units, weights, biases) = (_shape.InputsOf(l), _shape.UnitsOf(l), _shape.WeightOffset(l), _shape.BiasOffset(l));
            for (var o = 0; o < units; o++)
            {
                var unit = Row(delta, o);
                gradient[biases + o] = FixedOrder.Sum(unit);
                DenseKernels.Dots(unit, inputs, Capacity, Count, gradient.Slice(weights + o * width, width));
            }
            if (l == 0) break;
            // ∂L/∂h of the layer below: Wᵀδ, starting from ∂L/∂h of this layer when it adds its input.
            var below = _outputGradients[1 - current];
            // Relu's slope is taken as the sums are stored, straight into the next δ, unless the layer below adds
            // its input and so needs ∂L/∂h itself.
            var gated = _shape.Activation == Activation.Relu && !_shape.Skips(l - 1);
            var next = _deltas[1 - current];
            for (var i = 0; i < width; i++)
            {
                ReadOnlySpan<double> through = _shape.Skips(l) ? Row(_outputGradients[current], i) : [];
                DenseKernels.Combine(parameters[(weights + i)..], width, units, delta, Capacity, 0, through, Row(gated ? next : below, i), Count,
                    gate: gated ? Row(_z[l - 1], i) : []);
            }
            if (!gated)
                for (var i = 0; i < width; i++)
                    HiddenActivations.MultiplyBySlope(_shape.Activation, Row(_z[l - 1], i), Row(_activations[l - 1], i), Row(below, i), Row(next, i));
            current = 1 - current;
        }
    }

    /// <summary>The first layer (from 0) of the last forward pass whose pre-activations are not all finite, or −1.</summary>
    public int FirstNonFiniteLayer()
    {
        for (var l = 0; l < _shape.LayerCount; l++)
            for (var o = 0; o < _shape.UnitsOf(l); o++)
                foreach (var v in Row(_z[l], o))
                    if (!double.IsFinite(v)) return l;
        return -1;
    }
}
