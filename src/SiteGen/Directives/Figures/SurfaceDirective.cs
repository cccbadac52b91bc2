using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Figures.Charts;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Figures;

/// <summary>```` ```{surface} ````: a function of two variables as a shaded 3-D surface, seen from a chosen viewpoint.</summary>
public sealed class SurfaceDirective() : FigureDirective(new FigureSize(600, 460))
{
    public override string Name => "surface";
    public override string Summary => "A function of x and y as a shaded 3-D surface with axes, from a chosen viewpoint.";

    private static readonly Option<YamlNode?> F =
        Option.Structured("f", "the height: an expression of x and y, or the name of a defined f(x, y)", required: true);
    private static readonly Option<YamlNode?> X = Option.Structured("x", "the x range, [min, max]", required: true);
    private static readonly Option<YamlNode?> Y = Option.Structured("y", "the y range, [min, max]", required: true);
    private static readonly Option<YamlNode?> Z = Option.Structured("z", "the height range shown, [min, max]; heights outside are cut off");
    private static readonly Option<double> Azimuth = Option.Number("azimuth", "degrees the viewer stands around the vertical axis", -60.0);
    private static readonly Option<double> Elevation = Option.Number("elevation", "degrees the viewer looks down from", 28.0);
    private static readonly Option<int> Resolution = Option.Integer("resolution", "grid cells along each side", 40);
    private static readonly Option<string?> XTitle = Option.Text("x-title", "title of the x axis", "x");
    private static readonly Option<string?> YTitle = Option.Text("y-title", "title of the y axis", "y");
    private static readonly Option<string?> ZTitle = Option.Text("z-title", "title of the vertical axis", "f(x, y)");

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } =
        [F, X, Y, Z, Azimuth, Elevation, Resolution, XTitle, YTitle, ZTitle];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var f = reader.Options.Get(F) is { } node ? reader.Function(F, node, "x", "y") : null;
        var x = reader.Range(X, required: true);
        var y = reader.Range(Y, required: true);
        var z = reader.Range(Z, required: false);
        var options = reader.Options;
        var (azimuth, elevation, resolution) = (options.Get(Azimuth), options.Get(Elevation), options.Get(Resolution));
        if (elevation is < -90 or > 90)
            reader.Report(DiagnosticCodes.BadOptionValue, $"'elevation' must be from -90 to 90 degrees, not {OptionReader.Format(elevation)}", reader.At(Elevation));
        if (resolution is < 4 or > 120)
            reader.Report(DiagnosticCodes.BadOptionValue, $"'resolution' must be from 4 to 120 cells, not {resolution}", reader.At(Resolution));
        if (f is null || x is null || y is null || reader.Failed) return null;
        var (xTitle, yTitle, zTitle) = (reader.Label(XTitle), reader.Label(YTitle), reader.Label(ZTitle));
        var description = $"Surface of {zTitle} over x from {NumberFormat.Number(x.Value.Min, 4)} to {NumberFormat.Number(x.Value.Max, 4)} " +
            $"and y from {NumberFormat.Number(y.Value.Min, 4)} to {NumberFormat.Number(y.Value.Max, 4)}.";
        return new ChartPlan((size, text, style) => SurfaceChart.Draw(new SurfaceSpec(size, text, x.Value, y.Value, f.Evaluate)
        {
            Azimuth = azimuth, Elevation = elevation, Resolution = resolution, Z = z,
            XTitle = xTitle, YTitle = yTitle, ZTitle = zTitle,
        }, style), description);
    }
}
