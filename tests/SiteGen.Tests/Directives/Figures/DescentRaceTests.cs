using System.Text.RegularExpressions;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Optimisation;
using SiteGen.Directives.Compute;
using SiteGen.Directives.Figures;
using SiteGen.Figures.Charts;

namespace SiteGen.Tests.Directives.Figures;

/// <summary>{descent} with named optimisers, and races of several on one map.</summary>
public partial class DescentRaceTests
{
    /// <summary>A race on an elongated bowl; its lines are numbered from 1 as the diagnostics are.</summary>
    private const string Race = """
        ```{descent} A race
        :alt: Three paths.
        f: x^2 + 10*y^2
        x: [-1.5, 1.5]
        y: [-1.5, 1.5]
        start: [1, 1]
        rate: 0.1
        steps: 12
        optimiser:
          - sgd
          - {optimiser: momentum, rate: 0.02}
          - adam
        table: 100
        ```
        """;

    private static CompiledFunction Function(string source)
    {
        var compiled = Calculator.Compile(source, new Scope(), ["x", "y"]);
        Assert.Null(compiled.Error);
        return compiled.Function!;
    }

    private static DescentPath Run(OptimiserSpec spec, double[] start, int steps) =>
        GradientDescent.Run(Function("x^2 + 10*y^2"), start, Optimisers.Create(spec, 2), steps);

    /// <summary>The page's body, then the SVG of each figure's wide drawing, in the order the page shows them.</summary>
    private static string Rendered(string markdown)
    {
        var (body, diagnostics, files) = TestSite.LessonWithFiles(markdown);
        Assert.True(body is not null, string.Join('\n', diagnostics));
        var svgs = ImageSource().Matches(body).Select(m => System.Text.Encoding.UTF8.GetString(files[m.Groups["file"].Value]));
        return string.Join("\n", [body, .. svgs]);
    }

    [GeneratedRegex("<img src=\"(?<file>[^\"]+\\.svg)\"")]
    private static partial Regex ImageSource();

    /// <summary>The rows of each iterate table, as the page prints them.</summary>
    private static string Rows(DescentPath path) => string.Concat(path.Iterates.Select((it, k) =>
        $"<tr><td>{k}</td><td>{N(it.Point[0])}</td><td>{N(it.Point[1])}</td><td>{N(it.Value)}</td>" +
        $"<td>{N(Math.Sqrt(it.Gradient.Sum(g => g * g)))}</td></tr>\n"));

    private static string N(double value) => NumberFormat.Number(value, 4);

    /// <summary>The SVG of the <paramref name="figure"/>-th figure's wide drawing in <see cref="Rendered"/>'s output.</summary>
    private static string Svg(string rendered, int figure)
    {
        var svg = rendered.Split("<svg ")[figure + 1];
        return svg[..svg.IndexOf("</svg>", StringComparison.Ordinal)];
    }

    /// <summary>The line of every path in the wide drawing of the page's <paramref name="figure"/>-th figure, as SVG path data.</summary>
    private static List<(string Data, string Stroke)> Lines(string rendered, int figure) =>
        [.. PathLine().Matches(Svg(rendered, figure)).Select(m => (m.Groups["d"].Value, m.Groups["stroke"].Value))];

    [GeneratedRegex("<g class=\"path\">\\s*<path d=\"(?<d>[^\"]*)\" fill=\"none\" stroke=\"(?<stroke>[^\"]*)\"")]
    private static partial Regex PathLine();

    /// <summary>The legend's labels, as the outlined labels name themselves.</summary>
    private static List<string> LegendTexts(string rendered, int figure)
    {
        var svg = System.Xml.Linq.XDocument.Parse("<svg " + Svg(rendered, figure) + "</svg>").Root!;
        return [.. svg.Descendants().Where(e => ((string?)e.Attribute("class") ?? "").Split(' ').Contains("legend"))
            .SelectMany(g => g.Descendants()).Select(e => (string?)e.Attribute("aria-label")).OfType<string>()];
    }

    [Fact]
    public void A_race_runs_each_optimiser_from_the_start_as_gradient_descent_with_it_does()
    {
        var body = Rendered(Race);
        var runs = new[]
        {
            ("SGD (rate 0.1)", Run(new OptimiserSpec(OptimiserKind.Sgd, 0.1), [1, 1], 12)),
            ("Momentum (rate 0.02)", Run(new OptimiserSpec(OptimiserKind.Momentum, 0.02), [1, 1], 12)),
            ("Adam (rate 0.1)", Run(new OptimiserSpec(OptimiserKind.Adam, 0.1), [1, 1], 12)),
        };
        foreach (var (label, path) in runs)
            Assert.Contains($"<caption>Iterates of {label} from (1, 1)</caption>", body);
        var tables = body.Split("<caption>").Skip(1).ToList();
        Assert.Equal(3, tables.Count);
        for (var k = 0; k < runs.Length; k++)
            Assert.Contains(Rows(runs[k].Item2), tables[k]);
    }

    [Fact]
    public void A_race_draws_the_lines_a_contour_map_draws_through_the_same_points_one_labelled_path_per_optimiser()
    {
        var specs = new[]
        {
            ("SGD (rate 0.1)", new OptimiserSpec(OptimiserKind.Sgd, 0.1)),
            ("Momentum (rate 0.02)", new OptimiserSpec(OptimiserKind.Momentum, 0.02)),
            ("Adam (rate 0.1)", new OptimiserSpec(OptimiserKind.Adam, 0.1)),
        };
        var paths = string.Concat(specs.Select(s =>
            $"  - label: {s.Item1}\n    points: [{string.Join(", ", Run(s.Item2, [1, 1], 12).Iterates.Select(it => $"[{R(it.Point[0])}, {R(it.Point[1])}]"))}]\n"));
        var contour = "```{contour} The same paths\n:alt: Three paths.\nf: x^2 + 10*y^2\nx: [-1.5, 1.5]\ny: [-1.5, 1.5]\npaths:\n" + paths + "```\n";
        var body = Rendered(Race + "\n\n" + contour);

        var (raced, drawn) = (Lines(body, 0), Lines(body, 1));
        Assert.Equal(3, raced.Count);
        Assert.Equal(drawn.Select(l => l.Data), raced.Select(l => l.Data));
        Assert.Equal(specs.Select(s => s.Item1), LegendTexts(body, 0));
        Assert.Equal(specs.Select(s => Ink(OptimiserColours.Of(s.Item2.Kind))), raced.Select(l => l.Stroke));
    }

    private static string R(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The line colour of a path in series colour <paramref name="colour"/> over filled bands.</summary>
    private static string Ink(int colour) => PathInk.For(new PathSeries([], null) { Colour = colour }, 0, overBands: true).Line.Light.Hex;

    [Fact]
    public void Adam_on_an_elongated_bowl_takes_the_steps_worked_by_hand()
    {
        // f = x² + 10y² from (1, 1) at rate 0.1: g₁ = (2, 20), m₁ = 0.1g₁, v₁ = 0.001g₁², so m̂₁/√v̂₁ = 1 in each
        // coordinate and the first step is 0.1 along each axis (less ε's share, 5e-10). Then g₂ = (1.8, 18),
        // m₂ = 0.9·0.2 + 0.1·1.8 = 0.36, v₂ = 0.999·0.004 + 0.001·3.24 = 0.007236, and the step is
        // 0.1·(0.36/0.19)/√(0.007236/0.001999) = 0.0995878; y scales the same, so Adam runs along the diagonal.
        var path = Run(new OptimiserSpec(OptimiserKind.Adam, 0.1), [1, 1], 3);
        Assert.Equal(0.9, path.Iterates[1].Point[0], 9);
        Assert.Equal(0.9, path.Iterates[1].Point[1], 9);
        Assert.Equal(0.8004122287, path.Iterates[2].Point[0], 9);
        Assert.Equal(0.8004122278, path.Iterates[2].Point[1], 9);
        Assert.Equal(0.7015862729, path.Iterates[3].Point[0], 9);
        Assert.Equal(7.0472570795, path.Iterates[2].Value, 9);

        var body = Rendered(Race.Replace("optimiser:\n  - sgd\n  - {optimiser: momentum, rate: 0.02}\n  - adam", "optimiser: adam")
            .Replace("steps: 12", "steps: 3"));
        Assert.Contains("<caption>Iterates from (1, 1)</caption>", body);
        Assert.Contains("<tr><td>1</td><td>0.9</td><td>0.9</td><td>8.91</td>", body);
        Assert.Contains("<tr><td>2</td><td>0.8004</td><td>0.8004</td><td>7.047</td>", body);
    }

    [Fact]
    public void Without_an_optimiser_a_descent_is_the_heavy_ball_it_always_was()
    {
        var lesson = Race.Replace("optimiser:\n  - sgd\n  - {optimiser: momentum, rate: 0.02}\n  - adam\n", "momentum: 0.5\n");
        var body = Rendered(lesson);
        var heavyBall = GradientDescent.Run(Function("x^2 + 10*y^2"), [1, 1], 0.1, 12, momentum: 0.5);
        Assert.Contains("<caption>Iterates from (1, 1)</caption>", body);
        Assert.Contains(Rows(heavyBall), body);
        Assert.Empty(LegendTexts(body, 0));
        Assert.Equal(Rendered(lesson.Replace("momentum: 0.5", "momentum: 0.5\noptimiser: sgd")), body);
    }

    [Fact]
    public void A_single_named_optimiser_takes_the_shared_momentum_instead_of_its_default()
    {
        var body = Rendered(Race.Replace("optimiser:\n  - sgd\n  - {optimiser: momentum, rate: 0.02}\n  - adam", "optimiser: nesterov\nmomentum: 0.5")
            .Replace("rate: 0.1", "rate: 0.02"));
        Assert.Contains(Rows(Run(new OptimiserSpec(OptimiserKind.Nesterov, 0.02) { Momentum = 0.5 }, [1, 1], 12)), body);
        Assert.Contains("Nesterov (rate 0.02, β 0.5) on the contour map of f: from (1, 1), 12 steps reach", body);
    }

    [Fact]
    public void Several_starts_race_each_optimiser_from_each_and_the_legend_names_each_optimiser_once()
    {
        var body = Rendered(Race.Replace("start: [1, 1]", "start: [[1, 1], [-1, 0.5]]"));
        var lines = Lines(body, 0);
        Assert.Equal(6, lines.Count);
        Assert.Equal(["SGD (rate 0.1)", "Momentum (rate 0.02)", "Adam (rate 0.1)"], LegendTexts(body, 0));
        // An optimiser's paths share its colour; the starts are told apart by where they begin.
        Assert.Equal(lines[0].Stroke, lines[1].Stroke);
        Assert.Equal(3, lines.Select(l => l.Stroke).Distinct().Count());
        Assert.Contains("<caption>Iterates of Adam (rate 0.1) from (−1, 0.5)</caption>", body);
        Assert.Contains("A race of 3 optimisers on the contour map of f: SGD (rate 0.1) from (1, 1), 12 steps reach", body);
    }

    [Fact]
    public void An_item_gives_its_settings_and_label_and_the_label_shows_the_settings_it_changed()
    {
        var body = Rendered(Race.Replace("  - adam", "  - {optimiser: adam, beta1: 0.5, eps: 1e-6}\n  - {optimiser: rmsprop, rate: 0.01, label: \"RMSprop, slowly\"}"));
        Assert.Equal(["SGD (rate 0.1)", "Momentum (rate 0.02)", "Adam (rate 0.1, β₁ 0.5, ε 1 × 10⁻⁶)", "RMSprop, slowly"], LegendTexts(body, 0));
        Assert.Contains(Rows(Run(new OptimiserSpec(OptimiserKind.Adam, 0.1) { Beta1 = 0.5, Eps = 1e-6 }, [1, 1], 12)), body);
        Assert.Contains(Rows(Run(new OptimiserSpec(OptimiserKind.RmsProp, 0.01), [1, 1], 12)), body);
    }

    [Fact]
    public void Two_runs_of_one_optimiser_get_different_colours()
    {
        var body = Rendered(Race.Replace("  - adam", "  - {optimiser: sgd, rate: 0.05}"));
        var strokes = Lines(body, 0).Select(l => l.Stroke).ToList();
        Assert.Equal(Ink(OptimiserColours.Of(OptimiserKind.Sgd)), strokes[0]);
        Assert.Equal(3, strokes.Distinct().Count());
    }

    [Theory]
    [InlineData("  - adam", "  - adma", "(12,5): error SG1406: unknown optimiser 'adma'; did you mean 'adam'?")]
    [InlineData("  - adam", "  - gradient", "(12,5): error SG1406: unknown optimiser 'gradient'; the optimisers are sgd, momentum, nesterov, rmsprop, adagrad, adam")]
    [InlineData("  - adam", "  - {optimiser: adam, momentum: 0.9}", "(12,23): error SG1405: adam takes no 'momentum'; it has 'beta1', 'beta2', 'eps', 'rate', 'label'")]
    [InlineData("  - adam", "  - {optimiser: adam, beta: 0.9}", "(12,23): error SG1405: unknown key 'beta' in 'optimiser'; did you mean 'beta1'?")]
    [InlineData("  - adam", "  - {optimiser: adam, beta2: 1}", "(12,30): error SG1406: 'beta2' must be from 0 up to (not including) 1")]
    [InlineData("  - adam", "  - {optimiser: adam, beta1: -0.1}", "(12,30): error SG1406: 'beta1' must be from 0 up to (not including) 1")]
    [InlineData("  - adam", "  - {optimiser: adam, eps: 0}", "(12,28): error SG1406: 'eps' must be above 0: it keeps a step finite where a gradient is 0")]
    [InlineData("  - adam", "  - {optimiser: rmsprop, alpha: 1.5}", "(12,33): error SG1406: 'alpha' must be from 0 up to (not including) 1")]
    [InlineData("  - adam", "  - {optimiser: nesterov, momentum: 0}", "(12,37): error SG1406: nesterov needs a 'momentum' above 0")]
    [InlineData("  - adam", "  - {rate: 0.1}", "(12,5): error SG1406: an optimiser written as a mapping needs 'optimiser: NAME' (sgd, momentum, nesterov, rmsprop, adagrad, adam)")]
    [InlineData("  - adam", "  - [adam]", "(12,5): error SG1406: each item of 'optimiser' must be a name or a mapping with 'optimiser', 'rate', 'momentum', 'beta1', 'beta2', 'alpha', 'eps', 'label'")]
    [InlineData("rate: 0.02}", "rate: 0}", "(11,33): error SG1406: 'rate' must be above 0")]
    [InlineData("rate: 0.02}", "rate: q}", "(11,33): error SG1202: unknown name 'q'; did you mean 'e'?")]
    [InlineData("rate: 0.1", "rate: -1", "(7,7): error SG1406: 'rate' must be above 0")]
    [InlineData("rate: 0.1", "rate: 0.1\nmomentum: 1.5", "(8,11): error SG1406: a race of optimisers takes no shared 'momentum'; give it to the items that use it, as in {optimiser: momentum, momentum: 0.5}")]
    [InlineData("  - adam", "  - {optimiser: adam, rate: 0.1}", "(9,5): error SG1407: sgd has no rate: write {optimiser: sgd, rate: …}, or give the descent a shared 'rate'")]
    public void Each_bad_optimiser_setting_is_one_error_where_it_is_written(string find, string replace, string expected)
    {
        var lesson = Race.Replace(find, replace);
        if (expected.Contains("sgd has no rate", StringComparison.Ordinal)) lesson = lesson.Replace("rate: 0.1\n", "");
        var (body, diagnostics) = TestSite.Lesson(lesson);
        Assert.Null(body);
        Assert.Equal(["content/lessons/01-page.md" + expected], diagnostics);
    }

    [Theory]
    [InlineData("optimiser: adam\nmomentum: 0.5", "(10,11): error SG1406: adam takes no 'momentum'; it has 'beta1', 'beta2', 'eps', 'rate', 'label'")]
    [InlineData("optimiser: adamw", "(9,12): error SG1406: unknown optimiser 'adamw'; did you mean 'adam'?")]
    [InlineData("optimiser: nesterov\nmomentum: 0", "(10,11): error SG1406: nesterov needs a 'momentum' above 0")]
    [InlineData("optimiser: momentum\nmomentum: 1", "(10,11): error SG1406: 'momentum' must be from 0 up to (not including) 1")]
    [InlineData("optimiser: adam\nmomentum: 1.5", "(10,11): error SG1406: adam takes no 'momentum'; it has 'beta1', 'beta2', 'eps', 'rate', 'label'")]
    [InlineData("optimiser: {optimiser: adam, beta1: 0.8}\nmomentum: 0.5", "(10,11): error SG1406: give 'momentum' inside the optimiser's settings, with the rest of them")]
    [InlineData("optimiser: []", "(9,12): error SG1406: 'optimiser' lists no optimisers; name one, or a list of those to race")]
    [InlineData("optimiser: [sgd, momentum, nesterov, rmsprop, adagrad, adam, sgd, adam]", "(9,12): error SG1406: 'optimiser' lists 8 items, more than the 7 it may have")]
    public void A_bad_single_optimiser_or_list_is_one_error_where_it_is_written(string optimiser, string expected)
    {
        var (body, diagnostics) = TestSite.Lesson(Race.Replace("optimiser:\n  - sgd\n  - {optimiser: momentum, rate: 0.02}\n  - adam", optimiser));
        Assert.Null(body);
        Assert.Equal(["content/lessons/01-page.md" + expected], diagnostics);
    }

    [Fact]
    public void A_race_without_any_rate_is_one_error_at_the_directive()
    {
        var (body, diagnostics) = TestSite.Lesson(Race.Replace("rate: 0.1\n", "").Replace("{optimiser: momentum, rate: 0.02}", "momentum"));
        Assert.Null(body);
        Assert.Equal(["content/lessons/01-page.md(1,1): error SG1407: directive 'descent' needs the option ':rate:', the learning rate, " +
            "or a 'rate' for each optimiser of the race"], diagnostics);
    }

    [Fact]
    public void More_starts_times_optimisers_than_twenty_paths_is_an_error_at_the_optimisers()
    {
        var starts = "start: [" + string.Join(", ", Enumerable.Range(0, 7).Select(k => $"[1, {k * 0.1}]")) + "]";
        var (body, diagnostics) = TestSite.Lesson(Race.Replace("start: [1, 1]", starts));
        Assert.Null(body);
        Assert.Equal(["content/lessons/01-page.md(10,3): error SG1406: 7 starts × 3 optimisers make 21 paths, more than the 20 one map may show"], diagnostics);
    }
}
