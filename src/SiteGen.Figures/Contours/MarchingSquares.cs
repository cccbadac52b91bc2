namespace SiteGen.Figures.Contours;

/// <summary>
/// Contour lines of a sampled function by marching squares. Each cell contributes segments from the
/// edge where its border (walked counter-clockwise) leaves the region F ≥ level to the edge where it
/// re-enters, so every segment has the higher values on its left; segments are then chained into
/// polylines through the edges they share.
/// </summary>
public static class MarchingSquares
{
    /// <summary>The lines of every level, level by level, each level's lines in a stable grid order.</summary>
    public static IReadOnlyList<ContourLine> Lines(SampledGrid grid, IEnumerable<double> levels) =>
        [.. levels.SelectMany(level => Lines(grid, level))];

    public static IReadOnlyList<ContourLine> Lines(SampledGrid grid, double level)
    {
        var edges = new GridEdges(grid, level);
        var next = new int[edges.Count];
        Array.Fill(next, -1);
        var entered = new bool[edges.Count];
        var starts = new List<int>();
        for (var j = 0; j < grid.Rows; j++)
            for (var i = 0; i < grid.Columns; i++)
                foreach (var (from, to) in CellSegments(grid, edges, i, j, level))
                {
                    next[from] = to;
                    entered[to] = true;
                    starts.Add(from);
                }

        var lines = new List<ContourLine>();
        var visited = new bool[edges.Count];
        // Open lines first (they start on the border, at an edge nothing leads into), then the loops.
        foreach (var start in starts)
            if (!entered[start]) lines.Add(Follow(edges, next, visited, start, level, closed: false));
        foreach (var start in starts)
            if (!visited[start]) lines.Add(Follow(edges, next, visited, start, level, closed: true));
        return lines;
    }

    private static ContourLine Follow(GridEdges edges, int[] next, bool[] visited, int start, double level, bool closed)
    {
        var points = new List<(double X, double Y)>();
        for (var edge = start; edge >= 0 && !visited[edge]; edge = next[edge])
        {
            visited[edge] = true;
            var p = edges.Crossing(edge);
            // A level through a grid node gives the same point on two edges; keep one.
            if (points.Count == 0 || points[^1] != p) points.Add(p);
        }
        if (closed && points.Count > 1 && points[0] == points[^1]) points.RemoveAt(points.Count - 1);
        return new ContourLine(level, points, closed);
    }

    /// <summary>Segments of cell (i, j) as (edge left, edge entered), walking its border counter-clockwise.</summary>
    private static IEnumerable<(int From, int To)> CellSegments(SampledGrid grid, GridEdges edges, int i, int j, double level)
    {
        Span<double> v = [grid[i, j], grid[i + 1, j], grid[i + 1, j + 1], grid[i, j + 1]];
        int[] side = [edges.Horizontal(i, j), edges.Vertical(i + 1, j), edges.Horizontal(i, j + 1), edges.Vertical(i, j)];
        var exits = new List<int>(2);
        var entries = new List<int>(2);
        for (var k = 0; k < 4; k++)
        {
            bool here = v[k] >= level, there = v[(k + 1) % 4] >= level;
            if (here && !there) exits.Add(k);
            else if (!here && there) entries.Add(k);
        }
        if (exits.Count == 1) return [(side[exits[0]], side[entries[0]])];
        if (exits.Count == 0) return [];
        // A saddle: when the centre is high the high corners join through it, so each exit turns to
        // the next side; when it is low, each high corner is cut off by itself, turning back to the previous side.
        var centreHigh = (v[0] + v[1] + v[2] + v[3]) / 4 >= level;
        var turn = centreHigh ? 1 : 3;
        return [(side[exits[0]], side[(exits[0] + turn) % 4]), (side[exits[1]], side[(exits[1] + turn) % 4])];
    }
}
