namespace SiteGen.Figures.Sampling;

/// <summary>
/// Chooses where to evaluate y = f(x) so the drawn polyline is indistinguishable from the
/// curve: a uniform grid first, then more points only where the curve bends by more than a tenth
/// of a pixel. Kinks (relu at 0) are found exactly, jumps come out as vertical steps, and poles
/// and undefined stretches split the curve into pieces.
/// </summary>
public sealed class AdaptiveSampler
{
    /// <summary>Intervals of the starting grid across the figure.</summary>
    public const int GridIntervals = 200;
    /// <summary>How far, in pixels, the curve may stray from a straight segment.</summary>
    public const double Tolerance = 0.1;
    /// <summary>How many halvings of a grid interval the bending test may ask for.</summary>
    private const int MaxBendDepth = 10;
    /// <summary>A vertical step larger than this many pixels at the finest scale is a jump.</summary>
    private const double JumpPixels = 0.5;
    /// <summary>Evaluations allowed per grid interval, so wild functions such as sin(1/x) stay bounded.</summary>
    private const int BudgetPerInterval = 60;

    private readonly Func<double, double> _f;
    private readonly SampleWindow _window;
    private readonly SampledCurve _curve = new();
    private readonly double _finest;
    private readonly int _budget;
    private int _evaluations;

    private AdaptiveSampler(Func<double, double> f, SampleWindow window)
    {
        _f = f;
        _window = window;
        // Kinks and jumps are located to a ten-billionth of the range: far below a pixel, far above rounding.
        _finest = window.X.Length * 1e-10;
        _budget = BudgetPerInterval * GridIntervals;
    }

    /// <summary>The pieces of y = f(x) across <paramref name="window"/>'s x range.</summary>
    public static SampledCurve Sample(Func<double, double> f, SampleWindow window)
    {
        var sampler = new AdaptiveSampler(f, window);
        sampler.Run();
        sampler._curve.Evaluations = sampler._evaluations;
        return sampler._curve;
    }

    internal double Evaluate(double x)
    {
        _evaluations++;
        return _f(x);
    }

    private bool OverBudget => _evaluations >= _budget;

    private void Run()
    {
        var (min, max) = (_window.X.Min, _window.X.Max);
        var xs = Enumerable.Range(0, GridIntervals + 1).Select(i => i == GridIntervals ? max : min + (max - min) * i / GridIntervals).ToArray();
        var ys = xs.Select(Evaluate).ToArray();
        // An explicit stack, left half on top, visits intervals from left to right without recursion.
        var stack = new Stack<Segment>();
        for (var i = GridIntervals - 1; i >= 0; i--) stack.Push(new Segment(xs[i], ys[i], xs[i + 1], ys[i + 1], 0));
        _curve.Add(xs[0], ys[0]);
        while (stack.Count > 0) Refine(stack.Pop(), stack);
    }

    private void Refine(Segment s, Stack<Segment> stack)
    {
        var finiteA = double.IsFinite(s.FA);
        var finiteB = double.IsFinite(s.FB);
        if (!finiteA && !finiteB) { _curve.Break(); return; }
        var narrow = s.B - s.A <= _finest || OverBudget;
        if (finiteA != finiteB)
        {
            // The edge of the domain, or a pole: close in on it so the curve runs right up to it.
            if (narrow) { _curve.Break(); _curve.Add(s.B, s.FB); return; }
            Split(s, stack);
            return;
        }
        if (narrow || s.Depth >= MaxBendDepth || IsSteepSliver(s)) { Finish(s); return; }
        var m = s.Mid;
        var fm = s.KnownMid ?? Evaluate(m);
        if (!double.IsFinite(fm)) { Split(s with { KnownMid = fm }, stack); return; }
        if (Bend(s.A, s.FA, m, fm, s.B, s.FB) <= Tolerance) { _curve.Add(s.B, s.FB); return; }
        var q1 = (s.A + m) / 2;
        var q3 = (m + s.B) / 2;
        var f1 = Evaluate(q1);
        var f3 = Evaluate(q3);
        if (LooksLikeKink(s, m, fm, q1, f1, q3, f3) && new KinkFinder(this, _window, _finest).Find(s.A, s.FA, q1, f1, q3, f3, s.B, s.FB) is { } kink)
        {
            stack.Push(new Segment(kink.X, kink.Y, s.B, s.FB, s.Depth + 1));
            stack.Push(new Segment(s.A, s.FA, kink.X, kink.Y, s.Depth + 1));
            return;
        }
        stack.Push(new Segment(m, fm, s.B, s.FB, s.Depth + 1, double.IsFinite(f3) ? f3 : null));
        stack.Push(new Segment(s.A, s.FA, m, fm, s.Depth + 1, double.IsFinite(f1) ? f1 : null));
    }

    private void Split(Segment s, Stack<Segment> stack)
    {
        var m = s.Mid;
        var fm = s.KnownMid ?? Evaluate(m);
        stack.Push(new Segment(m, fm, s.B, s.FB, s.Depth + 1));
        stack.Push(new Segment(s.A, s.FA, m, fm, s.Depth + 1));
    }

    // At the finest scale a segment that still rises steeply holds a jump, a pole or a steep
    // but continuous stretch; bisection tells them apart.
    private void Finish(Segment s)
    {
        if (OverBudget || Math.Abs(_window.ScreenY(s.FB) - _window.ScreenY(s.FA)) <= JumpPixels)
        {
            _curve.Add(s.B, s.FB);
            return;
        }
        var (a, fa, b, fb) = (s.A, s.FA, s.B, s.FB);
        while (b - a > _finest && !OverBudget)
        {
            var m = (a + b) / 2;
            var fm = Evaluate(m);
            if (!double.IsFinite(fm)) { _curve.Add(a, fa); _curve.Break(); _curve.Add(s.B, s.FB); return; }
            if (Math.Abs(fm - fa) >= Math.Abs(fb - fm)) (b, fb) = (m, fm);
            else (a, fa) = (m, fm);
        }
        if (Math.Abs(_window.ScreenY(fb) - _window.ScreenY(fa)) > JumpPixels)
        {
            _curve.Add(a, fa);
            if (_window.OnOppositeSidesOutside(fa, fb)) _curve.Break();
            _curve.Add(b, fb);
        }
        _curve.Add(s.B, s.FB);
    }

    // Seen from the side, a jump is a near-vertical chord that every midpoint lies close to; a
    // chord this narrow and this tall needs the jump test, not the bending test.
    private bool IsSteepSliver(Segment s) =>
        _window.ScreenX(s.B) - _window.ScreenX(s.A) < JumpPixels &&
        Math.Abs(_window.ScreenY(s.FB) - _window.ScreenY(s.FA)) > JumpPixels;

    /// <summary>How far, in pixels, the middle point lies from the chord of the segment.</summary>
    private double Bend(double a, double fa, double m, double fm, double b, double fb)
    {
        var (ax, ay) = (_window.ScreenX(a), _window.ScreenY(fa));
        var (mx, my) = (_window.ScreenX(m), _window.ScreenY(fm));
        var (bx, by) = (_window.ScreenX(b), _window.ScreenY(fb));
        var (dx, dy) = (bx - ax, by - ay);
        var length = Math.Sqrt(dx * dx + dy * dy);
        if (length == 0) return Math.Sqrt((mx - ax) * (mx - ax) + (my - ay) * (my - ay));
        return Math.Abs(dx * (my - ay) - dy * (mx - ax)) / length;
    }

    // A kink turns all at once: of the slope change across the four quarters, nearly all happens
    // in one place, and the outer quarters are nearly straight lines. A smooth bend spreads it out.
    private bool LooksLikeKink(Segment s, double m, double fm, double q1, double f1, double q3, double f3)
    {
        if (!double.IsFinite(f1) || !double.IsFinite(f3)) return false;
        double Slope(double x0, double y0, double x1, double y1) =>
            (_window.ScreenY(y1) - _window.ScreenY(y0)) / (_window.ScreenX(x1) - _window.ScreenX(x0));
        var s1 = Slope(s.A, s.FA, q1, f1);
        var s2 = Slope(q1, f1, m, fm);
        var s3 = Slope(m, fm, q3, f3);
        var s4 = Slope(q3, f3, s.B, s.FB);
        var total = Math.Abs(s4 - s1);
        if (total < 1e-3) return false;
        var (d1, d2, d3) = (Math.Abs(s2 - s1), Math.Abs(s3 - s2), Math.Abs(s4 - s3));
        var oneWay = d1 + d2 + d3 <= total * 1.05;
        return oneWay && Math.Min(d1, d3) <= total * 0.05;
    }

    private readonly record struct Segment(double A, double FA, double B, double FB, int Depth, double? KnownMid = null)
    {
        public double Mid => (A + B) / 2;
    }
}
