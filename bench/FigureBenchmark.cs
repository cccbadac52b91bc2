// Times figure drawing: figures per second for each chart kind, building the scene (sampling and
// layout) and writing it as SVG, and building it and writing a 2x PNG, on one thread and on all
// cores. The curves are lesson-language functions compiled as the site compiles them, so the
// numbers include evaluating them. See bench/README.md, "Figures".
//
//   dotnet run -c Release bench/FigureBenchmark.cs [-- OPTIONS]    (options: -- --help)
//   bench/run --figures [-- OPTIONS]                              (and times builds of the bundled site)
#:project ../src/SiteGen.Figures/SiteGen.Figures.csproj
#:project ../src/SiteGen.Compute/SiteGen.Compute.csproj
#:property TreatWarningsAsErrors=false
#:property TieredPGO=true
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Optimisation;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;
using SkiaSharp;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
BenchOptions options;
try { options = BenchOptions.Parse(args); }
catch (Exception e) when (e is ArgumentException or HelpException)
{
    if (e is ArgumentException) Console.Error.WriteLine("FigureBenchmark: " + e.Message);
    Console.Error.WriteLine(Usage);
    return e is HelpException ? 0 : 2;
}
var fontPath = options.Font ?? FindFont();
using var font = new FigureFont(File.ReadAllBytes(fontPath), FigureFont.ThemeFamily);
var style = new FigureStyle(font);

// ---------------------------------------------------------------- the figures
// Definitions and expressions as a lesson writes them; sizes are the directives' defaults.
var scope = new Scope();
Check(Calculator.Define("g(x, y) = x^2 + y^2", scope));
Check(Calculator.Define("s(x) = sigmoid(x)", scope));
Check(Calculator.Define("loss(t, r) = 4 * exp(-r * t) + 0.05 * exp(-t / 80) + 0.002", scope));
Check(Calculator.Define("norms = 0.3 ^ linspace(0, 9, 10)", scope));
var sigmoid = Compile("s(x)", "x");
var sigmoidSlope = Compile("s'(x)", "x");
var reluSlope = Compile("relu'(x)", "x");
var bowl = Compile("g(x, y)", "x", "y");
var loss = Compile("loss(t, r)", "t", "r");

var descent = GradientDescent.Run(bowl, [3.0, 1.0], 0.1, 30);
var descentPath = new PathSeries(descent.Iterates.Select(it => (it.Point[0], it.Point[1])).ToList(), null);
var bowlGradient = (Func<double, double, (double, double)>)((x, y) =>
{
    Span<double> gradient = stackalloc double[2];
    bowl.ValueAndGradient([x, y], gradient);
    return (gradient[0], gradient[1]);
});
var rates = new[] { 0.01, 0.03, 0.1 };
var steps = Enumerable.Range(1, 200).Select(t => (double)t).ToArray();
var norms = Calculator.Evaluate("norms", scope).Value!.Data.ToArray();

var figures = new List<Figure>
{
    new("plot", "PlotChart: σ(x), σ′(x), relu′(x)", () => PlotChart.Draw(new PlotSpec(new FigureSize(640, 400),
        new FigureText("The sigmoid, its slope and the slope of ReLU", "Three curves from x = −4 to 4."),
        new Interval(-4, 4), new Interval(-0.25, 1.25),
        [new FunctionSeries(sigmoid.Evaluate, "σ(x)"), new FunctionSeries(sigmoidSlope.Evaluate, "σ′(x)"),
         new FunctionSeries(reluSlope.Evaluate, "relu′(x)", Dashed: true)])
    {
        Points = [new MarkedPoint(0, sigmoidSlope.Evaluate(0), "peak 0.25")], XTitle = "x", YTitle = "slope",
    }, style)),
    new("contour", "ContourChart: bowl, filled, 9×9 arrows, descent", () => ContourChart.Draw(new ContourSpec(new FigureSize(560, 460),
        new FigureText("Gradient descent on g", "Circular contours with gradient arrows and a descent path."),
        new Interval(-4, 4), new Interval(-4, 4), bowl.Evaluate)
    {
        Style = ContourStyle.Filled, Arrows = new ArrowField(bowlGradient, 9, 9), Paths = [descentPath],
        ColourBarTitle = "g(x, y)", XTitle = "x", YTitle = "y",
    }, style)),
    new("surface", "SurfaceChart: bowl, resolution 40", () => SurfaceChart.Draw(new SurfaceSpec(new FigureSize(600, 460),
        new FigureText("The bowl g(x, y) = x² + y²", "A round bowl over the square from −4 to 4."),
        new Interval(-4, 4), new Interval(-4, 4), bowl.Evaluate)
    {
        XTitle = "x", YTitle = "y", ZTitle = "g(x, y)",
    }, style)),
    new("bar", "BarChart: 10 bars, log scale", () => BarChart.Draw(new BarSpec(new FigureSize(640, 380),
        new FigureText("Gradient norm per layer", "Ten bars falling from 1 to about 10⁻⁵."),
        Enumerable.Range(1, 10).Select(i => $"layer {i}").ToList(), [new BarSeries("‖∇W‖", norms)])
    {
        YScale = AxisScale.Log, XTitle = "layer", YTitle = "gradient norm",
    }, style)),
    new("line", "LineChart: 3 series × 200 points", () => LineChart.Draw(new LineSpec(new FigureSize(640, 380),
        new FigureText("Loss during training", "Three loss curves over 200 steps."),
        rates.Select(r => new DataSeries($"rate {r}", steps, steps.Select(t => loss.Evaluate(t, r)).ToArray())).ToList())
    {
        XTitle = "step", YTitle = "loss",
    }, style)),
};
figures = options.Only.Count == 0 ? figures : figures.Where(f => options.Only.Contains(f.Kind)).ToList();
if (figures.Count == 0) throw new ArgumentException("--only matched no chart kind (plot, contour, surface, bar, line)");

// Text as outlines, as the site writes its figures.
var svgOptions = new SvgOptions("fig") { Font = font };
foreach (var figure in figures)
{
    var scene = figure.Draw();
    var svg = SvgWriter.Write(scene, svgOptions);
    var png = PngWriter.Write(scene, font, 2);
    figure.Summary = $"{scene.Items.Count,3} items, SVG {svg.Length / 1024.0,5:F1} KB, PNG {png.Length / 1024.0,5:F1} KB " +
        $"({Math.Ceiling(scene.Width * 2)}×{Math.Ceiling(scene.Height * 2)}, encoding alone {EncodeMilliseconds(png):F0} ms)";
    if (options.Write is { } dir)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, figure.Kind + ".svg"), svg);
        File.WriteAllBytes(Path.Combine(dir, figure.Kind + ".png"), png);
    }
}

// ---------------------------------------------------------------- timing
var threads = options.Threads ?? Environment.ProcessorCount;
var work = new List<(string Name, Func<Figure, Func<long>> Op)>
{
    ("SVG", f => () => SvgWriter.Write(f.Draw(), svgOptions).Length),
    ("PNG", f => () => PngWriter.Write(f.Draw(), font, 2).Length),
};
if (options.Scene) work.Insert(0, ("scene", f => () => f.Draw().Items.Count));

Console.WriteLine($"figure benchmark: .NET {Environment.Version}, {Environment.ProcessorCount} cores, all-cores runs on {threads} threads");
Console.WriteLine($"  {options.Batches} batches of about {options.Seconds} s after {options.Warmup} s of warm-up per measurement; median rate reported");
Console.WriteLine($"  font {Path.GetFileName(fontPath)}, PNG at 2x, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");
foreach (var figure in figures) Console.WriteLine($"  {figure.Label,-48} {figure.Summary}");
Console.WriteLine();

long sink = 0;
var results = new Dictionary<(string Kind, string Work, int Threads), Rate>();
foreach (var figure in figures)
    foreach (var (name, make) in work)
        foreach (var n in threads > 1 ? new[] { 1, threads } : [1])
        {
            var rate = Measure(make(figure), n, options, ref sink);
            results[(figure.Kind, name, n)] = rate;
            Console.Error.WriteLine($"  {figure.Kind,-8} {name,-5} {n} thread{(n > 1 ? "s" : " ")}  {rate.Median,8:F1} figures/s  ({rate.Min:F1}–{rate.Max:F1}), CPU share {rate.CpuShare:P0}");
        }

Console.WriteLine();
var columns = work.Select(w => w.Name).ToList();
var header = "| chart | " + string.Join(" | ", columns.Select(c => $"{c} 1 core")) +
    (threads > 1 ? " | " + string.Join(" | ", columns.Select(c => $"{c} {threads} cores")) : "") +
    " | " + string.Join(" | ", columns.Select(c => $"ms/{c} (1 core)")) + " |";
Console.WriteLine("figures per second (median of batches)");
Console.WriteLine();
Console.WriteLine(header);
Console.WriteLine("| --- |" + string.Concat(Enumerable.Repeat(" ---: |", header.Count(c => c == '|') - 2)));
foreach (var figure in figures)
{
    var cells = columns.Select(c => $"{results[(figure.Kind, c, 1)].Median:F0}").ToList();
    if (threads > 1) cells.AddRange(columns.Select(c => $"{results[(figure.Kind, c, threads)].Median:F0}"));
    cells.AddRange(columns.Select(c => $"{1000 / results[(figure.Kind, c, 1)].Median:F2}"));
    Console.WriteLine($"| {figure.Kind} | {string.Join(" | ", cells)} |");
}
var lowest = results.Values.Min(r => r.CpuShare);
Console.WriteLine();
Console.WriteLine($"CPU share (process CPU time ÷ wall time × threads), median per measurement: {lowest:P0} to {results.Values.Max(r => r.CpuShare):P0}" +
    (lowest < 0.9 ? "; below 90% means other programs took processor time, so those rates are low" : ""));
GC.KeepAlive(sink);
return 0;

// Warms up, sizes a batch to about options.Seconds from the warm-up rate, then times
// options.Batches batches. With several threads a batch is one Parallel.For over the figures,
// as the build's figure stage draws them. Also records the share of the threads' wall time this
// process got on the processors: well below 100% means other programs were running.
static Rate Measure(Func<long> op, int threads, BenchOptions options, ref long sink)
{
    var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
    long total = 0;
    long Run(int count)
    {
        if (threads == 1)
        {
            long s = 0;
            for (var i = 0; i < count; i++) s += op();
            return s;
        }
        long shared = 0;
        Parallel.For(0, count, parallel, () => 0L, (_, _, s) => s + op(), s => Interlocked.Add(ref shared, s));
        return shared;
    }

    var clock = Stopwatch.StartNew();
    var warmed = 0;
    while (clock.Elapsed.TotalSeconds < options.Warmup || warmed < 2 * threads)
    {
        total += Run(threads);
        warmed += threads;
    }
    var perSecond = warmed / clock.Elapsed.TotalSeconds;
    var batch = Math.Max(threads == 1 ? 2 : 4 * threads, (int)Math.Round(perSecond * options.Seconds));

    var rates = new double[options.Batches];
    var shares = new double[options.Batches];
    for (var b = 0; b < rates.Length; b++)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        total += Run(batch);
        var wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        rates[b] = batch / wall;
        shares[b] = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / (wall * threads);
    }
    sink += total;
    Array.Sort(rates);
    Array.Sort(shares);
    return new Rate(Median(rates), rates[0], rates[^1], Median(shares));
}

static double Median(double[] sorted) =>
    sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;

// Encoding alone: the figure's 2x pixels encoded as PNG again, the way PngWriter encodes them.
static double EncodeMilliseconds(byte[] png)
{
    using var image = SKImage.FromEncodedData(png);
    using var raster = image.ToRasterImage();
    var times = new double[5];
    for (var i = 0; i < times.Length; i++)
    {
        var start = Stopwatch.GetTimestamp();
        using var data = raster.Encode(SKEncodedImageFormat.Png, 100);
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    Array.Sort(times);
    return Median(times);
}

static void Check(object? error) { if (error is not null) throw new InvalidOperationException(error.ToString()); }

CompiledFunction Compile(string expression, params string[] parameters)
{
    var compiled = Calculator.Compile(expression, scope, parameters);
    return compiled.Function ?? throw new InvalidOperationException($"{expression}: {compiled.Error}");
}

// The theme's font, found from this file's place in the repository (or, failing that, upward
// from the current directory).
static string FindFont()
{
    const string relative = "themes/default/fonts/figure-sans.ttf";
    foreach (var start in new[] { Path.GetDirectoryName(SourceFile()), Directory.GetCurrentDirectory() })
        for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relative))) return Path.Combine(dir.FullName, relative);
    throw new FileNotFoundException($"cannot find {relative}; pass --font FILE");
}

static string SourceFile([CallerFilePath] string path = "") => path;

partial class Program
{
    const string Usage = """
        usage: dotnet run -c Release bench/FigureBenchmark.cs [-- OPTIONS]    (or: bench/run --figures [-- OPTIONS])

          --warmup S     seconds of untimed drawing before each measurement (default 1)
          --seconds S    target length of one timed batch (default 0.3)
          --batches N    timed batches per measurement; the median rate is reported (default 7)
          --threads N    threads for the "all cores" columns (default: every core)
          --only KIND    plot, contour, surface, bar or line (may be repeated)
          --scene        also time building the scene alone, without writing it
          --write DIR    write one SVG and one PNG of each figure to DIR, to look at
          --font FILE    the figure font (default: themes/default/fonts/figure-sans.ttf of this repository)
        """;
}

sealed class HelpException : Exception;

sealed record Rate(double Median, double Min, double Max, double CpuShare);

sealed class Figure(string kind, string label, Func<Scene> draw)
{
    public string Kind => kind;
    public string Label => label;
    public Scene Draw() => draw();
    public string Summary { get; set; } = "";
}

sealed record BenchOptions(double Warmup, double Seconds, int Batches, int? Threads, IReadOnlySet<string> Only, bool Scene, string? Write, string? Font)
{
    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions(1, 0.3, 7, null, new HashSet<string>(), false, null, null);
        var only = new HashSet<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--warmup" => o with { Warmup = Positive(Value(), "--warmup", allowZero: true) },
                "--seconds" => o with { Seconds = Positive(Value(), "--seconds") },
                "--batches" => o with { Batches = (int)Positive(Value(), "--batches") },
                "--threads" => o with { Threads = (int)Positive(Value(), "--threads") },
                "--only" => o with { Only = only.Add(Value()) ? only : only },
                "--scene" => o with { Scene = true },
                "--write" => o with { Write = Value() },
                "--font" => o with { Font = Value() },
                "-h" or "--help" => throw new HelpException(),
                _ => throw new ArgumentException($"unknown option '{args[i]}' (see the top of bench/FigureBenchmark.cs)"),
            };
        }
        return o;
    }

    private static double Positive(string text, string option, bool allowZero = false) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && (v > 0 || allowZero && v == 0) && double.IsFinite(v)
            ? v : throw new ArgumentException($"{option} needs a positive number, not '{text}'");
}
