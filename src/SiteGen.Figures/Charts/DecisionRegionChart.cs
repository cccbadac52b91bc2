using SiteGen.Figures.Axes;
using SiteGen.Figures.Contours;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// A classifier's decision regions: each class's part of the plane tinted in its colour (for
/// two classes, optionally deepening with the classifier's confidence), smooth boundaries drawn
/// over them, data points marked by class in colour and shape, optional arrows of a vector field,
/// and a legend naming the classes above the plot, in a frame with equal units on both axes
/// unless the spec says otherwise.
/// </summary>
public static class DecisionRegionChart
{
    /// <summary>Pixels per grid cell: fine enough that the interpolated boundaries look smooth.</summary>
    private const double CellPixels = 4;

    public static Scene Draw(DecisionRegionSpec spec, FigureStyle style)
    {
        Check(spec);
        var classes = spec.Classifier.Classes;
        var inks = Enumerable.Range(0, classes).Select(c => Palette.SeriesInk(spec.ClassColour(c))).ToList();
        var legend = new ClassLegend(LegendEntries(spec, inks), style.MarkerRadius);
        var frame = Layout(spec, style, legend);
        var (columns, rows) = GridSize(frame.Area);
        var shading = DecisionRegionShading.Draw(spec.Classifier, spec.Confidence, frame, columns, rows, inks);

        var items = new List<SceneItem>();
        // The grid goes under the translucent tints, which soften it to a hint of the coordinates.
        items.AddRange(frame.Grid());
        items.AddRange(shading.Regions);
        items.AddRange(shading.Boundaries);
        items.AddRange(frame.Axes());
        if (spec.Arrows is { } field)
            items.AddRange(ArrowShapes.Draw(GradientArrowLayout.Compute(field, spec.X, spec.Y, frame.Map), Palette.Text, 1.4, halo: true));
        items.AddRange(Markers(spec.Points, frame, style, inks, hollow: false));
        items.AddRange(Markers(spec.TestPoints, frame, style, inks, hollow: true));
        items.AddRange(legend.Draw(frame.Area.Left, style.Margin, LegendWidth(frame, spec, style), style));
        return new Scene(frame.Size.Width, frame.Size.Height, spec.Text.Title, spec.Text.Description, items);
    }

    private static void Check(DecisionRegionSpec spec)
    {
        var classes = spec.Classifier.Classes;
        if (classes is < DecisionRegionSpec.MinClasses or > DecisionRegionSpec.MaxClasses)
            throw new ArgumentOutOfRangeException(nameof(spec), classes, $"a decision-region chart shows {DecisionRegionSpec.MinClasses} to {DecisionRegionSpec.MaxClasses} classes");
        if (spec.ClassLabels is { } labels && labels.Count != classes)
            throw new ArgumentException($"{labels.Count} class labels for {classes} classes", nameof(spec));
        if (spec.ClassColours is { } colours && (colours.Count != classes || colours.Any(c => c < 0 || c >= Palette.Series.Count)))
            throw new ArgumentException($"class colours must be {classes} palette indices from 0 to {Palette.Series.Count - 1}", nameof(spec));
        foreach (var p in spec.Points.Concat(spec.TestPoints))
            if (p.Class < 0 || p.Class >= classes)
                throw new ArgumentException($"the point ({p.X}, {p.Y}) has class {p.Class}, not one of the {classes} classes", nameof(spec));
    }

    private static IReadOnlyList<ClassLegendEntry> LegendEntries(DecisionRegionSpec spec, IReadOnlyList<Ink> inks)
    {
        var entries = Enumerable.Range(0, inks.Count).Select(c => new ClassLegendEntry(spec.ClassLabel(c), ClassMarkers.ShapeOf(c), inks[c])).ToList();
        // The hollow entry takes a neutral ink: hollowness, not a class, is what it explains.
        if (spec.TestPoints.Count > 0) entries.Add(new ClassLegendEntry(spec.TestPointsLabel, MarkerShape.Circle, Palette.Muted, Hollow: true));
        return entries;
    }

    /// <summary>
    /// The frame with room above it for the legend. The legend wraps to the width right of the
    /// plot's left edge, which depends on the room the legend takes, so it is measured against a
    /// first layout and checked against the second.
    /// </summary>
    private static CartesianFrame Layout(DecisionRegionSpec spec, FigureStyle style, ClassLegend legend)
    {
        CartesianFrame At(double reserveTop) => CartesianFrame.Layout(spec.Size, spec.X, spec.Y, style, spec.XTitle, spec.YTitle,
            equalAspect: spec.EqualAspect, reserveTop: reserveTop);
        var frame = At(0);
        var height = legend.Height(LegendWidth(frame, spec, style), style);
        frame = At(height);
        var settled = legend.Height(LegendWidth(frame, spec, style), style);
        return settled == height ? frame : At(settled);
    }

    private static double LegendWidth(CartesianFrame frame, DecisionRegionSpec spec, FigureStyle style) =>
        spec.Size.Width - style.Margin - frame.Area.Left;

    private static (int Columns, int Rows) GridSize(PlotArea area)
    {
        var longest = Math.Max(area.Width, area.Height);
        var cells = Math.Clamp(longest / CellPixels, 32, 128);
        return (Math.Max(8, (int)Math.Round(cells * area.Width / longest)), Math.Max(8, (int)Math.Round(cells * area.Height / longest)));
    }

    private static IEnumerable<SceneItem> Markers(IReadOnlyList<ClassPoint> points, CartesianFrame frame, FigureStyle style, IReadOnlyList<Ink> inks, bool hollow)
    {
        var inside = frame.Area.Box.Inflate(1);
        foreach (var p in points)
        {
            if (!double.IsFinite(p.X) || !double.IsFinite(p.Y)) continue;
            var at = frame.Map(p.X, p.Y);
            if (!inside.Contains(at)) continue;
            var shape = ClassMarkers.ShapeOf(p.Class);
            var marker = hollow ? ClassMarkers.Hollow(shape, at, style.MarkerRadius, inks[p.Class]) : ClassMarkers.Filled(shape, at, style.MarkerRadius, inks[p.Class]);
            yield return marker with { Class = hollow ? "test-point" : "point" };
        }
    }
}
