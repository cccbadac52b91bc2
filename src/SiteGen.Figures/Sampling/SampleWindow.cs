using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Sampling;

/// <summary>
/// The data rectangle a curve is drawn in and its size in pixels: the sampler judges smoothness
/// in screen space, where a tenth of a pixel is invisible whatever the units.
/// </summary>
public sealed record SampleWindow(Interval X, Interval Y, double Width, double Height)
{
    private double XScale => Width / X.Length;
    private double YScale => Height / Math.Max(Y.Length, double.Epsilon);

    public double ScreenX(double x) => (x - X.Min) * XScale;

    /// <summary>
    /// Screen y of a value, held within one window height of the window: beyond that the curve is
    /// clipped anyway, so its shape there needs no points.
    /// </summary>
    public double ScreenY(double y) => (Math.Clamp(y, Y.Min - Y.Length, Y.Max + Y.Length) - Y.Min) * YScale;

    /// <summary>Whether the values lie beyond opposite edges of the window, as on the two sides of a pole.</summary>
    public bool OnOppositeSidesOutside(double a, double b) =>
        (a > Y.Max && b < Y.Min) || (a < Y.Min && b > Y.Max);
}
