// The PyTorch side of bench/Training (see ../README.md): trains the benchmark's network with
// TorchSharp (libtorch) on SiteGen's data from SiteGen's initial weights, in float64 on one
// thread, records the history training.md asks for, times the loop, and compares the history
// with SiteGen's (in-process, and the `sitegen train --json` output when given) and with a
// plain-loop reference (Reference.cs) that shares no code with either.
//
//   TorchTraining [--seed S] [--epochs E] [--torch-runs N] [--sitegen-runs N]
//                 [--sitegen-json FILE] [--tolerance T]
//   TorchTraining --torch-only [--seed S] [--epochs E]   one torch run, for timing the whole process
//   TorchTraining --print-yaml [--seed S] [--epochs E]   the same run as a `sitegen train` file
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;
using TorchTraining;
using TorchSharp;
using static TorchSharp.torch;

var options = Options.Parse(args);
var spec = Benchmark.Spec(options.Seed, options.Epochs);

if (options.PrintYaml)
{
    Console.Write(Benchmark.Yaml(options.Seed, options.Epochs));
    return 0;
}

// The data and the initial parameters come from SiteGen: its generator, and a run of 0 epochs.
var setupClock = Stopwatch.StartNew();
var train = Dataset.Of(spec.Data, spec.Seed).Train;
var initial = Benchmark.Report(spec with { Epochs = 0 });
var setupMs = setupClock.Elapsed.TotalMilliseconds;

var loadClock = Stopwatch.StartNew();
torch.set_num_threads(1);
torch.set_num_interop_threads(1);
var loadMs = loadClock.Elapsed.TotalMilliseconds;

if (options.TorchOnly)
{
    var (history, loopMs) = TorchRun.Train(train, initial.Weights, initial.Biases, spec);
    Console.WriteLine(Invariant($"torch: loss {history.Loss[0]:R} -> {history.Loss[^1]:R}, accuracy {history.Accuracy[^1]:R}; SiteGen data and init {setupMs:F1} ms, libtorch load {loadMs:F1} ms, loop {loopMs:F1} ms, process so far {ProcessMs():F0} ms"));
    return 0;
}

Console.WriteLine(Invariant($"run: 2-16-16-1 relu, bce (sigmoid output), moons n={train.Count} noise 0.1 seed {options.Seed}, adam lr 0.01, {options.Epochs} full-batch epochs, float64"));
Console.WriteLine(Invariant($"torch threads: intra-op {torch.get_num_threads()}, inter-op {torch.get_num_interop_threads()}; libtorch load {loadMs:F1} ms"));

// SiteGen in process (JIT): the first run pays for compiling the trainer; the rest are warm.
var siteGenTimes = new List<double>();
var siteGenCpu = new List<double>();
History? siteGen = null;
for (var run = 0; run < Math.Max(1, options.SiteGenRuns); run++)
{
    var cpu = CpuMs();
    var clock = Stopwatch.StartNew();
    var report = Benchmark.Report(spec);
    siteGenTimes.Add(clock.Elapsed.TotalMilliseconds);
    siteGenCpu.Add(CpuMs() - cpu);
    siteGen ??= History.Of(report);
}
Console.WriteLine(Invariant($"SiteGen in process: first run {siteGenTimes[0]:F2} ms, then median {Median(siteGenTimes.Skip(1)):F2} ms, min {Min(siteGenTimes.Skip(1)):F2} ms over {siteGenTimes.Count - 1} runs (CPU time median {Median(siteGenCpu.Skip(1)):F1} ms)"));

var torchTimes = new List<double>();
var torchCpu = new List<double>();
History? torchHistory = null;
for (var run = 0; run < Math.Max(1, options.TorchRuns); run++)
{
    var cpu = CpuMs();
    var (history, loopMs) = TorchRun.Train(train, initial.Weights, initial.Biases, spec);
    torchCpu.Add(CpuMs() - cpu);
    torchTimes.Add(loopMs);
    if (torchHistory is null) torchHistory = history;
    else if (!History.Identical(torchHistory, history)) Console.WriteLine("warning: two torch runs gave different histories");
}
Console.WriteLine(Invariant($"torch loop: first run {torchTimes[0]:F1} ms, median {Median(torchTimes):F1} ms, min {Min(torchTimes):F1} ms over {torchTimes.Count} runs (CPU time of a whole run, setup included, median {Median(torchCpu):F1} ms)"));

// A third engine, plain loops sharing no code with either, tells whose a disagreement is.
var reference = Reference.Train(train, initial.Weights, initial.Biases, spec);

Console.WriteLine();
Comparison.Print("SiteGen (in process) vs torch", siteGen!, torchHistory!, options.Tolerance);
Comparison.Print("plain-loop reference vs torch", reference, torchHistory!, options.Tolerance);
Comparison.Print("SiteGen (in process) vs plain-loop reference", siteGen!, reference, options.Tolerance);
if (options.SiteGenJson is { } path)
{
    var cli = History.OfJson(File.ReadAllText(path));
    Console.WriteLine();
    Console.WriteLine(History.Identical(cli, siteGen!)
        ? $"`sitegen train --json` ({path}) is bit-identical to the in-process run"
        : $"warning: `sitegen train --json` ({path}) differs from the in-process run");
    Comparison.Print("sitegen train --json vs torch", cli, torchHistory!, options.Tolerance);
}

Console.WriteLine();
Console.WriteLine(Invariant($"RESULT sitegen_loop_ms={Median(siteGenTimes.Skip(1)):F3} sitegen_first_ms={siteGenTimes[0]:F3} torch_loop_ms={Median(torchTimes):F3} torch_loop_min_ms={Min(torchTimes):F3} sitegen_loop_cpu_ms={Median(siteGenCpu.Skip(1)):F3} torch_run_cpu_ms={Median(torchCpu):F3}"));
return 0;

static double CpuMs() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
static double ProcessMs() => (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    if (sorted.Length == 0) return double.NaN;
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
static double Min(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Min();
static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

namespace TorchTraining
{
    sealed record Options(long Seed, int Epochs, int TorchRuns, int SiteGenRuns, string? SiteGenJson, double Tolerance, bool TorchOnly, bool PrintYaml)
    {
        public static Options Parse(string[] args)
        {
            var o = new Options(1, 2000, 3, 11, null, 1e-10, false, false);
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                o = args[i] switch
                {
                    "--seed" => o with { Seed = long.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--epochs" => o with { Epochs = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--torch-runs" => o with { TorchRuns = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--sitegen-runs" => o with { SiteGenRuns = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--sitegen-json" => o with { SiteGenJson = Next() },
                    "--tolerance" => o with { Tolerance = double.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--torch-only" => o with { TorchOnly = true },
                    "--print-yaml" => o with { PrintYaml = true },
                    _ => throw new ArgumentException($"unknown option {args[i]}"),
                };
            }
            return o;
        }
    }

    static class Benchmark
    {
        public static readonly int[] Layers = [2, 16, 16, 1];
        public const int Points = 200;
        public const double Noise = 0.1;
        public const double LearningRate = 0.01;

        /// <summary>The benchmark's run; <see cref="Yaml"/> writes the same run for `sitegen train`.</summary>
        public static RunSpec Spec(long seed, int epochs) => new()
        {
            Data = new GeneratedData(DataSetKind.Moons, Points, Noise, seed),
            Layers = Layers,
            Activation = Activation.Relu,
            Loss = LossKind.Bce,
            Optimiser = new OptimiserSpec(OptimiserKind.Adam, LearningRate),
            Epochs = epochs,
            Seed = seed,
        };

        public static string Yaml(long seed, int epochs) => string.Create(CultureInfo.InvariantCulture, $"""
            # bench/Training: the run TorchTraining trains with torch (written by TorchTraining --print-yaml)
            data: {"{"}set: moons, n: {Points}, noise: {Noise}, seed: {seed}{"}"}
            layers: [{string.Join(", ", Layers)}]
            activation: relu
            loss: bce
            optimiser: adam
            lr: {LearningRate}
            epochs: {epochs}
            seed: {seed}

            """);

        public static RunReport Report(RunSpec spec)
        {
            var outcome = Trainer.Run(spec);
            return outcome.Report ?? throw new InvalidOperationException($"SiteGen's run failed: {outcome.Failure?.Message}");
        }
    }

    /// <summary>A run's history: loss[k], accuracy[k], grad_norms[k][l] for k = 0 … epochs, and the final parameters.</summary>
    sealed record History(double[] Loss, double[] Accuracy, double[][] GradNorms, double[][][] Weights, double[][] Biases)
    {
        public static History Of(RunReport report) => new(
            [.. report.Loss], [.. report.Accuracy ?? []], [.. report.GradNorms.Select(g => g.ToArray())], report.Weights, report.Biases);

        public static History OfJson(string json)
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            double[] Numbers(JsonElement e) => [.. e.EnumerateArray().Select(v => v.GetDouble())];
            return new(
                Numbers(root.GetProperty("loss")),
                root.TryGetProperty("accuracy", out var accuracy) ? Numbers(accuracy) : [],
                [.. root.GetProperty("grad_norms").EnumerateArray().Select(Numbers)],
                [.. root.GetProperty("weights").EnumerateArray().Select(layer => layer.EnumerateArray().Select(Numbers).ToArray())],
                [.. root.GetProperty("biases").EnumerateArray().Select(Numbers)]);
        }

        public static bool Identical(History a, History b) =>
            a.Loss.SequenceEqual(b.Loss) && a.Accuracy.SequenceEqual(b.Accuracy)
            && a.GradNorms.Length == b.GradNorms.Length && a.GradNorms.Zip(b.GradNorms).All(p => p.First.SequenceEqual(p.Second))
            && Flat(a.Weights).SequenceEqual(Flat(b.Weights)) && a.Biases.SelectMany(r => r).SequenceEqual(b.Biases.SelectMany(r => r));

        public static IEnumerable<double> Flat(double[][][] weights) => weights.SelectMany(l => l.SelectMany(r => r));
    }

    static class TorchRun
    {
        /// <summary>
        /// One torch training from the given parameters. Full batch: epoch k's forward and backward
        /// give loss[k], accuracy[k] and grad_norms[k] with the parameters after k epochs, then Adam
        /// steps; a last forward and backward measures k = epochs. Returns the loop's time in ms.
        /// </summary>
        public static (History History, double LoopMs) Train(Examples train, double[][][] weights, double[][] biases, RunSpec spec)
        {
            using var outer = NewDisposeScope();
            var x = tensor(train.Inputs, [train.Count, train.InputWidth], ScalarType.Float64);
            var y = tensor(train.Targets, [train.Count, 1], ScalarType.Float64);
            var yIsOne = y > 0.5;

            var linears = new List<TorchSharp.Modules.Linear>();
            var modules = new List<(string, nn.Module<Tensor, Tensor>)>();
            for (var l = 0; l < weights.Length; l++)
            {
                var linear = nn.Linear(weights[l][0].Length, weights[l].Length, hasBias: true, dtype: ScalarType.Float64);
                using (no_grad())
                {
                    linear.weight!.copy_(tensor(weights[l].SelectMany(r => r).ToArray(), [weights[l].Length, weights[l][0].Length], ScalarType.Float64));
                    linear.bias!.copy_(tensor(biases[l], ScalarType.Float64));
                }
                linears.Add(linear);
                modules.Add(($"linear{l}", linear));
                if (l < weights.Length - 1) modules.Add(($"relu{l}", nn.ReLU()));
            }
            var model = nn.Sequential(modules);
            var adam = optim.Adam(model.parameters(), spec.Optimiser.LearningRate);
            var criterion = nn.BCEWithLogitsLoss();

            var epochs = spec.Epochs;
            var loss = new double[epochs + 1];
            var accuracy = new double[epochs + 1];
            var gradNorms = new double[epochs + 1][];

            var clock = Stopwatch.StartNew();
            for (var k = 0; k <= epochs; k++)
            {
                using var scope = NewDisposeScope();
                adam.zero_grad();
                var logits = model.forward(x);
                var batchLoss = criterion.forward(logits, y);
                batchLoss.backward();
                loss[k] = batchLoss.item<double>();
                using (no_grad())
                {
                    accuracy[k] = (sigmoid(logits) > 0.5).eq(yIsOne).to_type(ScalarType.Float64).mean().item<double>();
                }
                var norms = new double[linears.Count];
                for (var l = 0; l < linears.Count; l++) norms[l] = linears[l].weight!.grad!.norm().item<double>();
                gradNorms[k] = norms;
                if (k < epochs) adam.step();
            }
            var loopMs = clock.Elapsed.TotalMilliseconds;

            var finalWeights = new double[linears.Count][][];
            var finalBiases = new double[linears.Count][];
            for (var l = 0; l < linears.Count; l++)
            {
                var linear = linears[l];
                var flat = linear.weight!.data<double>().ToArray();
                var columns = (int)linear.weight.shape[1];
                finalWeights[l] = [.. Enumerable.Range(0, (int)linear.weight.shape[0]).Select(r => flat[(r * columns)..((r + 1) * columns)])];
                finalBiases[l] = linear.bias!.data<double>().ToArray();
            }
            return (new History(loss, accuracy, gradNorms, finalWeights, finalBiases), loopMs);
        }
    }

    static class Comparison
    {
        /// <summary>Prints the largest relative differences of the histories and the first epoch past <paramref name="tolerance"/>.</summary>
        public static void Print(string title, History a, History b, double tolerance)
        {
            Console.WriteLine($"{title}:");
            if (a.Loss.Length != b.Loss.Length)
            {
                Console.WriteLine($"  histories differ in length: {a.Loss.Length} and {b.Loss.Length} entries");
                return;
            }
            var epochs = a.Loss.Length;
            Line("loss[k]", epochs, k => [(a.Loss[k], b.Loss[k])], tolerance);
            Line("grad_norms[k][l]", epochs, k => [.. a.GradNorms[k].Zip(b.GradNorms[k])], tolerance);
            if (a.Accuracy.Length == epochs && b.Accuracy.Length == epochs)
            {
                var differing = Enumerable.Range(0, epochs).Where(k => a.Accuracy[k] != b.Accuracy[k]).ToArray();
                Console.WriteLine(differing.Length == 0
                    ? "  accuracy[k]: equal at every epoch"
                    : Invariant($"  accuracy[k]: differs at {differing.Length} epochs, first k = {differing[0]} ({a.Accuracy[differing[0]]:R} vs {b.Accuracy[differing[0]]:R})"));
            }
            var weights = History.Flat(a.Weights).Concat(a.Biases.SelectMany(r => r))
                .Zip(History.Flat(b.Weights).Concat(b.Biases.SelectMany(r => r))).ToArray();
            Console.WriteLine(Invariant($"  final weights and biases: max relative difference {weights.Max(p => Relative(p.First, p.Second)):0.00e+00}, max absolute {weights.Max(p => Math.Abs(p.First - p.Second)):0.00e+00}"));
            Console.WriteLine(Invariant($"  loss[0] {a.Loss[0]:R} vs {b.Loss[0]:R}; loss[{epochs - 1}] {a.Loss[^1]:R} vs {b.Loss[^1]:R}"));
        }

        static void Line(string what, int epochs, Func<int, (double, double)[]> pairs, double tolerance)
        {
            var max = 0.0;
            var maxAt = 0;
            int? first = null;
            var growth = new List<string>();
            var checkpoint = 1;
            var maxSoFar = 0.0;
            for (var k = 0; k < epochs; k++)
            {
                var d = pairs(k).Max(p => Relative(p.Item1, p.Item2));
                if (d > max) { max = d; maxAt = k; }
                maxSoFar = Math.Max(maxSoFar, d);
                if (first is null && d > tolerance) first = k;
                if (k + 1 == checkpoint || k == epochs - 1)
                {
                    growth.Add(Invariant($"k<={k}: {maxSoFar:0.0e+00}"));
                    checkpoint *= 10;
                }
            }
            Console.WriteLine(Invariant($"  {what}: max relative difference {max:0.00e+00} (at k = {maxAt}); ") +
                (first is null ? Invariant($"within {tolerance:0e+00} at every epoch") : Invariant($"first past {tolerance:0e+00} at k = {first}")));
            Console.WriteLine($"    largest so far: {string.Join(", ", growth)}");
        }

        static double Relative(double a, double b) => a == b ? 0 : Math.Abs(a - b) / Math.Max(Math.Abs(a), Math.Abs(b));
        static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
