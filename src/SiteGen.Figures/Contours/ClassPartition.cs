namespace SiteGen.Figures.Contours;

/// <summary>
/// The rectangle split among the classes by their largest score, in data coordinates (y up).
/// <see cref="Regions"/> holds each class's loops, to fill with the nonzero rule (outer loops
/// counter-clockwise, holes clockwise); <see cref="Boundaries"/> holds every line between two
/// classes once, each with the lower class on its left.
/// </summary>
public sealed record ClassPartition(
    IReadOnlyList<IReadOnlyList<IReadOnlyList<(double X, double Y)>>> Regions,
    IReadOnlyList<IReadOnlyList<(double X, double Y)>> Boundaries)
{
    /// <summary>
    /// Splits a sampled grid. Each cell is cut into two triangles, over which every score is taken
    /// as linear between the corners. The largest of linear functions gives each class a convex
    /// piece of the triangle, the triangle clipped by the half-planes where the class's score is
    /// at least each other's, and the pieces tile the triangle exactly. So unlike per-class
    /// contours, regions neither overlap nor leave slivers between them, and where three classes
    /// meet their boundaries meet in one point.
    /// </summary>
    public static ClassPartition Of(ClassScoreGrid grid)
    {
        var outlines = Enumerable.Range(0, grid.Classes).Select(_ => new PieceOutline()).ToArray();
        for (var j = 0; j < grid.Rows; j++)
            for (var i = 0; i < grid.Columns; i++)
            {
                // Counter-clockwise (y up), both triangles share the diagonal from (i, j) to (i + 1, j + 1).
                AddTriangle(grid, outlines, (i, j), (i + 1, j), (i + 1, j + 1));
                AddTriangle(grid, outlines, (i, j), (i + 1, j + 1), (i, j + 1));
            }
        var regions = outlines.Select(o => o.Loops()).ToList();
        var border = new GridBorder(grid.NodeX(0), grid.NodeX(grid.Columns), grid.NodeY(0), grid.NodeY(grid.Rows));
        return new ClassPartition(regions, Lines(outlines, border));
    }

    private static void AddTriangle(ClassScoreGrid grid, PieceOutline[] outlines, (int I, int J) a, (int I, int J) b, (int I, int J) c)
    {
        var winner = grid.Winner(a.I, a.J);
        // Linear scores that rank one class first at all three corners rank it first all over the triangle.
        if (grid.Winner(b.I, b.J) == winner && grid.Winner(c.I, c.J) == winner)
        {
            outlines[winner].Add([Corner(grid, a), Corner(grid, b), Corner(grid, c)]);
            return;
        }
        List<Vertex> triangle = [Corner(grid, a), Corner(grid, b), Corner(grid, c)];
        for (var k = 0; k < grid.Classes; k++)
        {
            var piece = triangle;
            for (var other = 0; other < grid.Classes && piece.Count >= 3; other++)
                if (other != k) piece = Clip(piece, k, other);
            if (piece.Count >= 3) outlines[k].Add(piece);
        }
    }

    private static Vertex Corner(ClassScoreGrid grid, (int I, int J) node) =>
        new(new Spot(grid.NodeX(node.I), grid.NodeY(node.J)), grid.Scores(node.I, node.J).ToArray(), Across: -1);

    /// <summary>
    /// The part of a convex piece where class <paramref name="k"/> scores at least as well as
    /// <paramref name="other"/> (better, when the other comes first: ties go to the first class).
    /// Each vertex records the class across the edge it starts, −1 while that edge lies along the triangle.
    /// </summary>
    private static List<Vertex> Clip(List<Vertex> piece, int k, int other)
    {
        bool Inside(Vertex v) => other < k ? v.Scores[k] > v.Scores[other] : v.Scores[k] >= v.Scores[other];
        var clipped = new List<Vertex>(piece.Count + 1);
        for (var n = 0; n < piece.Count; n++)
        {
            Vertex from = piece[n], to = piece[(n + 1) % piece.Count];
            bool fromInside = Inside(from), toInside = Inside(to);
            if (fromInside) clipped.Add(from);
            if (fromInside == toInside) continue;
            // Leaving, the new edge runs along the clip line with the other class across it; entering, the old edge resumes.
            clipped.Add(Crossing(from, to, k, other) with { Across = fromInside ? other : from.Across });
        }
        return clipped;
    }

    /// <summary>
    /// Where the scores of two classes are equal along an edge. It is computed from the edge's
    /// ends in a fixed order, so two triangles sharing the edge find the very same point and their
    /// pieces' shared edges cancel exactly.
    /// </summary>
    private static Vertex Crossing(Vertex a, Vertex b, int k, int other)
    {
        if (b.At.X < a.At.X || (b.At.X == a.At.X && b.At.Y < a.At.Y)) (a, b) = (b, a);
        double ga = a.Scores[k] - a.Scores[other], gb = b.Scores[k] - b.Scores[other];
        var t = ga / (ga - gb);
        var scores = new double[a.Scores.Length];
        for (var c = 0; c < scores.Length; c++) scores[c] = a.Scores[c] + t * (b.Scores[c] - a.Scores[c]);
        return new Vertex(new Spot(a.At.X + t * (b.At.X - a.At.X), a.At.Y + t * (b.At.Y - a.At.Y)), scores, -1);
    }

    /// <summary>
    /// The lines between classes: the edges of each class's outline that are not on the border and
    /// have a later class across them, so each line is taken once.
    /// </summary>
    private static List<IReadOnlyList<(double X, double Y)>> Lines(PieceOutline[] outlines, GridBorder border)
    {
        var lines = new List<IReadOnlyList<(double X, double Y)>>();
        for (var k = 0; k < outlines.Length; k++)
        {
            var k1 = k;
            // An edge along a triangle's side does not know what lies across; the later class's outline has its reverse.
            lines.AddRange(outlines[k].Lines(e => !border.Holds(e.From, e.To) &&
                (e.Across > k1 || (e.Across < 0 && outlines.Skip(k1 + 1).Any(o => o.Has(e.To, e.From))))));
        }
        return lines;
    }

    private readonly record struct GridBorder(double Left, double Right, double Bottom, double Top)
    {
        public bool Holds(Spot a, Spot b) =>
            (a.X == Left && b.X == Left) || (a.X == Right && b.X == Right) || (a.Y == Bottom && b.Y == Bottom) || (a.Y == Top && b.Y == Top);
    }
}

/// <summary>A point of the partition; −0 is stored as 0, so equal points are equal keys.</summary>
internal readonly record struct Spot
{
    public Spot(double x, double y) => (X, Y) = (x + 0.0, y + 0.0);
    public double X { get; }
    public double Y { get; }
}

/// <summary>A vertex of a piece: where it is, the scores there, and the class across the edge it starts (−1: unknown).</summary>
internal readonly record struct Vertex(Spot At, double[] Scores, int Across);
