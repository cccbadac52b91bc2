using SiteGen.Figures.Axes;
using SiteGen.Figures.Contours;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// The tinted regions of a classifier and the boundaries between them, as vector paths
/// interpolated from one sampling of the classifier (marching squares on the probability, or on
/// each class's margin), never as blocky cells.
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
        var regions = new List<SceneItem>();
        var lines = new List<IReadOnlyList<(double X, double Y)>>();
        for (var c = 0; c < grid.Classes; c++)
        {
            var margin = grid.Margin(c);
            regions.Add(Region(FilledBands.Region(margin, 0).Loops, frame, new Fill(inks[c], FlatOpacity)));
            // Every boundary is the edge of two regions; the region of the lower class draws it.
            foreach (var line in MarchingSquares.Lines(margin, 0))
                lines.AddRange(Toward(line, neighbour => neighbour > c, grid, c));
        }
        return new Shading([.. regions.Where(r => r is PathItem { Pieces.Count: > 0 })], Boundary(lines, frame));
    }

    /// <summary>
    /// The stretches of a line along which the class across it (from <paramref name="c"/>'s side)
    /// satisfies <paramref name="keep"/>, judged at each segment's middle. Each stretch reaches one
    /// segment further at both ends, so where three regions meet the boundaries join instead of
    /// stopping short of one another.
    /// </summary>
    private static IEnumerable<IReadOnlyList<(double X, double Y)>> Toward(ContourLine line, Func<int, bool> keep, ClassScoreGrid grid, int c)
    {
        var points = line.Closed && line.Points.Count > 2 ? [.. line.Points, line.Points[0]] : line.Points;
        var segments = points.Count - 1;
        if (segments < 1) return [];
        var kept = new bool[segments];
        for (var k = 0; k < segments; k++)
            kept[k] = keep(grid.RunnerUp(c, (points[k].X + points[k + 1].X) / 2, (points[k].Y + points[k + 1].Y) / 2));
        bool Drawn(int k)
        {
            if (kept[k]) return true;
            // A loop's segments wrap around; an open line's ends have one neighbour each.
            int before = line.Closed ? (k + segments - 1) % segments : k - 1, after = line.Closed ? (k + 1) % segments : k + 1;
            return (before >= 0 && kept[before]) || (after < segments && kept[after]);
        }
        var runs = new List<List<(double X, double Y)>>();
        List<(double X, double Y)>? run = null;
        for (var k = 0; k < segments; k++)
        {
            if (!Drawn(k)) { run = null; continue; }
            if (run is null) runs.Add(run = [points[k]]);
            run.Add(points[k + 1]);
        }
        // A loop drawn where it closes continues its last stretch into its first.
        if (line.Closed && runs.Count > 1 && Drawn(0) && Drawn(segments - 1))
        {
            runs[^1].AddRange(runs[0].Skip(1));
            runs.RemoveAt(0);
        }
        return runs;
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
