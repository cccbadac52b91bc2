namespace SiteGen.Figures.Sampling;

/// <summary>
/// The points of a curve in order, split into pieces wherever the function is undefined or
/// runs off to infinity in opposite directions, so no line is drawn across a gap or a pole.
/// </summary>
public sealed class SampledCurve
{
    private readonly List<List<(double X, double Y)>> _pieces = [];
    private List<(double X, double Y)>? _current;

    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Pieces => _pieces;

    /// <summary>Every point, across pieces.</summary>
    public int PointCount => _pieces.Sum(p => p.Count);

    /// <summary>How many times the function was evaluated to trace the curve.</summary>
    public int Evaluations { get; internal set; }

    public void Add(double x, double y)
    {
        if (!double.IsFinite(y)) { Break(); return; }
        if (_current is null)
        {
            _current = [];
            _pieces.Add(_current);
        }
        if (_current.Count > 0 && _current[^1] == (x, y)) return;
        _current.Add((x, y));
    }

    /// <summary>Ends the current piece; the next point starts a new one.</summary>
    public void Break() => _current = null;
}
