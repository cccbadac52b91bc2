using SiteGen.Compute.Evaluation;
using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Figures.Charts;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Figures;

/// <summary>The options of a contour map, shared by {contour} and {descent}, read into a <see cref="ContourSpec"/>.</summary>
public static class ContourOptions
{
    public static IReadOnlyList<OptionSpec> Specs { get; } =
    [
        new OptionSpec("f", OptionKind.Structured, "the function: an expression of x and y, or the name of a defined f(x, y)", Required: true),
        new OptionSpec("x", OptionKind.Structured, "the x range, [min, max]", Required: true),
        new OptionSpec("y", OptionKind.Structured, "the y range, [min, max]", Required: true),
        new OptionSpec("levels", OptionKind.Structured, "how many contour levels (about), or the list of levels", 10),
        new OptionSpec("style", OptionKind.Choice, "filled bands or contour lines", "filled", Choices: ["filled", "lines"]),
        new OptionSpec("colorbar", OptionKind.Boolean, "show the colour scale", true),
        new OptionSpec("colorbar-title", OptionKind.Text, "title of the colour scale"),
        new OptionSpec("arrows", OptionKind.Structured, "gradient arrows on an n × n grid (n), or [columns, rows]"),
        new OptionSpec("points", OptionKind.Structured, "marked points: [x, y] or {x: EXPR, y: EXPR, label: text}"),
        new OptionSpec("x-title", OptionKind.Text, "title of the x axis", "x"),
        new OptionSpec("y-title", OptionKind.Text, "title of the y axis", "y"),
        new OptionSpec("equal-aspect", OptionKind.Boolean, "one unit is as long on both axes, so right angles look right", true),
    ];

    /// <summary>The function, the map's settings and what the map shows; null after reporting a problem.</summary>
    public static (CompiledFunction Function, Func<FigureSize, FigureText, ContourSpec> Spec, string Description)? Read(OptionReader reader)
    {
        var f = reader.Options.Structured("f") is { } node ? reader.Function("f", node, "x", "y") : null;
        var x = reader.Range("x", required: true);
        var y = reader.Range("y", required: true);
        var levels = Levels(reader);
        var arrows = Arrows(reader);
        var points = MarkedPoints.Read(reader);
        if (f is null || x is null || y is null || reader.Failed) return null;
        var options = reader.Options;
        var style = options.Text("style") == "lines" ? ContourStyle.Lines : ContourStyle.Filled;
        var (count, list) = levels;
        var gradient = Gradient(f);
        var (colourBarTitle, xTitle, yTitle) = (reader.Label("colorbar-title"), reader.Label("x-title"), reader.Label("y-title"));
        var drawnWidth = (double)(options.Integer("width") ?? 560);
        return (f, (size, text) => new ContourSpec(size, text, x.Value, y.Value, f.Evaluate)
        {
            Levels = list, LevelCount = count, Style = style, ColourBar = options.Boolean("colorbar"),
            ColourBarTitle = colourBarTitle, Arrows = arrows is { } grid ? Thinned(grid, size.Width / drawnWidth, gradient) : null,
            Points = points,
            XTitle = xTitle, YTitle = yTitle, EqualAspect = options.Boolean("equal-aspect"),
        }, Describe(x.Value, y.Value, arrows is not null));
    }

    /// <summary>
    /// The arrow grid for a drawing of a given scale: the compact drawing read on phones gets
    /// fewer arrows, so they keep the size that makes them legible instead of crowding.
    /// </summary>
    private static ArrowField Thinned((int Columns, int Rows) grid, double scale, Func<double, double, (double Dx, double Dy)> gradient)
    {
        int Thin(int n) => scale >= 1 ? n : Math.Max(3, (int)Math.Round(n * scale) | 1);  // odd, so a centre arrow stays
        return new ArrowField(gradient, Thin(grid.Columns), Thin(grid.Rows));
    }

    /// <summary>The exact gradient, for arrows: never a finite difference.</summary>
    public static Func<double, double, (double Dx, double Dy)> Gradient(CompiledFunction f) => (x, y) =>
    {
        Span<double> gradient = stackalloc double[2];
        f.ValueAndGradient([x, y], gradient);
        return (gradient[0], gradient[1]);
    };

    /// <summary>More contour levels than this would merge into one another on any screen.</summary>
    private const int MaxLevels = 100;

    private static (int Count, IReadOnlyList<double>? List) Levels(OptionReader reader)
    {
        if (reader.Options.Structured("levels") is not { } node) return (10, null);
        if (node is YamlSequenceNode)
        {
            var values = reader.Vector("levels", node, MaxLevels);
            if (values is null) return (10, null);
            if (values.Length == 0 || values.Zip(values.Skip(1)).Any(p => p.First >= p.Second))
                reader.Report(DiagnosticCodes.BadOptionValue, "'levels' must list increasing numbers", reader.Locate("levels", node));
            return (values.Length, values);
        }
        return (reader.Count("levels", node, 2, 40) ?? 10, null);
    }

    private static (int Columns, int Rows)? Arrows(OptionReader reader)
    {
        if (reader.Options.Structured("arrows") is not { } node) return null;
        if (node is YamlSequenceNode { Children.Count: 2 } pair)
        {
            var (columns, rows) = (reader.Count("arrows", pair.Children[0], 2, 40), reader.Count("arrows", pair.Children[1], 2, 40));
            return columns is null || rows is null ? null : (columns.Value, rows.Value);
        }
        return reader.Count("arrows", node, 2, 40) is { } n ? (n, n) : null;
    }

    private static string Describe(Interval x, Interval y, bool arrows) =>
        $"Contour map of f(x, y) for x from {NumberFormat.Number(x.Min, 4)} to {NumberFormat.Number(x.Max, 4)} " +
        $"and y from {NumberFormat.Number(y.Min, 4)} to {NumberFormat.Number(y.Max, 4)}" +
        (arrows ? ", with arrows showing the gradient" : "") + ".";
}
