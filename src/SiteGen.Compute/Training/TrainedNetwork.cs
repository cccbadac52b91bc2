using System.Buffers;

namespace SiteGen.Compute.Training;

/// <summary>
/// A network with given parameters, for figures: predictions, input gradients and the loss with
/// parameters changed. It works one example at a time with the arithmetic of the training pass,
/// so <see cref="LossWith"/> at the trained parameters is the report's last loss, bit for bit.
/// Its parameters never change, and every method keeps its working values to itself: figures call
/// it from several threads at once.
/// </summary>
public sealed class TrainedNetwork
{
    /// <summary>One example's values up to this many units live on the stack.</summary>
    private const int StackUnits = 256;

    private readonly NetworkShape _shape;
    private readonly double[] _parameters;

    private TrainedNetwork(NetworkShape shape, double[] parameters) => (_shape, _parameters) = (shape, parameters);

    /// <summary>The network of <paramref name="spec"/> with the parameters of <paramref name="report"/> (its last epoch).</summary>
    public static TrainedNetwork Of(RunSpec spec, RunReport report)
    {
        var shape = NetworkShape.Of(spec);
        return new TrainedNetwork(shape, shape.Flatten(report.Weights, report.Biases));
    }

    public int InputWidth => _shape.InputWidth;
    public int OutputWidth => _shape.OutputWidth;

    /// <summary>The number of parameters: layer by layer, the weights (row-major, out × in) then the biases.</summary>
    public int ParameterCount => _shape.ParameterCount;
    /// <summary>The flat index of layer <paramref name="layer"/>'s weight (from 0) at row <paramref name="row"/>, column <paramref name="column"/>.</summary>
    public int WeightIndex(int layer, int row, int column) => _shape.WeightIndex(layer, row, column);
    public int BiasIndex(int layer, int row) => _shape.BiasIndex(layer, row);
    public double Parameter(int index) => _parameters[index];

    /// <summary>The outputs after the output activation (probabilities for sigmoid and softmax). Thread-safe.</summary>
    public void Predict(ReadOnlySpan<double> input, Span<double> output)
    {
        CheckWidth(input.Length, InputWidth, "inputs", nameof(input));
        CheckWidth(output.Length, OutputWidth, "outputs", nameof(output));
        var units = _shape.UnitCount;
        Span<double> z = units <= StackUnits ? stackalloc double[units] : new double[units];
        Span<double> a = units <= StackUnits ? stackalloc double[units] : new double[units];
        Span<double> h = units <= StackUnits ? stackalloc double[units] : new double[units];
        Forward(_parameters, input, z, a, h);
        OutputLoss.Predict(_shape.Output, Layer(z, _shape.LayerCount - 1), output);
    }

    /// <summary>The gradient of output <paramref name="output"/> (after its activation) with respect to the input. Thread-safe.</summary>
    public void InputGradient(ReadOnlySpan<double> input, int output, Span<double> gradient)
    {
        CheckWidth(input.Length, InputWidth, "inputs", nameof(input));
        CheckWidth(gradient.Length, InputWidth, "inputs", nameof(gradient));
        ArgumentOutOfRangeException.ThrowIfNegative(output);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(output, OutputWidth);
        var units = _shape.UnitCount;
        Span<double> z = units <= StackUnits ? stackalloc double[units] : new double[units];
        Span<double> a = units <= StackUnits ? stackalloc double[units] : new double[units];
        Span<double> h = units <= StackUnits ? stackalloc double[units] : new double[units];
        Span<double> delta = units <= StackUnits ? stackalloc double[units] : new double[units];
        Span<double> outputGradient = units <= StackUnits ? stackalloc double[units] : new double[units];
        Forward(_parameters, input, z, a, h);
        var last = _shape.LayerCount - 1;
        SeedOutput(Layer(z, last), output, Layer(delta, last));
        for (var l = last; l >= 0; l--)
        {
            // ∂(output)/∂h of the layer below, which under layer 0 is the input itself.
            var below = l == 0 ? gradient : Layer(outputGradient, l - 1);
            var (width, count, weights) = (_shape.InputsOf(l), _shape.UnitsOf(l), _shape.WeightOffset(l));
            var above = Layer(delta, l);
            for (var i = 0; i < width; i++)
            {
                var sum = 0.0;
                for (var o = 0; o < count; o++) sum = Math.FusedMultiplyAdd(_parameters[weights + o * width + i], above[o], sum);
                below[i] = sum;
            }
            if (l == 0) break;
            if (_shape.Skips(l))
            {
                var through = Layer(outputGradient, l);
                for (var i = 0; i < width; i++) below[i] += through[i];
            }
            var next = Layer(delta, l - 1);
            below.CopyTo(next);
            HiddenActivations.MultiplyBySlope(_shape.Activation, Layer(z, l - 1), Layer(a, l - 1), next);
        }
    }

    /// <summary>
    /// The mean loss over <paramref name="examples"/> with parameters <paramref name="first"/> and
    /// <paramref name="second"/> set to the given values, the rest unchanged. Thread-safe.
    /// </summary>
    public double LossWith(Examples examples, int first, double firstValue, int second, double secondValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(examples.Count);
        CheckWidth(examples.InputWidth, InputWidth, "inputs", nameof(examples));
        CheckWidth(examples.TargetWidth, _shape.TargetWidth, "target numbers", nameof(examples));
        var parameters = ArrayPool<double>.Shared.Rent(_parameters.Length);
        try
        {
            _parameters.CopyTo(parameters, 0);
            parameters[first] = firstValue;
            parameters[second] = secondValue;
            return Loss(parameters.AsSpan(0, _parameters.Length), examples);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(parameters);
        }
    }

    private double Loss(ReadOnlySpan<double> parameters, Examples examples)
    {
        var units = _shape.UnitCount;
        Span<double> z = units <= StackUnits ? stackalloc double[units] : new double[units];
        Span<double> a = units <= StackUnits ? stackalloc double[units] : new double[units];
        Span<double> h = units <= StackUnits ? stackalloc double[units] : new double[units];
        Span<double> prediction = stackalloc double[OutputWidth <= StackUnits ? OutputWidth : 0];
        if (prediction.Length != OutputWidth) prediction = new double[OutputWidth];
        var divisor = OutputLoss.Divisor(_shape, examples.Count);
        var total = new FixedOrderSum(examples.Count);
        var last = _shape.LayerCount - 1;
        for (var e = 0; e < examples.Count; e++)
        {
            Forward(parameters, examples.Inputs.AsSpan(e * examples.InputWidth, examples.InputWidth), z, a, h);
            var target = examples.Targets.AsSpan(e * examples.TargetWidth, examples.TargetWidth);
            total.Add(OutputLoss.Of(_shape, Layer(z, last), target, prediction, [], divisor));
        }
        return total.Total / divisor;
    }

    /// <summary>One example through every layer, in the training pass's order of operations.</summary>
    private void Forward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> input, Span<double> z, Span<double> a, Span<double> h)
    {
        for (var l = 0; l < _shape.LayerCount; l++)
        {
            ReadOnlySpan<double> inputs = l == 0 ? input : Layer(h, l - 1);
            var (width, weights, biases) = (_shape.InputsOf(l), _shape.WeightOffset(l), _shape.BiasOffset(l));
            var zl = Layer(z, l);
            for (var o = 0; o < zl.Length; o++)
            {
                var sum = parameters[biases + o];
                for (var i = 0; i < width; i++) sum = Math.FusedMultiplyAdd(parameters[weights + o * width + i], inputs[i], sum);
                zl[o] = sum;
            }
            if (_shape.IsOutput(l)) continue;
            var al = Layer(a, l);
            HiddenActivations.Apply(_shape.Activation, zl, al);
            var hl = Layer(h, l);
            if (!_shape.Skips(l)) al.CopyTo(hl);
            else for (var o = 0; o < hl.Length; o++) hl[o] = inputs[o] + al[o];
        }
    }

    /// <summary>∂(output <paramref name="output"/> after the output activation)/∂z of the last layer.</summary>
    private void SeedOutput(ReadOnlySpan<double> z, int output, Span<double> seed)
    {
        Span<double> p = stackalloc double[z.Length <= StackUnits ? z.Length : 0];
        if (p.Length != z.Length) p = new double[z.Length];
        OutputLoss.Predict(_shape.Output, z, p);
        seed.Clear();
        switch (_shape.Output)
        {
            case OutputActivation.Sigmoid: seed[output] = p[output] * (1 - p[output]); break;
            case OutputActivation.Softmax:
                for (var k = 0; k < seed.Length; k++) seed[k] = p[output] * ((k == output ? 1 : 0) - p[k]);
                break;
            default: seed[output] = 1; break;
        }
    }

    private Span<double> Layer(Span<double> values, int layer) => values.Slice(_shape.UnitOffset(layer), _shape.UnitsOf(layer));

    private static void CheckWidth(int actual, int expected, string what, string name)
    {
        if (actual != expected) throw new ArgumentException($"the network has {expected} {what}, not {actual}", name);
    }
}
