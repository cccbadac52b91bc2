using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Training;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Training;

namespace SiteGen.Tests.Training;

/// <summary>Reads runs from YAML text as if it were a file `run.yml`, and the diagnostics that came with them.</summary>
internal static class Runs
{
    /// <summary>A run that reads without any problem; its lines are the base the problem tests change one of.</summary>
    public const string Moons = """
        data: {set: moons, n: 200, noise: 0.1}
        layers: [2, 8, 1]
        loss: bce
        lr: 0.1
        epochs: 10
        """;

    /// <summary>The worked example of backpropagation with explicit weights (Mazur's 2-2-2 network).</summary>
    public const string Textbook = """
        data:
          x: [[0.05, 0.10]]
          y: [[0.01, 0.99]]
        layers: [2, 2, 2]
        activation: sigmoid
        output: sigmoid
        loss: mse
        weights:
          - [[0.15, 0.20], [0.25, 0.30]]
          - [[0.40, 0.45], [0.50, 0.55]]
        biases: [[0.35, 0.35], [0.60, 0.60]]
        optimiser: sgd
        lr: 0.5
        epochs: 1
        """;

    public static (RunSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml, Scope? scope = null,
        long budget = RunCost.DefaultBudget, int firstLine = 1, int firstColumn = 1)
    {
        var file = new SourceFile("/lessons/run.yml", "run.yml", yaml);
        var diagnostics = new DiagnosticBag();
        var spec = RunReader.Read(yaml, new YamlOrigin(file, firstLine, firstColumn), scope ?? new Scope(), budget, diagnostics);
        return (spec, diagnostics.Items);
    }

    /// <summary>A run that must read cleanly.</summary>
    public static RunSpec Spec(string yaml, Scope? scope = null)
    {
        var (spec, diagnostics) = Read(yaml, scope);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        return spec!;
    }

    /// <summary>The one diagnostic a bad run gives, printed as `run.yml(line,col): error SGnnnn: message`; the run is refused.</summary>
    public static string Problem(string yaml, Scope? scope = null, long budget = RunCost.DefaultBudget)
    {
        var (spec, diagnostics) = Read(yaml, scope, budget);
        Assert.True(diagnostics.Count == 1, $"expected one diagnostic, got {diagnostics.Count}:\n{string.Join("\n", diagnostics)}");
        Assert.Null(spec);
        return diagnostics[0].ToString();
    }

    /// <summary><see cref="Moons"/> with the line that starts with <paramref name="key"/> replaced, or removed when <paramref name="line"/> is null.</summary>
    public static string MoonsWith(string key, string? line) => With(Moons, key, line);

    public static string With(string yaml, string key, string? line)
    {
        var lines = yaml.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        Assert.True(at >= 0, $"no line '{key}:'");
        if (line is null) lines.RemoveAt(at);
        else lines[at] = line;
        return string.Join('\n', lines);
    }

    public static Scope Defining(params string[] definitions)
    {
        var scope = new Scope();
        foreach (var definition in definitions) Assert.Null(Calculator.Define(definition, scope));
        return scope;
    }
}
