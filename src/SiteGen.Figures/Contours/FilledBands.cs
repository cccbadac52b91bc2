using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Contours;

/// <summary>The part of the rectangle where F ≥ <see cref="Level"/>, as loops to fill with the nonzero rule.</summary>
public sealed record SuperlevelRegion(double Level, IReadOnlyList<IReadOnlyList<(double X, double Y)>> Loops);

/// <summary>
/// Filled contours as vector polygons. The region F ≥ c is bounded by the level's oriented lines
/// (higher values on their left) and by pieces of the rectangle's border: from the end of each
/// open line the boundary walks the border counter-clockwise, through the corners, to the next
/// line's start. Closed lines go in as they are: loops around a hollow run clockwise and cancel
/// the winding of what encloses them, so holes and islands come out right under the nonzero rule.
/// Painting the whole rectangle in the lowest band's colour, then each level's region on top,
/// gives the bands.
/// </summary>
public static class FilledBands
{
    public static IReadOnlyList<SuperlevelRegion> Regions(SampledGrid grid, IEnumerable<double> levels) =>
        [.. levels.Select(level => Region(grid, level))];

    public static SuperlevelRegion Region(SampledGrid grid, double level)
    {
        var lines = MarchingSquares.Lines(grid, level);
        var border = new RectangleBorder(grid.X, grid.Y);
        var open = lines.Where(l => !l.Closed && l.Points.Count > 0).ToList();
        var loops = new List<IReadOnlyList<(double X, double Y)>>();
        if (open.Count == 0)
        {
            // No line reaches the border, so the border is all high or all low, like its first node.
            if (grid[0, 0] >= level) loops.Add(border.Corners);
        }
        else loops.AddRange(CloseAlongBorder(open, border));
        loops.AddRange(lines.Where(l => l.Closed && l.Points.Count > 2).Select(l => l.Points));
        return new SuperlevelRegion(level, loops);
    }

    private static List<IReadOnlyList<(double X, double Y)>> CloseAlongBorder(List<ContourLine> open, RectangleBorder border)
    {
        var starts = open.Select(l => border.Position(l.Points[0])).ToArray();
        var ends = open.Select(l => border.Position(l.Points[^1])).ToArray();
        var used = new bool[open.Count];
        var loops = new List<IReadOnlyList<(double X, double Y)>>();
        for (var first = 0; first < open.Count; first++)
        {
            if (used[first]) continue;
            var loop = new List<(double X, double Y)>();
            var current = first;
            do
            {
                used[current] = true;
                loop.AddRange(open[current].Points);
                var next = NextStart(starts, ends[current], border.Perimeter);
                loop.AddRange(border.CornersBetween(ends[current], starts[next]));
                current = next;
            } while (current != first && !used[current]);
            loops.Add(loop);
        }
        return loops;
    }

    /// <summary>The line whose start comes first counter-clockwise from a border position.</summary>
    private static int NextStart(double[] starts, double from, double perimeter)
    {
        var best = 0;
        var bestDistance = double.PositiveInfinity;
        for (var k = 0; k < starts.Length; k++)
        {
            var distance = ((starts[k] - from) % perimeter + perimeter) % perimeter;
            if (distance < bestDistance) { best = k; bestDistance = distance; }
        }
        return best;
    }
}
