using SiteGen.Figures.Axes;
using SiteGen.Figures.Contours;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// The tinted regions of a classifier and the boundaries between them, as vector paths
/// interpolated from one sampling of the classifier (marching squares on the probability, or
/// <see cref="ClassPartition"/> of the scores), never as blocky cells.
/// </summary>
/// <remarks>
/// A tint is the class's own series ink at a low opacity. The theme colours it, so on a dark
/// page the same class shows its lighter dark-mode colour, thinned over the dark background:
/// light tints on a light page, deep ones on a dark page, and in both the points and the text
/// keep their contrast. Confidence steps are nested layers of one ink (the region where p ≥ 0.7
/// painted over the one where p ≥ 0.5), so no seam shows between steps, each layer's opacity
/// chosen so the stack reaches the step's intended depth.
/// </remarks>
internal static class DecisionRegionShading
{
    /// <summary>How far a simplified boundary may stray from the sampled one, in pixels.</summary>
    private const double Tolerance = 0.06;

    /// <summary>The opacity of a region without confidence steps.</summary>
    public const double FlatOpacity = 0.24;

    /// <summary>Where each confidence step begins (class 1's side; class 0's mirrors it) and how deep its tint is.</summary>
    private static readonly (double Probability, double Opacity)[] Steps = [(0.5, 0.12), (0.7, 0.22), (0.9, 0.34)];

    public sealed record Shading(IReadOnlyList<SceneItem> Regions, IReadOnlyList<SceneItem> Boundaries);

    public static Shading Draw(RegionClassifier classifier, bool confidence, CartesianFrame frame, int columns, int rows, IReadOnlyList<Ink> inks) =>
        classifier switch
        {
            ProbabilityClassifier binary => Binary(SampledGrid.Sample(binary.Probability, frame.X, frame.Y, columns, rows), confidence, frame, inks),
            ScoreClassifier scored => Scored(ClassScoreGrid.Sample(scored.Scores, scored.Count, frame.X, frame.Y, columns, rows), frame, inks),
            _ => throw new NotSupportedException($"no regions for a {classifier.GetType().Name}"),
        };

    private static Shading Binary(SampledGrid grid, bool confidence, CartesianFrame frame, IReadOnlyList<Ink> inks)
    {
        var steps = confidence ? Steps : [(0.5, FlatOpacity)];
        var regions = new List<SceneItem>();
        var border = Corners(grid);
        var below = 0.0;
        foreach (var (probability, depth) in steps)
        {
            var opacity = LayerOpacity(below, depth);
            below = depth;
            // Class 0's side of a step is everything outside the region where class 1 is as likely as the mirrored step.
            var low = FilledBands.Region(grid, 1 - probability).Loops;
            regions.Add(Region([border, .. low.Select(Reversed)], frame, new Fill(inks[0], opacity)));
            regions.Add(Region(FilledBands.Region(grid, probability).Loops, frame, new Fill(inks[1], opacity)));
        }
        var lines = MarchingSquares.Lines(grid, 0.5).Select(line => line.Closed && line.Points.Count > 2 ? [.. line.Points, line.Points[0]] : line.Points);
        return new Shading([.. regions.Where(r => r is PathItem { Pieces.Count: > 0 })], Boundary(lines, frame));
    }

    private static Shading Scored(ClassScoreGrid grid, CartesianFrame frame, IReadOnlyList<Ink> inks)
    {
        var partition = ClassPartition.Of(grid);
        var regions = partition.Regions.Select((loops, c) => Region(loops, frame, new Fill(inks[c], FlatOpacity)));
        return new Shading([.. regions.Where(r => r is PathItem { Pieces.Count: > 0 })], Boundary(partition.Boundaries, frame));
    }

    /// <summary>The opacity that, painted over a layer of <paramref name="below"/> in the same ink, gives <paramref name="total"/>.</summary>
    private static double LayerOpacity(double below, double total) => 1 - (1 - total) / (1 - below);

    private static SceneItem Region(IEnumerable<IReadOnlyList<(double X, double Y)>> loops, CartesianFrame frame, Fill fill) =>
        new PathItem([.. loops.Select(l => Pixels(l, frame)).Where(l => l.Count > 2)], null, fill, true) { Class = "region" };

    private static IReadOnlyList<SceneItem> Boundary(IEnumerable<IReadOnlyList<(double X, double Y)>> lines, CartesianFrame frame)
    {
        var pieces = lines.Select(l => Pixels(l, frame)).Where(p => p.Count > 1).ToList();
        return pieces.Count == 0 ? [] : [new PathItem(pieces, new Stroke(Palette.Text, 1.75, Opacity: 0.9), null, false) { Class = "boundary" }];
    }

    private static IReadOnlyList<(double X, double Y)> Corners(SampledGrid grid) =>
        [(grid.X.Min, grid.Y.Min), (grid.X.Max, grid.Y.Min), (grid.X.Max, grid.Y.Max), (grid.X.Min, grid.Y.Max)];

    private static IReadOnlyList<(double X, double Y)> Reversed(IReadOnlyList<(double X, double Y)> loop) => [.. loop.Reverse()];

    private static IReadOnlyList<Point> Pixels(IReadOnlyList<(double X, double Y)> points, CartesianFrame frame) =>
        PolylineSimplifier.Simplify([.. points.Select(p => frame.Map(p.X, p.Y))], Tolerance);
}
