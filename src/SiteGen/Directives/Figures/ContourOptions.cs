using SiteGen.Compute.Evaluation;
using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Figures.Charts;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Figures;

/// <summary>The options of a contour map, shared by {contour} and {descent}, read into a <see cref="ContourSpec"/>.</summary>
public static class ContourOptions
{
    /// <summary>The function; {descent} names it in its table's headers.</summary>
    internal static readonly Option<YamlNode?> F =
        Option.Structured("f", "the function: an expression of x and y, or the name of a defined f(x, y)", required: true);
    private static readonly Option<YamlNode?> X = Option.Structured("x", "the x range, [min, max]", required: true);
    private static readonly Option<YamlNode?> Y = Option.Structured("y", "the y range, [min, max]", required: true);
    private static readonly Option<YamlNode> Levels =
        Option.Structured("levels", "how many contour levels (about), or the list of levels", @default: "10");
    private static readonly Option<string> Style = Option.Choice("style", "filled bands or contour lines", "filled", "lines");
    private static readonly Option<bool> ColourBar = Option.Boolean("colorbar", "show the colour scale", true);
    private static readonly Option<string?> ColourBarTitle = Option.Text("colorbar-title", "title of the colour scale");
    private static readonly Option<YamlNode?> Arrows = Option.Structured("arrows", "gradient arrows on an n × n grid (n), or [columns, rows]");
    private static readonly Option<YamlNode?> Points = Option.Structured("points", "marked points: [x, y] or {x: EXPR, y: EXPR, label: text}");
    private static readonly Option<string?> XTitle = Option.Text("x-title", "title of the x axis", "x");
    private static readonly Option<string?> YTitle = Option.Text("y-title", "title of the y axis", "y");
    private static readonly Option<bool> EqualAspect =
        Option.Boolean("equal-aspect", "one unit is as long on both axes, so right angles look right", true);

    public static IReadOnlyList<OptionSpec> Specs { get; } =
        [F, X, Y, Levels, Style, ColourBar, ColourBarTitle, Arrows, Points, XTitle, YTitle, EqualAspect];

    /// <summary>
    /// The function, the map's settings and what the map shows; null after reporting a problem.
    /// The <paramref name="drawnWidth"/> asked for sets how far a narrower drawing thins its arrows.
    /// </summary>
    public static (CompiledFunction Function, Func<FigureSize, FigureText, ContourSpec> Spec, string Description)? Read(OptionReader reader,
        double drawnWidth)
    {
        var f = reader.Options.Get(F) is { } node ? reader.Function(F, node, "x", "y") : null;
        var x = reader.Range(X, required: true);
        var y = reader.Range(Y, required: true);
        var levels = ReadLevels(reader);
        var arrows = ReadArrows(reader);
        var points = MarkedPoints.Read(reader, Points);
        if (f is null || x is null || y is null || reader.Failed) return null;
        var options = reader.Options;
        var style = options.Get(Style) == "lines" ? ContourStyle.Lines : ContourStyle.Filled;
        var (count, list) = levels;
        var gradient = Gradient(f);
        var (colourBarTitle, xTitle, yTitle) = (reader.Label(ColourBarTitle), reader.Label(XTitle), reader.Label(YTitle));
        return (f, (size, text) => new ContourSpec(size, text, x.Value, y.Value, f.Evaluate)
        {
            Levels = list, LevelCount = count, Style = style, ColourBar = options.Get(ColourBar),
            ColourBarTitle = colourBarTitle, Arrows = arrows is { } grid ? Thinned(grid, size.Width / drawnWidth, gradient) : null,
            Points = points,
            XTitle = xTitle, YTitle = yTitle, EqualAspect = options.Get(EqualAspect),
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

    // After an error the count is never drawn; 10 only keeps the type whole.
    private static (int Count, IReadOnlyList<double>? List) ReadLevels(OptionReader reader)
    {
        var node = reader.Options.Get(Levels);
        if (node is YamlSequenceNode)
        {
            var values = reader.Vector(Levels, node, MaxLevels);
            if (values is null) return (10, null);
            if (values.Length == 0 || values.Zip(values.Skip(1)).Any(p => p.First >= p.Second))
                reader.Report(DiagnosticCodes.BadOptionValue, "'levels' must list increasing numbers", reader.Locate(Levels, node));
            return (values.Length, values);
        }
        return (reader.Count(Levels, node, 2, 40) ?? 10, null);
    }

    private static (int Columns, int Rows)? ReadArrows(OptionReader reader)
    {
        if (reader.Options.Get(Arrows) is not { } node) return null;
        if (node is YamlSequenceNode { Children.Count: 2 } pair)
        {
            var (columns, rows) = (reader.Count(Arrows, pair.Children[0], 2, 40), reader.Count(Arrows, pair.Children[1], 2, 40));
            return columns is null || rows is null ? null : (columns.Value, rows.Value);
        }
        return reader.Count(Arrows, node, 2, 40) is { } n ? (n, n) : null;
    }

    private static string Describe(Interval x, Interval y, bool arrows) =>
        $"Contour map of f(x, y) for x from {NumberFormat.Number(x.Min, 4)} to {NumberFormat.Number(x.Max, 4)} " +
        $"and y from {NumberFormat.Number(y.Min, 4)} to {NumberFormat.Number(y.Max, 4)}" +
        (arrows ? ", with arrows showing the gradient" : "") + ".";
}
