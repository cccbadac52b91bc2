using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Contours;

/// <summary>
/// The scores of every class sampled once at the nodes of a regular grid (laid out as in
/// <see cref="SampledGrid"/>), so a classifier that is costly to evaluate, such as a network, runs
/// once per node however many regions and boundaries are drawn from it.
/// </summary>
public sealed class ClassScoreGrid
{
    private readonly double[] _scores;  // the k scores of node (i, j) start at (j·(Columns + 1) + i)·k
    private readonly int[] _winners;

    private ClassScoreGrid(Interval x, Interval y, int columns, int rows, int classes, double[] scores)
    {
        X = x; Y = y; Columns = columns; Rows = rows; Classes = classes; _scores = scores;
        _winners = new int[(columns + 1) * (rows + 1)];
        for (var n = 0; n < _winners.Length; n++) _winners[n] = Best(scores.AsSpan(n * classes, classes));
    }

    public Interval X { get; }
    public Interval Y { get; }
    public int Columns { get; }
    public int Rows { get; }
    public int Classes { get; }

    public double NodeX(int i) => X.Min + X.Length * i / Columns;
    public double NodeY(int j) => Y.Min + Y.Length * j / Rows;

    /// <summary>The scores at node (i, j), one per class.</summary>
    public ReadOnlySpan<double> Scores(int i, int j) => _scores.AsSpan((j * (Columns + 1) + i) * Classes, Classes);

    /// <summary>The class with the largest score at node (i, j); of equal scores, the first.</summary>
    public int Winner(int i, int j) => _winners[j * (Columns + 1) + i];

    /// <summary>
    /// Evaluates the scores at every node, in row order, on the calling thread: a classifier need
    /// not be thread-safe. Scores that are not finite are held at the finite extremes (a score that
    /// is not a number at the lowest), so they still rank and interpolate.
    /// </summary>
    public static ClassScoreGrid Sample(ClassScores scores, int classes, Interval x, Interval y, int columns, int rows)
    {
        if (columns < 1 || rows < 1) throw new ArgumentOutOfRangeException(nameof(columns), "a grid needs at least one cell each way");
        if (classes < 1) throw new ArgumentOutOfRangeException(nameof(classes), "a classifier needs at least one class");
        var values = new double[(columns + 1) * (rows + 1) * classes];
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (var j = 0; j <= rows; j++)
            for (var i = 0; i <= columns; i++)
            {
                var node = values.AsSpan((j * (columns + 1) + i) * classes, classes);
                scores(x.Min + x.Length * i / columns, y.Min + y.Length * j / rows, node);
                foreach (var v in node)
                    if (double.IsFinite(v)) { min = Math.Min(min, v); max = Math.Max(max, v); }
            }
        if (min > max) { min = 0; max = 0; }
        for (var n = 0; n < values.Length; n++)
            if (!double.IsFinite(values[n])) values[n] = double.IsPositiveInfinity(values[n]) ? max : min;
        return new ClassScoreGrid(x, y, columns, rows, classes, values);
    }

    /// <summary>The index of the largest score; of equal ones, the first.</summary>
    public static int Best(ReadOnlySpan<double> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
            if (scores[c] > scores[best]) best = c;
        return best;
    }
}
