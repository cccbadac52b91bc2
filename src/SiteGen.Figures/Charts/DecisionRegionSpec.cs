namespace SiteGen.Figures.Charts;

/// <summary>
/// Writes the score of every class at (x, y) into <paramref name="scores"/>, one per class; the
/// point belongs to the class with the largest. Scores may be probabilities, logits or any
/// numbers that rank the classes, as long as they vary continuously, so boundaries can be
/// interpolated between samples.
/// </summary>
public delegate void ClassScores(double x, double y, Span<double> scores);

/// <summary>What a decision-region chart asks of a classifier: the classes it tells apart and how.</summary>
public abstract record RegionClassifier
{
    private protected RegionClassifier() { }

    public abstract int Classes { get; }
}

/// <summary>
/// Two classes by the probability of class 1; the boundary is where it is ½. Knowing the
/// probability, the chart can shade how confident the classifier is.
/// </summary>
public sealed record ProbabilityClassifier(Func<double, double, double> Probability) : RegionClassifier
{
    public override int Classes => 2;
}

/// <summary><paramref name="Count"/> classes (2 to 7), each point given to the class whose score is the largest.</summary>
public sealed record ScoreClassifier(int Count, ClassScores Scores) : RegionClassifier
{
    public override int Classes => Count;
}

/// <summary>A data point with the class it belongs to (0 to the class count − 1).</summary>
public readonly record struct ClassPoint(double X, double Y, int Class);

/// <summary>
/// The regions of the plane a classifier gives to each class, tinted in the class's colour with
/// the boundaries drawn between them, over a rectangle; with data points marked by class, and
/// optionally the classifier's gradient as arrows.
/// </summary>
public sealed record DecisionRegionSpec(FigureSize Size, FigureText Text, Interval X, Interval Y, RegionClassifier Classifier)
{
    /// <summary>The class names the legend shows; null for "class 0", "class 1", ….</summary>
    public IReadOnlyList<string>? ClassLabels { get; init; }
    /// <summary>
    /// The palette colour (0 to 6, as <see cref="FunctionSeries.Colour"/>) of each class, so a class
    /// keeps its colour across a lesson's figures; null for the palette in order.
    /// </summary>
    public IReadOnlyList<int>? ClassColours { get; init; }
    /// <summary>
    /// For a <see cref="ProbabilityClassifier"/>: tint each side in steps that deepen as the
    /// probability moves away from ½, so the figure shows where the classifier is sure.
    /// </summary>
    public bool Confidence { get; init; } = true;
    /// <summary>Points drawn filled, in their class's colour and shape (training data).</summary>
    public IReadOnlyList<ClassPoint> Points { get; init; } = [];
    /// <summary>Points drawn hollow in their class's colour and shape (test data).</summary>
    public IReadOnlyList<ClassPoint> TestPoints { get; init; } = [];
    /// <summary>What the legend calls the hollow points when there are any.</summary>
    public string TestPointsLabel { get; init; } = "test";
    /// <summary>Arrows of a vector field over the regions, such as the gradient of the classifier's output.</summary>
    public ArrowField? Arrows { get; init; }
    public string? XTitle { get; init; }
    public string? YTitle { get; init; }
    /// <summary>Same pixel length for one unit on both axes, so the boundaries' angles look right.</summary>
    public bool EqualAspect { get; init; } = true;

    /// <summary>The fewest and most classes the chart draws: the palette has seven colours and seven marker shapes.</summary>
    public const int MinClasses = 2, MaxClasses = 7;

    /// <summary>The legend's name of class <paramref name="c"/>.</summary>
    public string ClassLabel(int c) => ClassLabels?[c] ?? $"class {c}";

    /// <summary>The palette index of class <paramref name="c"/>.</summary>
    public int ClassColour(int c) => ClassColours?[c] ?? c;
}
