using System.Runtime.CompilerServices;
using SiteGen.Compute.Optimisation;

namespace SiteGen.Compute.Training;

/// <summary>One run's state: its data, parameters, optimiser and buffers, and the loop over epochs.</summary>
internal sealed class TrainingRun
{
    private readonly RunSpec _spec;
    private readonly NetworkShape _shape;
    private readonly Dataset _data;
    private readonly double[] _parameters;
    private readonly double[] _lastFinite;
    private readonly double[] _gradient;
    private readonly IOptimiser _optimiser;
    private readonly LearningRateSchedule _schedule;
    private readonly BatchPass _pass;
    private readonly RunHistory _history;
    private readonly int[] _order;
    private readonly SeededRandom _shuffling;
    private readonly int _batch;
    private readonly bool _shuffle;

    public TrainingRun(RunSpec spec)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(spec.Epochs);
        if (spec.Batch is < 1) throw new ArgumentOutOfRangeException(nameof(spec), spec.Batch, "a batch holds at least one example");
        LearningRateSchedule.Check(spec.Schedule);
        GradientClipping.Check(spec.ClipValue, spec.ClipNorm);
        _spec = spec;
        _shape = NetworkShape.Of(spec);
        _data = Dataset.Of(spec.Data, spec.Seed);
        CheckFits(_data.Train);
        CheckFits(_data.Test);
        _parameters = InitialParameters.Of(spec, _shape);
        _lastFinite = (double[])_parameters.Clone();
        _gradient = new double[_shape.ParameterCount];
        _optimiser = Optimisers.Create(spec.Optimiser, _shape.ParameterCount);
        _schedule = new LearningRateSchedule(spec.Schedule, spec.Epochs);
        var train = _data.Train.Count;
        _pass = new BatchPass(_shape, Math.Max(train, _data.Test.Count));
        _history = new RunHistory(spec.Epochs, _shape.LayerCount, _shape.Classifies, _data.Test.Count > 0);
        _order = new int[train];
        for (var i = 0; i < train; i++) _order[i] = i;
        _shuffling = new SeededRandom(spec.Seed, RandomStream.Shuffling);
        _batch = Math.Min(spec.Batch ?? train, train);
        _shuffle = spec.ResolvedShuffle;
    }

    private int UpdatesPerEpoch => (_data.Train.Count + _batch - 1) / _batch;

    /// <summary>
    /// With the whole training set in data order as the one batch, the step's own pass at epoch
    /// k + 1 is the measurement after k epochs, so the history costs no second pass.
    /// </summary>
    private bool StepIsMeasurement => _batch == _data.Train.Count && !_shuffle;

    public TrainingOutcome Train(CancellationToken cancel)
    {
        for (var epoch = 0; ; epoch++)
        {
            cancel.ThrowIfCancellationRequested();
            if (Measure(epoch) is { } divergence) return Diverged(divergence);
            if (epoch == _spec.Epochs) break;
            _parameters.CopyTo(_lastFinite, 0);
            if (StepIsMeasurement) Step();
            else TrainEpoch();
            _optimiser.LearningRate = _schedule.After(epoch + 1, _optimiser.LearningRate);
        }
        return new TrainingOutcome(_history.Report(_shape, _parameters, UpdatesPerEpoch, null), null);
    }

    /// <summary>The loss, accuracy and weight-gradient norms on the whole training set (and test set) after <paramref name="epoch"/> epochs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Divergence? Measure(int epoch)
    {
        if (DivergenceCheck.OfParameters(epoch, _shape, _parameters) is { } broken) return broken;
        var train = _data.Train;
        _pass.Load(train);
        var (loss, correct) = _pass.Forward(_parameters, forBackward: true);
        _pass.Backward(_parameters, _gradient);
        if (DivergenceCheck.Of(epoch, loss, _shape, _pass, _gradient) is { } divergence) return divergence;
        var norms = _history.NextGradNorms;
        for (var l = 0; l < _shape.LayerCount; l++)
            norms[l] = FixedOrder.Norm(_gradient.AsSpan(_shape.WeightOffset(l), _shape.WeightCount(l)));
        var accuracy = (double)correct / Classified(train.Count);
        var (testLoss, testAccuracy) = (double.NaN, double.NaN);
        if (_data.Test.Count > 0)
        {
            _pass.Load(_data.Test);
            var (measured, testCorrect) = _pass.Forward(_parameters, forBackward: false);
            (testLoss, testAccuracy) = (measured, (double)testCorrect / Classified(_data.Test.Count));
            // Held-out examples can overflow where the training ones do not; a history must hold numbers only.
            if (!double.IsFinite(testLoss))
                return new Divergence(epoch, _shape.LayerCount, $"the loss on the test examples is {(double.IsNaN(testLoss) ? "NaN" : "infinite")}");
        }
        _history.Record(loss, accuracy, testLoss, testAccuracy);
        return null;
    }

    /// <summary>How many classifications a set of <paramref name="examples"/> makes: one per output for bce, one per example for cross-entropy.</summary>
    private double Classified(int examples) => _shape.Loss == LossKind.Bce ? (double)examples * _shape.OutputWidth : examples;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TrainEpoch()
    {
        if (_shuffle) _shuffling.Shuffle(_order);
        var train = _data.Train;
        for (var start = 0; start < train.Count; start += _batch)
        {
            _pass.Load(train, _order.AsSpan(start, Math.Min(_batch, train.Count - start)));
            _pass.Forward(_parameters, forBackward: true);
            _pass.Backward(_parameters, _gradient);
            Step();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Step()
    {
        GradientClipping.Apply(_shape, _spec.ClipValue, _spec.ClipNorm, _gradient);
        _optimiser.Step(_parameters, _gradient);
    }

    private TrainingOutcome Diverged(Divergence divergence)
    {
        if (!_spec.AllowDivergence) return new TrainingOutcome(null, new TrainingFailure(divergence, DivergenceCheck.Message(divergence)));
        return new TrainingOutcome(_history.Report(_shape, _lastFinite, UpdatesPerEpoch, divergence), null);
    }

    private void CheckFits(Examples examples)
    {
        if (examples.Count == 0) return;
        if (examples.InputWidth != _shape.InputWidth)
            throw new ArgumentException($"the network takes {_shape.InputWidth} inputs but the data has {examples.InputWidth}");
        if (examples.TargetWidth != _shape.TargetWidth)
            throw new ArgumentException($"the {_spec.Loss} loss needs {_shape.TargetWidth} target numbers per example but the data has {examples.TargetWidth}");
    }
}
