using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Contours;

/// <summary>
/// The scores of every class sampled once at the nodes of a regular grid (laid out as in
/// <see cref="SampledGrid"/>), so a classifier that is costly to evaluate, such as a network, runs
/// once per node however many regions and boundaries are drawn from it.
/// </summary>
/// <remarks>
/// Class c's region is where its margin, its score less the best other score, is at least 0. The
/// margin is continuous where the scores are, and where c meets d it is s_c − s_d, the negative of
/// d's margin, so the two regions' interpolated edges coincide and the regions tile the plane.
/// </remarks>
internal sealed class ClassScoreGrid
{
    private readonly double[] _scores;  // node-major: the k scores of node (i, j) at (j·(Columns + 1) + i)·k

    private ClassScoreGrid(Interval x, Interval y, int columns, int rows, int classes, double[] scores)
    {
        X = x; Y = y; Columns = columns; Rows = rows; Classes = classes; _scores = scores;
    }

    public Interval X { get; }
    public Interval Y { get; }
    public int Columns { get; }
    public int Rows { get; }
    public int Classes { get; }

    /// <summary>Evaluates the scores at every node, in row order, on the calling thread: a classifier need not be thread-safe.</summary>
    public static ClassScoreGrid Sample(ClassScores scores, int classes, Interval x, Interval y, int columns, int rows)
    {
        if (columns < 1 || rows < 1) throw new ArgumentOutOfRangeException(nameof(columns), "a grid needs at least one cell each way");
        var values = new double[(columns + 1) * (rows + 1) * classes];
        for (var j = 0; j <= rows; j++)
            for (var i = 0; i <= columns; i++)
            {
                var node = values.AsSpan((j * (columns + 1) + i) * classes, classes);
                scores(x.Min + x.Length * i / columns, y.Min + y.Length * j / rows, node);
                // A score that is not a number ranks below every other, so it never wins a region.
                for (var c = 0; c < classes; c++)
                    if (double.IsNaN(node[c])) node[c] = double.NegativeInfinity;
            }
        return new ClassScoreGrid(x, y, columns, rows, classes, values);
    }

    /// <summary>Class c's margin at every node: its score less the best of the others.</summary>
    public SampledGrid Margin(int c)
    {
        // SampledGrid evaluates its function at exactly the node coordinates this grid was
        // sampled at, so rounding recovers the node and the margin is read, not recomputed.
        return SampledGrid.Sample((x, y) => NodeMargin(c, Node(x, X, Columns), Node(y, Y, Rows)), X, Y, Columns, Rows);
    }

    /// <summary>
    /// The class other than <paramref name="c"/> that scores best at (x, y), with the scores
    /// interpolated between the nodes around the point: at a point of c's boundary, its neighbour.
    /// </summary>
    public int RunnerUp(int c, double x, double y)
    {
        var (i, tx) = Cell(x, X, Columns);
        var (j, ty) = Cell(y, Y, Rows);
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var d = 0; d < Classes; d++)
        {
            if (d == c) continue;
            var score = (1 - tx) * (1 - ty) * Score(i, j, d) + tx * (1 - ty) * Score(i + 1, j, d)
                + (1 - tx) * ty * Score(i, j + 1, d) + tx * ty * Score(i + 1, j + 1, d);
            if (best < 0 || score > bestScore) { best = d; bestScore = score; }
        }
        return best;
    }

    private double Score(int i, int j, int c) => _scores[(j * (Columns + 1) + i) * Classes + c];

    private double NodeMargin(int c, int i, int j)
    {
        var other = double.NegativeInfinity;
        for (var d = 0; d < Classes; d++)
            if (d != c) other = Math.Max(other, Score(i, j, d));
        // −∞ against −∞ is no margin at all; SampledGrid holds the infinities at the finite extremes.
        var margin = Score(i, j, c) - other;
        return double.IsNaN(margin) ? double.NegativeInfinity : margin;
    }

    private static int Node(double v, Interval range, int cells) => (int)Math.Round((v - range.Min) / range.Length * cells);

    /// <summary>The cell holding a coordinate and how far across it the coordinate lies.</summary>
    private static (int Index, double Fraction) Cell(double v, Interval range, int cells)
    {
        var position = Math.Clamp((v - range.Min) / range.Length * cells, 0, cells);
        var index = Math.Min((int)position, cells - 1);
        return (index, position - index);
    }
}
