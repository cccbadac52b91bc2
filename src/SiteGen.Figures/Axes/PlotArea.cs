namespace SiteGen.Figures.Axes;

/// <summary>The rectangle, in figure pixels, where a chart draws its data.</summary>
public sealed record PlotArea(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;
    public double Height => Bottom - Top;
    public double CentreX => (Left + Right) / 2;
    public double CentreY => (Top + Bottom) / 2;
    public Box Box => new(Left, Top, Right, Bottom);
}
