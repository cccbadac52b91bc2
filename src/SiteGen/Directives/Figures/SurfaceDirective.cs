using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Figures.Charts;

namespace SiteGen.Directives.Figures;

/// <summary>```` ```{surface} ````: a function of two variables as a shaded 3-D surface, seen from a chosen viewpoint.</summary>
public sealed class SurfaceDirective : FigureDirective
{
    public override string Name => "surface";
    public override string Summary => "A function of x and y as a shaded 3-D surface with axes, from a chosen viewpoint.";
    protected override FigureSize DefaultSize => new(600, 460);

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } =
    [
        new OptionSpec("f", OptionKind.Structured, "the height: an expression of x and y, or the name of a defined f(x, y)", Required: true),
        new OptionSpec("x", OptionKind.Structured, "the x range, [min, max]", Required: true),
        new OptionSpec("y", OptionKind.Structured, "the y range, [min, max]", Required: true),
        new OptionSpec("z", OptionKind.Structured, "the height range shown, [min, max]; heights outside are cut off"),
        new OptionSpec("azimuth", OptionKind.Number, "degrees the viewer stands around the vertical axis", -60.0),
        new OptionSpec("elevation", OptionKind.Number, "degrees the viewer looks down from", 28.0),
        new OptionSpec("resolution", OptionKind.Integer, "grid cells along each side", 40),
        new OptionSpec("x-title", OptionKind.Text, "title of the x axis", "x"),
        new OptionSpec("y-title", OptionKind.Text, "title of the y axis", "y"),
        new OptionSpec("z-title", OptionKind.Text, "title of the vertical axis", "f(x, y)"),
    ];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var f = reader.Options.Structured("f") is { } node ? reader.Function("f", node, "x", "y") : null;
        var x = reader.Range("x", required: true);
        var y = reader.Range("y", required: true);
        var z = reader.Range("z", required: false);
        var options = reader.Options;
        var (azimuth, elevation, resolution) = (options.Number("azimuth")!.Value, options.Number("elevation")!.Value, options.Integer("resolution")!.Value);
        if (elevation is < -90 or > 90)
            reader.Report(DiagnosticCodes.BadOptionValue, $"'elevation' must be from -90 to 90 degrees, not {OptionReader.Format(elevation)}", reader.At("elevation"));
        if (resolution is < 4 or > 120)
            reader.Report(DiagnosticCodes.BadOptionValue, $"'resolution' must be from 4 to 120 cells, not {resolution}", reader.At("resolution"));
        if (f is null || x is null || y is null || reader.Failed) return null;
        var (xTitle, yTitle, zTitle) = (reader.Label("x-title"), reader.Label("y-title"), reader.Label("z-title"));
        var description = $"Surface of {zTitle} over x from {NumberFormat.Number(x.Value.Min, 4)} to {NumberFormat.Number(x.Value.Max, 4)} " +
            $"and y from {NumberFormat.Number(y.Value.Min, 4)} to {NumberFormat.Number(y.Value.Max, 4)}.";
        return new ChartPlan((size, text, style) => SurfaceChart.Draw(new SurfaceSpec(size, text, x.Value, y.Value, f.Evaluate)
        {
            Azimuth = azimuth, Elevation = elevation, Resolution = resolution, Z = z,
            XTitle = xTitle, YTitle = yTitle, ZTitle = zTitle,
        }, style), description);
    }
}
