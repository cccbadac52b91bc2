using SiteGen.Figures.Axes;
using SiteGen.Figures.Contours;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// A function of two variables as a contour map: filled bands or coloured level lines, a colour
/// bar, gradient arrows, paths (with a legend above the plot when they are labelled) and marked
/// points, in a frame with equal units on both axes unless the spec says otherwise.
/// </summary>
public static class ContourChart
{
    /// <summary>How far a simplified contour may stray from the sampled one, in pixels: little enough that no corner shows.</summary>
    private const double Tolerance = 0.06;
    /// <summary>Pixels per grid cell: fine enough that the interpolated lines look smooth.</summary>
    private const double CellPixels = 4;

    public static Scene Draw(ContourSpec spec, FigureStyle style)
    {
        var coarse = SampledGrid.Sample(spec.F, spec.X, spec.Y, 48, 48);
        var range = coarse.Range;
        var levels = spec.Levels ?? ContourLevels.Pick(coarse, spec.LevelCount);
        var legend = new ContourLegend(spec.Paths, spec.Style == ContourStyle.Filled);
        var bar = spec.ColourBar ? Key(spec, levels, range) : null;
        var reserveTop = legend.Height(spec.Size.Width - 2 * style.Margin, style);
        var frame = Layout(spec, style, bar, reserveTop);
        // The legend's rows start at the plot's left edge, past the y axis's labels, so they may need
        // more rows than the figure's width promised: then the plot moves down to make room for them.
        for (var round = 0; round < 2; round++)
        {
            var needed = legend.Height(LegendWidth(spec, style, frame), style);
            if (needed <= reserveTop) break;
            reserveTop = needed;
            frame = Layout(spec, style, bar, reserveTop);
        }

        var grid = Sample(spec, frame.Area);
        if (bar is not null) bar = Key(spec, levels, grid.Range);
        var items = new List<SceneItem>();
        var halo = spec.Style == ContourStyle.Filled;
        var arrows = spec.Arrows is { } field ? GradientArrowLayout.Compute(field, spec.X, spec.Y, frame.Map) : null;
        // What labels keep clear of: the arrows, the paths' markers and the marked points.
        var taken = new List<Box>(arrows?.Arrows.Select(a => Spanning(a.Tail, a.Tip)) ?? []);
        var paths = ContourPaths.Draw(spec.Paths, frame, style, halo);
        taken.AddRange(paths.OfType<CircleItem>().Select(c => Around(c.Centre, c.Radius)));
        taken.AddRange(spec.Points.Select(p => Around(frame.Map(p.X, p.Y), style.MarkerRadius)));
        if (spec.Style == ContourStyle.Filled) items.AddRange(Bands(grid, levels, frame));
        else
        {
            items.AddRange(frame.Grid());
            var lines = levels.Select(level => LinePixels(grid, level, frame)).ToList();
            items.AddRange(lines.Select((pieces, k) => new PathItem(pieces, new Stroke(LineInk(k, levels.Count), 1.5), null, false) { Class = "contour-line" })
                .Where(p => p.Pieces.Count > 0));
            items.AddRange(ContourLineLabels.Draw(levels, lines, frame.Area, style, taken));
        }
        items.AddRange(frame.Axes());
        if (arrows is not null) items.AddRange(ArrowShapes.Draw(arrows, Palette.Text, 1.4, halo));
        items.AddRange(paths);
        items.AddRange(ContourPointLabels.Draw(spec.Points, frame, style, taken));
        if (bar is not null) items.AddRange(bar.Draw(frame.Area.Right, frame.Area.Top, frame.Area.Bottom, style));
        if (!legend.IsEmpty)
        {
            var labelHalf = style.TickLabelSize * (TextBounds.Ascent + TextBounds.Descent) / 2;
            items.AddRange(legend.Draw(frame.Area.Left, frame.Area.Top - labelHalf, LegendWidth(spec, style, frame), style));
        }
        return new Scene(frame.Size.Width, frame.Size.Height, spec.Text.Title, spec.Text.Description, items);
    }

    /// <summary>The frame, with room on the right for the colour bar and <paramref name="reserveTop"/> pixels above for the legend.</summary>
    private static CartesianFrame Layout(ContourSpec spec, FigureStyle style, ColourBar? bar, double reserveTop)
    {
        var reserveRight = bar?.Width(spec.Size.Height - 2 * style.Margin - reserveTop - 40, style) ?? 0;
        return CartesianFrame.Layout(spec.Size, spec.X, spec.Y, style, spec.XTitle, spec.YTitle,
            equalAspect: spec.EqualAspect, reserveRight: reserveRight, reserveTop: reserveTop);
    }

    private static double LegendWidth(ContourSpec spec, FigureStyle style, CartesianFrame frame) => spec.Size.Width - style.Margin - frame.Area.Left;

    /// <summary>The colour of the band above the <paramref name="index"/>-th level (index −1: below every level).</summary>
    public static Ink BandInk(int index, int levelCount) => ColourScale.InkAt(levelCount == 0 ? 0.5 : (index + 1.0) / levelCount);

    /// <summary>
    /// The colour of a level's line. Lines use the middle of the scale only: its darkest end
    /// vanishes on a dark page and its yellow end on a white one.
    /// </summary>
    public static Ink LineInk(int index, int levelCount) =>
        ColourScale.InkAt(0.08 + 0.74 * (levelCount <= 1 ? 0.5 : (double)index / (levelCount - 1)));

    private static SampledGrid Sample(ContourSpec spec, PlotArea area)
    {
        var longest = Math.Max(area.Width, area.Height);
        var cells = Math.Clamp(longest / CellPixels, 32, 128);
        int columns = Math.Max(8, (int)Math.Round(cells * area.Width / longest)), rows = Math.Max(8, (int)Math.Round(cells * area.Height / longest));
        return SampledGrid.Sample(spec.F, spec.X, spec.Y, columns, rows);
    }

    private static IEnumerable<SceneItem> Bands(SampledGrid grid, IReadOnlyList<double> levels, CartesianFrame frame)
    {
        var a = frame.Area;
        // The lowest band is the whole rectangle; each level's region F ≥ c is painted over it in turn.
        yield return PathItem.Polygon([new(a.Left, a.Top), new(a.Right, a.Top), new(a.Right, a.Bottom), new(a.Left, a.Bottom)],
            new Fill(BandInk(-1, levels.Count))) with { Class = "contour-band" };
        for (var k = 0; k < levels.Count; k++)
        {
            var region = FilledBands.Region(grid, levels[k]);
            var loops = region.Loops.Select(loop => Pixels(loop, frame)).Where(l => l.Count > 2).ToList();
            if (loops.Count > 0) yield return new PathItem(loops, null, new Fill(BandInk(k, levels.Count)), true) { Class = "contour-band" };
        }
    }

    /// <summary>A level's lines in pixels; closed ones repeat their first point so the stroke closes.</summary>
    private static IReadOnlyList<IReadOnlyList<Point>> LinePixels(SampledGrid grid, double level, CartesianFrame frame) =>
        [.. MarchingSquares.Lines(grid, level)
            .Select(line => line.Closed && line.Points.Count > 2 ? [.. line.Points, line.Points[0]] : line.Points)
            .Select(points => Pixels(points, frame)).Where(p => p.Count > 1)];

    private static IReadOnlyList<Point> Pixels(IReadOnlyList<(double X, double Y)> points, CartesianFrame frame) =>
        PolylineSimplifier.Simplify([.. points.Select(p => frame.Map(p.X, p.Y))], Tolerance);

    private static ColourBar Key(ContourSpec spec, IReadOnlyList<double> levels, Interval range)
    {
        var n = levels.Count;
        // Explicit levels may lie beyond the sampled values; the key still shows them in order.
        range = new Interval(Math.Min(range.Min, levels.DefaultIfEmpty(range.Min).Min()), Math.Max(range.Max, levels.DefaultIfEmpty(range.Max).Max()));
        return spec.Style == ContourStyle.Lines
            ? new ColourBar(Widen(range), levels, [.. levels.Select((_, k) => LineInk(k, n))], true, spec.ColourBarTitle)
            : new ColourBar(Widen(range), levels, [.. Enumerable.Range(-1, n + 1).Select(k => BandInk(k, n))], false, spec.ColourBarTitle);
    }

    /// <summary>
    /// The bar's range: the sampled one, its ends moved out to a round value when one is very near
    /// (a bowl sampled just off its bottom still starts at 0); a constant function gets some height.
    /// </summary>
    private static Interval Widen(Interval range)
    {
        if (!(range.Length > 0)) return new Interval(range.Min - 1, range.Max + 1);
        var step = NiceTicks.StepAtLeast(range.Length / 8);
        double low = Math.Floor(range.Min / step) * step, high = Math.Ceiling(range.Max / step) * step;
        var near = 0.02 * range.Length;
        return new Interval(range.Min - low < near ? low : range.Min, high - range.Max < near ? high : range.Max);
    }

    private static Box Around(Point c, double r) => new(c.X - r, c.Y - r, c.X + r, c.Y + r);

    private static Box Spanning(Point a, Point b) => new(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
}
