namespace SiteGen.Figures.Sampling;

/// <summary>A jump of a sampled curve: the x interval that brackets it and the values on its two sides.</summary>
public readonly record struct Jump(double LeftX, double RightX, double Left, double Right)
{
    /// <summary>
    /// Where the jump is: the simplest decimal inside the bracket the sampler narrowed it to,
    /// so relu′'s jump is at 0 and the function can be asked its value exactly there.
    /// </summary>
    public double X
    {
        get
        {
            var middle = (LeftX + RightX) / 2;
            for (var digits = 0; digits <= 15; digits++)
            {
                var rounded = Math.Round(middle, digits);
                if (rounded >= LeftX && rounded <= RightX) return rounded;
            }
            return middle;
        }
    }
}

/// <summary>Finds where a sampled curve jumps, and the pieces between its jumps.</summary>
public static class Jumps
{
    /// <summary>
    /// Splits each piece where two neighbouring points are closer in x than a millionth of the
    /// window yet more than a pixel apart in y: the sampler's vertical join across a jump.
    /// </summary>
    public static (List<IReadOnlyList<(double X, double Y)>> Pieces, List<Jump> Jumps) Split(SampledCurve curve, SampleWindow window)
    {
        var pieces = new List<IReadOnlyList<(double X, double Y)>>();
        var jumps = new List<Jump>();
        var pixelsPerY = window.Height / window.Y.Length;
        foreach (var piece in curve.Pieces)
        {
            var current = new List<(double X, double Y)>();
            for (var i = 0; i < piece.Count; i++)
            {
                if (i > 0 && piece[i].X - piece[i - 1].X < 1e-6 * window.X.Length && Math.Abs(piece[i].Y - piece[i - 1].Y) * pixelsPerY > 1)
                {
                    jumps.Add(new Jump(piece[i - 1].X, piece[i].X, piece[i - 1].Y, piece[i].Y));
                    pieces.Add(current);
                    current = [];
                }
                current.Add(piece[i]);
            }
            pieces.Add(current);
        }
        return (pieces, jumps);
    }
}
