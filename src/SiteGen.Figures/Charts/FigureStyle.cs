using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>The measures every chart shares, so all figures of a site look like one family.</summary>
/// <remarks>
/// Text sizes are CSS pixels in a drawing that is usually shown at its own width (about 640 px),
/// beside 17-pixel body text: a step or two smaller than the prose, never so small that the
/// numbers need squinting at.
/// </remarks>
public sealed record FigureStyle(FigureFont Font)
{
    public double TickLabelSize { get; init; } = 13;
    public double AxisTitleSize { get; init; } = 14;
    public double LegendSize { get; init; } = 13.5;
    public double AnnotationSize { get; init; } = 13;
    public double SeriesWidth { get; init; } = 2.25;
    public double AxisWidth { get; init; } = 1;
    public double GridWidth { get; init; } = 1;
    public double TickLength { get; init; } = 5;
    public double MarkerRadius { get; init; } = 4.5;
    /// <summary>Space kept around the whole figure.</summary>
    public double Margin { get; init; } = 8;
}
