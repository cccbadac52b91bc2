namespace SiteGen.Figures.Sampling;

/// <summary>
/// Finds where a curve made of two smooth pieces turns a corner, as relu does at 0: extend the
/// straight stretches on either side until they meet, evaluate there, and close in around the
/// meeting point. A piecewise-linear function is solved in one step; curved pieces converge
/// about fourfold per round.
/// </summary>
internal sealed class KinkFinder(AdaptiveSampler sampler, SampleWindow window, double finest)
{
    private const int MaxRounds = 40;

    /// <summary>The corner inside (a, b), or null when the two sides do not meet like a corner.</summary>
    public (double X, double Y)? Find(double a, double fa, double q1, double f1, double q3, double f3, double b, double fb)
    {
        double sLeft = 0, sRight = 0, c = double.NaN, fc = double.NaN;
        for (var round = 0; round < MaxRounds; round++)
        {
            sLeft = (f1 - fa) / (q1 - a);
            sRight = (fb - f3) / (b - q3);
            if (!double.IsFinite(sLeft) || !double.IsFinite(sRight) || sLeft == sRight) return null;
            c = (fb - sRight * b - fa + sLeft * a) / (sLeft - sRight);
            if (!(c > a && c < b)) return null;
            fc = sampler.Evaluate(c);
            if (!double.IsFinite(fc)) return null;
            var onBothLines = Near(fc, fa + sLeft * (c - a)) && Near(fc, fb + sRight * (c - b));
            if (onBothLines || b - a <= finest) break;
            // Close in on the meeting point and measure the two sides again.
            var half = (b - a) / 8;
            (a, b) = (Math.Max(a, c - half), Math.Min(b, c + half));
            q1 = a + (b - a) / 4;
            q3 = b - (b - a) / 4;
            (fa, f1, f3, fb) = (sampler.Evaluate(a), sampler.Evaluate(q1), sampler.Evaluate(q3), sampler.Evaluate(b));
        }
        // A real corner keeps its turn however closely we look; a smooth bend straightens out.
        var turn = Math.Abs(sLeft - sRight) * window.Height / window.Y.Length * window.X.Length / window.Width;
        return turn > 0.02 ? (c, fc) : null;
    }

    private bool Near(double value, double expected) => Math.Abs(value - expected) <= window.Y.Length * 1e-9;
}
