namespace SiteGen.Figures.Contours;

/// <summary>
/// Numbers the edges of a sampled grid (horizontal ones first, then vertical ones) and finds where a
/// level crosses each, by linear interpolation between the edge's two nodes.
/// </summary>
internal sealed class GridEdges(SampledGrid grid, double level)
{
    private readonly int _horizontalCount = (grid.Rows + 1) * grid.Columns;

    public int Count => _horizontalCount + grid.Rows * (grid.Columns + 1);

    /// <summary>The edge from node (i, j) to node (i + 1, j).</summary>
    public int Horizontal(int i, int j) => j * grid.Columns + i;

    /// <summary>The edge from node (i, j) to node (i, j + 1).</summary>
    public int Vertical(int i, int j) => _horizontalCount + j * (grid.Columns + 1) + i;

    public (double X, double Y) Crossing(int edge)
    {
        if (edge < _horizontalCount)
        {
            int i = edge % grid.Columns, j = edge / grid.Columns;
            var t = Fraction(grid[i, j], grid[i + 1, j]);
            return (grid.NodeX(i) + t * (grid.NodeX(i + 1) - grid.NodeX(i)), grid.NodeY(j));
        }
        var k = edge - _horizontalCount;
        int vi = k % (grid.Columns + 1), vj = k / (grid.Columns + 1);
        var s = Fraction(grid[vi, vj], grid[vi, vj + 1]);
        return (grid.NodeX(vi), grid.NodeY(vj) + s * (grid.NodeY(vj + 1) - grid.NodeY(vj)));
    }

    private double Fraction(double a, double b) => a == b ? 0.5 : Math.Clamp((level - a) / (b - a), 0, 1);
}
