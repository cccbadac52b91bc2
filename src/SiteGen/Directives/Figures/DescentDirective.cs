using System.Text;
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
    private static readonly Option<YamlNode?> Rate =
        Option.Structured("rate", "the learning rate: each step moves by −rate × gradient", required: true);
    private static readonly Option<YamlNode> Steps = Option.Structured("steps",
        "how many steps to take, from 1 to 10000 (fewer when the path converges or diverges); a number or an expression", @default: "20");
    private static readonly Option<YamlNode> Momentum =
        Option.Structured("momentum", "momentum β from 0 (plain gradient descent) to below 1", @default: "0");
    private static readonly Option<int> Table =
        Option.Integer("table", "how many iterates to list in a table under the figure (0: no table)", 0);

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } = [.. ContourOptions.Specs, Start, Rate, Steps, Momentum, Table];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var contour = ContourOptions.Read(reader, reader.Options.Get(Width));
        var starts = Starts(reader);
        var rate = reader.Options.Get(Rate) is { } rateNode ? reader.Number(Rate, rateNode) : null;
        // After an error these are never used; the fallbacks only keep the types whole.
        var momentum = reader.Number(Momentum, reader.Options.Get(Momentum)) ?? 0;
        var steps = reader.Count(Steps, reader.Options.Get(Steps), 1, 10_000) ?? 20;
        var table = reader.Options.Get(Table);
        if (rate is <= 0) reader.Report(DiagnosticCodes.BadOptionValue, "'rate' must be above 0", reader.At(Rate));
        if (momentum is < 0 or >= 1) reader.Report(DiagnosticCodes.BadOptionValue, "'momentum' must be from 0 up to (not including) 1", reader.At(Momentum));
        if (table is < 0 or > 1_000) reader.Report(DiagnosticCodes.BadOptionValue, $"'table' must be from 0 to 1000 rows, not {table}", reader.At(Table));
        if (contour is not { } map || starts is null || rate is null || reader.Failed) return null;

        var runs = starts.Select(start => GradientDescent.Run(map.Function, start, rate.Value, steps, momentum)).ToList();
        var paths = runs.Select((run, i) => new PathSeries(run.Iterates.Select(it => (it.Point[0], it.Point[1])).ToList(),
            starts.Count > 1 ? "from " + Point(starts[i]) : null)).ToList();
        var description = Describe(runs, rate.Value, momentum);
        var html = table > 0 ? Tables(runs, table, FunctionName(reader)) : null;
        return new ChartPlan((size, text, style) => ContourChart.Draw(map.Spec(size, text) with { Paths = paths }, style), description, html);
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

    private static string Describe(IReadOnlyList<DescentPath> runs, double rate, double momentum)
    {
        var text = new StringBuilder(momentum > 0 ? $"Gradient descent with momentum {Number(momentum)}" : "Gradient descent");
        text.Append($" at learning rate {Number(rate)} on the contour map of f:");
        foreach (var run in runs)
        {
            var (first, last) = (run.Iterates[0], run.Iterates[^1]);
            text.Append($" from {Point(first.Point)}, {run.Iterates.Count - 1} steps");
            text.Append(run.Diverged ? " until it diverged" : $" reach {Point(last.Point)} where f = {Number(last.Value)}");
            text.Append(';');
        }
        text.Length--;
        return text.Append('.').ToString();
    }

    /// <summary>The name the lesson gave the function (`f: g` is g), or f for an expression.</summary>
    private static string FunctionName(OptionReader reader) =>
        reader.Options.Get(ContourOptions.F) is YamlScalarNode { Value: { } text } && reader.Scope.Functions.ContainsKey(text.Trim()) ? text.Trim() : "f";

    /// <summary>One table per path: step, position, value and gradient length, as the build computed them.</summary>
    private static string Tables(IReadOnlyList<DescentPath> runs, int rows, string name)
    {
        var escaped = System.Net.WebUtility.HtmlEncode(name);
        var html = new StringBuilder();
        foreach (var run in runs)
        {
            html.Append("<div class=\"table-wrap\"><table class=\"iterates\">\n<caption>Iterates from ").Append(Point(run.Iterates[0].Point))
                .Append("</caption>\n<thead><tr><th scope=\"col\">step</th><th scope=\"col\">x</th><th scope=\"col\">y</th>")
                .Append($"<th scope=\"col\">{escaped}(x, y)</th><th scope=\"col\">|∇{escaped}|</th></tr></thead>\n<tbody>\n");
            var shown = run.Iterates.Take(rows).Select((it, k) => (it, k)).ToList();
            if (run.Iterates.Count > rows)
            {
                html.Append(string.Concat(shown.Select(s => Row(s.k, s.it))));
                html.Append("<tr class=\"skipped\"><td>⋮</td><td>⋮</td><td>⋮</td><td>⋮</td><td>⋮</td></tr>\n");
                html.Append(Row(run.Iterates.Count - 1, run.Iterates[^1]));
            }
            else html.Append(string.Concat(shown.Select(s => Row(s.k, s.it))));
            html.Append("</tbody></table></div>\n");
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
