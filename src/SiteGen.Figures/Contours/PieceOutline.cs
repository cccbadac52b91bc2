namespace SiteGen.Figures.Contours;

/// <summary>
/// The outline of one class's pieces, merged as they are added: pieces run counter-clockwise, so
/// an edge two pieces share comes once in each direction and cancels, leaving the edges between
/// the class and the rest, with the class on their left. Shared edges must have exactly equal
/// ends, which <see cref="ClassPartition"/> sees to.
/// </summary>
internal sealed class PieceOutline
{
    private readonly List<Edge> _edges = [];
    /// <summary>Each live edge's position in <see cref="_edges"/>, which keeps the order edges came in.</summary>
    private readonly Dictionary<(Spot From, Spot To), int> _live = [];

    /// <summary>An edge of the outline and the class across it (−1: not known).</summary>
    public readonly record struct Edge(Spot From, Spot To, int Across);

    public void Add(IReadOnlyList<Vertex> piece)
    {
        for (var n = 0; n < piece.Count; n++)
        {
            var (from, to) = (piece[n].At, piece[(n + 1) % piece.Count].At);
            if (from == to || _live.Remove((to, from))) continue;
            if (_live.TryAdd((from, to), _edges.Count)) _edges.Add(new Edge(from, to, piece[n].Across));
        }
    }

    public bool Has(Spot from, Spot to) => _live.ContainsKey((from, to));

    /// <summary>The outline as closed loops, each ending on its first point.</summary>
    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Loops() => Chain(Live().ToList());

    /// <summary>The edges <paramref name="keep"/> accepts, joined into lines (a closed one ends on its first point).</summary>
    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Lines(Func<Edge, bool> keep) => Chain(Live().Where(keep).ToList());

    private IEnumerable<Edge> Live()
    {
        for (var n = 0; n < _edges.Count; n++)
            if (_live.TryGetValue((_edges[n].From, _edges[n].To), out var at) && at == n) yield return _edges[n];
    }

    /// <summary>
    /// Joins edges end to start: first the chains that begin where no edge ends, then the loops
    /// left over. Where outlines touch at a point, a walk takes the first edge leaving it.
    /// </summary>
    private static List<IReadOnlyList<(double X, double Y)>> Chain(List<Edge> edges)
    {
        var leaving = new Dictionary<Spot, List<int>>();
        var arriving = new HashSet<Spot>();
        for (var n = 0; n < edges.Count; n++)
        {
            if (!leaving.TryGetValue(edges[n].From, out var list)) leaving[edges[n].From] = list = [];
            list.Add(n);
            arriving.Add(edges[n].To);
        }
        var used = new bool[edges.Count];
        var chains = new List<IReadOnlyList<(double X, double Y)>>();
        foreach (var open in new[] { true, false })
            for (var first = 0; first < edges.Count; first++)
            {
                if (used[first] || (open && arriving.Contains(edges[first].From))) continue;
                var points = new List<(double X, double Y)> { (edges[first].From.X, edges[first].From.Y) };
                for (var e = first; e >= 0; e = Unused(leaving, edges[e].To, used))
                {
                    used[e] = true;
                    points.Add((edges[e].To.X, edges[e].To.Y));
                    if (edges[e].To == edges[first].From) break;
                }
                chains.Add(points);
            }
        return chains;
    }

    private static int Unused(Dictionary<Spot, List<int>> leaving, Spot at, bool[] used) =>
        leaving.TryGetValue(at, out var list) ? list.FirstOrDefault(n => !used[n], -1) : -1;
}
