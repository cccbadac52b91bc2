using System.Text;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Optimisation;
using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Figures.Charts;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Figures;

/// <summary>
/// ```` ```{descent} ````: runs gradient descent on a function of two variables from one or
/// more starting points and draws each path on its contour map, with an optional table of
/// the iterates. The numbers are computed by the build, with exact gradients.
/// </summary>
public sealed class DescentDirective() : FigureDirective(new FigureSize(560, 460))
{
    public override string Name => "descent";
    public override string Summary => "Gradient descent on f(x, y) from given starting points, drawn as paths on a contour map, with a table of iterates.";

    private static readonly Option<YamlNode?> Start = Option.Structured("start",
        "the starting point [x, y] (or a defined name that holds one), or a list of them", required: true);
    private static readonly Option<YamlNode?> Rate = Option.Structured("rate",
        "the learning rate, required: for sgd each step moves by −rate × gradient; in a race, an optimiser may give its own instead");
    private static readonly Option<YamlNode> Steps = Option.Structured("steps",
        "how many steps to take, from 1 to 10000 (fewer when the path converges or diverges); a number or an expression", @default: "20");
    private static readonly Option<YamlNode> Momentum = Option.Structured("momentum",
        "momentum β from 0 up to (not including) 1: for sgd the heavy ball, v ← βv + g (0 is plain gradient descent); " +
        "for momentum and nesterov, β instead of their 0.9", @default: "0");
    private static readonly Option<YamlNode> Optimiser = Option.Structured("optimiser",
        "sgd, momentum, nesterov, rmsprop, adagrad or adam, with torch.optim's update rules and defaults (momentum and nesterov " +
        "β 0.9; rmsprop α 0.99, ε 1e-8; adagrad ε 1e-10; adam β₁ 0.9, β₂ 0.999, ε 1e-8). A list races them from the same starts " +
        "on one map, each path labelled and coloured by its optimiser: at most 7, and at most 20 paths in all. An item is a name, " +
        "or a mapping {optimiser: NAME, rate, label} with the settings that optimiser takes (momentum for sgd, momentum and " +
        "nesterov; alpha and eps for rmsprop; eps for adagrad; beta1, beta2 and eps for adam); its rate replaces the shared one, " +
        "as each optimiser has its own good rate", @default: "sgd");
    private static readonly Option<int> Table =
        Option.Integer("table", "how many iterates to list in a table under the figure, one table for each path (0: no table)", 0);

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } = [.. ContourOptions.Specs, Start, Optimiser, Rate, Steps, Momentum, Table];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var contour = ContourOptions.Read(reader, reader.Options.Get(Width));
        var starts = Starts(reader);
        // A missing rate is only told once the map and starts were read: an unreadable options block hides it too.
        var race = DescentRaces.Read(reader, Optimiser, Rate, Momentum, reportMissingRate: contour is not null && starts is not null);
        // After an error these are never used; the fallbacks only keep the types whole.
        var steps = reader.Count(Steps, reader.Options.Get(Steps), 1, 10_000) ?? 20;
        var table = reader.Options.Get(Table);
        if (table is < 0 or > 1_000) reader.Report(DiagnosticCodes.BadOptionValue, $"'table' must be from 0 to 1000 rows, not {table}", reader.At(Table));
        if (race is { IsRace: true } && starts is not null && starts.Count * race.Optimisers.Count > MaxStarts)
            reader.Report(DiagnosticCodes.BadOptionValue, $"{starts.Count} starts × {race.Optimisers.Count} optimisers make " +
                $"{starts.Count * race.Optimisers.Count} paths, more than the {MaxStarts} one map may show", reader.At(Optimiser));
        if (contour is not { } map || starts is null || race is null || reader.Failed) return null;

        var runs = Runs(map.Function, starts, race, steps);
        // One optimiser keeps its colour too, so SGD is the same blue alone as in a race; its further starts
        // take colours no optimiser owns, as a second run of one optimiser does in a race.
        var single = race.IsRace ? null : OptimiserColours.For([.. runs.Select(run => run.Optimiser.Spec.Kind)]);
        var paths = runs.Select((run, i) => new PathSeries(run.Path.Iterates.Select(it => (it.Point[0], it.Point[1])).ToList(), run.Legend)
            { Colour = run.Optimiser.Colour ?? single?[i] }).ToList();
        var description = Describe(runs, race);
        var html = table > 0 ? Tables(runs, table, FunctionName(reader)) : null;
        return new ChartPlan((size, text, style) => ContourChart.Draw(map.Spec(size, text) with { Paths = paths }, style), description, html);
    }

    /// <summary>One path: an optimiser from one start, and the legend entry it carries, if any.</summary>
    private sealed record Run(DescentOptimiser Optimiser, DescentPath Path, string? Legend, string? Name);

    /// <summary>
    /// Each optimiser from each start, an optimiser's paths together. In a race the colour says
    /// which optimiser a path is, so the legend names each once, at its path from the first start.
    /// </summary>
    private static List<Run> Runs(CompiledFunction f, IReadOnlyList<double[]> starts, DescentRaces.Race race, int steps)
    {
        var runs = new List<Run>();
        foreach (var optimiser in race.Optimisers)
            for (var i = 0; i < starts.Count; i++)
            {
                var path = GradientDescent.Run(f, starts[i], Optimisers.Create(optimiser.Spec, starts[i].Length), steps);
                var legend = race.IsRace ? (i == 0 ? optimiser.Label : null) : starts.Count > 1 ? "from " + Point(starts[i]) : null;
                runs.Add(new Run(optimiser, path, legend, race.IsRace ? optimiser.Label : null));
            }
        return runs;
    }

    /// <summary>Twenty paths on one map are already more than a reader can follow.</summary>
    private const int MaxStarts = 20;

    private static List<double[]>? Starts(OptionReader reader)
    {
        if (reader.Options.Get(Start) is YamlScalarNode expression)
            return reader.Point(Start, expression, 2) is { } point ? [point] : null;
        if (reader.Options.Get(Start) is not YamlSequenceNode node)
        {
            if (reader.Options.IsSet(Start))
                reader.Report(DiagnosticCodes.BadOptionValue, "'start' must be a point [x, y] or a list of points", reader.At(Start));
            return null;
        }
        var items = node.Children.Count > 0 && node.Children[0] is YamlSequenceNode ? node.Children.ToList() : [node];
        if (!reader.WithinLimit(Start, items.Count, MaxStarts, reader.At(Start))) return null;
        var points = items.Select(item => reader.Point(Start, item, 2)).ToList();
        return points.All(p => p is not null) ? points.Select(p => p!).ToList() : null;
    }

    private static string Describe(IReadOnlyList<Run> runs, DescentRaces.Race race)
    {
        var text = new StringBuilder(race.IsRace ? $"A race of {race.Optimisers.Count} optimisers" : Method(race.Optimisers[0]));
        text.Append(" on the contour map of f:");
        foreach (var run in runs)
        {
            var (first, last) = (run.Path.Iterates[0], run.Path.Iterates[^1]);
            text.Append(run.Name is { } name ? $" {name} from {Point(first.Point)}" : $" from {Point(first.Point)}");
            text.Append($", {run.Path.Iterates.Count - 1} steps");
            text.Append(run.Path.Diverged ? " until it diverged" : $" reach {Point(last.Point)} where f = {Number(last.Value)}");
            text.Append(';');
        }
        text.Length--;
        return text.Append('.').ToString();
    }

    /// <summary>`Gradient descent with momentum 0.5 at learning rate 0.1` for sgd, as it always read; `Adam (rate 0.1)` for another.</summary>
    private static string Method(DescentOptimiser optimiser)
    {
        var spec = optimiser.Spec;
        if (spec.Kind != OptimiserKind.Sgd) return optimiser.Label;
        var momentum = spec.Momentum ?? 0;
        return (momentum > 0 ? $"Gradient descent with momentum {Number(momentum)}" : "Gradient descent") + $" at learning rate {Number(spec.LearningRate)}";
    }

    /// <summary>The name the lesson gave the function (`f: g` is g), or f for an expression.</summary>
    private static string FunctionName(OptionReader reader) =>
        reader.Options.Get(ContourOptions.F) is YamlScalarNode { Value: { } text } && reader.Scope.Functions.ContainsKey(text.Trim()) ? text.Trim() : "f";

    /// <summary>One table per path: step, position, value and gradient length, as the build computed them; a raced path's names its optimiser.</summary>
    private static string Tables(IReadOnlyList<Run> runs, int rows, string name)
    {
        var escaped = System.Net.WebUtility.HtmlEncode(name);
        var html = new StringBuilder();
        foreach (var run in runs)
        {
            var iterates = run.Path.Iterates;
            var of = run.Name is { } optimiser ? "of " + System.Net.WebUtility.HtmlEncode(optimiser) + " " : "";
            var caption = "Iterates " + of + "from " + Point(iterates[0].Point);
            html.Append(SiteGen.Markdown.ScrollBox.Open(label: caption, extraClass: "iterates-wrap")).Append("<table class=\"iterates\">\n<caption>").Append(caption)
                .Append("</caption>\n<thead><tr><th scope=\"col\">step</th><th scope=\"col\">x</th><th scope=\"col\">y</th>")
                .Append($"<th scope=\"col\">{escaped}(x, y)</th><th scope=\"col\">|∇{escaped}|</th></tr></thead>\n<tbody>\n");
            var shown = iterates.Take(rows).Select((it, k) => (it, k)).ToList();
            if (iterates.Count > rows)
            {
                html.Append(string.Concat(shown.Select(s => Row(s.k, s.it))));
                html.Append("<tr class=\"skipped\"><td>⋮</td><td>⋮</td><td>⋮</td><td>⋮</td><td>⋮</td></tr>\n");
                html.Append(Row(iterates.Count - 1, iterates[^1]));
            }
            else html.Append(string.Concat(shown.Select(s => Row(s.k, s.it))));
            html.Append("</tbody></table>").Append(SiteGen.Markdown.ScrollBox.Close).Append('\n');
        }
        return html.ToString();
    }

    private static string Row(int step, DescentIterate iterate)
    {
        var norm = Math.Sqrt(iterate.Gradient.Sum(g => g * g));
        return $"<tr><td>{step}</td><td>{Number(iterate.Point[0])}</td><td>{Number(iterate.Point[1])}</td>" +
            $"<td>{Number(iterate.Value)}</td><td>{Number(norm)}</td></tr>\n";
    }

    private static string Number(double value) => NumberFormat.Number(value, 4);
    private static string Point(IReadOnlyList<double> p) => $"({Number(p[0])}, {Number(p[1])})";
}
