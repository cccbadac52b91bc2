namespace SiteGen.Figures.Charts;

/// <summary>A closed interval of one axis.</summary>
public readonly record struct Interval(double Min, double Max)
{
    public double Length => Max - Min;
    public bool Contains(double value) => value >= Min && value <= Max;
}

/// <summary>A figure's size in CSS pixels at 1x.</summary>
public readonly record struct FigureSize(double Width, double Height);

public enum AxisScale { Linear, Log }

/// <summary>What a figure says about itself: its accessible name and description.</summary>
public sealed record FigureText(string Title, string Description);

/// <summary>A labelled point drawn as a marker.</summary>
public sealed record MarkedPoint(double X, double Y, string? Label);

/// <summary>A straight line through (X, Y) with the given slope, drawn a little to each side.</summary>
public sealed record TangentLine(double X, double Y, double Slope, string? Label)
{
    /// <summary>How long the line is drawn, as a share of the plot's width; null for the usual length.</summary>
    public double? Length { get; init; }
}

public enum GuideDirection { Vertical, Horizontal }

/// <summary>A thin dashed reference line across the plot (x = a, or y = b).</summary>
public sealed record GuideLine(GuideDirection Direction, double At, string? Label);

/// <summary>
/// A curve y = F(x); the sampler decides where to evaluate it. <paramref name="Colour"/> picks a
/// palette colour (0 to 6), so one quantity keeps its colour in every figure of a lesson; by default
/// series take the palette in order.
/// </summary>
public sealed record FunctionSeries(Func<double, double> F, string? Label, bool Dashed = false, int? Colour = null)
{
    /// <summary>Draw each jump as a closed dot at the function's value there and an open dot on the other side, not a vertical line.</summary>
    public bool JumpDots { get; init; }
}

/// <summary>A line graph: function series over an x interval, with annotations.</summary>
public sealed record PlotSpec(FigureSize Size, FigureText Text, Interval X, Interval? Y,
    IReadOnlyList<FunctionSeries> Series)
{
    public IReadOnlyList<MarkedPoint> Points { get; init; } = [];
    public IReadOnlyList<TangentLine> Tangents { get; init; } = [];
    public IReadOnlyList<GuideLine> Guides { get; init; } = [];
    public string? XTitle { get; init; }
    public string? YTitle { get; init; }
    public bool Grid { get; init; } = true;
    /// <summary>Same pixel length for one unit on both axes (circles look round).</summary>
    public bool EqualAspect { get; init; }
    /// <summary>A logarithmic y axis, for values that span powers of ten; where a curve is not above 0 it is not drawn.</summary>
    public AxisScale YScale { get; init; } = AxisScale.Linear;
}

/// <summary>A path of points in the plane, such as the iterates of gradient descent.</summary>
public sealed record PathSeries(IReadOnlyList<(double X, double Y)> Points, string? Label)
{
    /// <summary>
    /// The series colour (an index into <see cref="Drawing.Palette.Series"/>) that names what the path
    /// stands for, such as its optimiser, wherever it is drawn; null takes the map's next path colour.
    /// </summary>
    public int? Colour { get; init; }
}

public enum ContourStyle { Filled, Lines }

/// <summary>Gradient arrows at the points of a grid; the chart scales them so they never overlap.</summary>
public sealed record ArrowField(Func<double, double, (double Dx, double Dy)> Gradient, int Columns, int Rows);

/// <summary>A function of two variables as contours over a rectangle.</summary>
public sealed record ContourSpec(FigureSize Size, FigureText Text, Interval X, Interval Y, Func<double, double, double> F)
{
    /// <summary>Explicit contour levels; when null the chart picks about <see cref="LevelCount"/> round ones.</summary>
    public IReadOnlyList<double>? Levels { get; init; }
    public int LevelCount { get; init; } = 10;
    public ContourStyle Style { get; init; } = ContourStyle.Filled;
    public bool ColourBar { get; init; } = true;
    public string? ColourBarTitle { get; init; }
    public ArrowField? Arrows { get; init; }
    public IReadOnlyList<MarkedPoint> Points { get; init; } = [];
    public IReadOnlyList<PathSeries> Paths { get; init; } = [];
    public string? XTitle { get; init; }
    public string? YTitle { get; init; }
    /// <summary>Same pixel length for one unit on both axes, so right angles look right.</summary>
    public bool EqualAspect { get; init; } = true;
}

/// <summary>A function of two variables as a shaded surface seen from a viewpoint.</summary>
public sealed record SurfaceSpec(FigureSize Size, FigureText Text, Interval X, Interval Y, Func<double, double, double> F)
{
    /// <summary>Degrees around the vertical axis, measured from the x axis.</summary>
    public double Azimuth { get; init; } = -60;
    /// <summary>Degrees above the xy plane.</summary>
    public double Elevation { get; init; } = 28;
    /// <summary>Grid cells along each side.</summary>
    public int Resolution { get; init; } = 40;
    public Interval? Z { get; init; }
    public string? XTitle { get; init; }
    public string? YTitle { get; init; }
    public string? ZTitle { get; init; }
}

/// <summary>One named set of bars, one value per category.</summary>
public sealed record BarSeries(string? Label, IReadOnlyList<double> Values)
{
    /// <summary>A palette colour (0 to 6) that names what the bars stand for in every figure; null takes the palette in order.</summary>
    public int? Colour { get; init; }
}

/// <summary>Bars grouped by category, for per-layer gradient norms and the like.</summary>
public sealed record BarSpec(FigureSize Size, FigureText Text, IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Series)
{
    public AxisScale YScale { get; init; } = AxisScale.Linear;
    public string? XTitle { get; init; }
    public string? YTitle { get; init; }
}

/// <summary>One named line through given points, such as a loss curve.</summary>
public sealed record DataSeries(string? Label, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>A palette colour (0 to 6) that names what the line stands for in every figure; null takes the palette in order.</summary>
    public int? Colour { get; init; }
    /// <summary>Dashed, for a companion of a solid line in the same colour (a run's test loss beside its training loss).</summary>
    public bool Dashed { get; init; }
}

/// <summary>Lines through computed points.</summary>
public sealed record LineSpec(FigureSize Size, FigureText Text, IReadOnlyList<DataSeries> Series)
{
    public AxisScale YScale { get; init; } = AxisScale.Linear;
    public string? XTitle { get; init; }
    public string? YTitle { get; init; }
    public bool Markers { get; init; }
}
