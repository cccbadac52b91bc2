using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Axes;

/// <summary>
/// An axis range chosen from the data: everything shown with a little air around it, ends on
/// round numbers, and a few wild values near a pole not allowed to flatten the rest.
/// </summary>
public static class AxisRange
{
    /// <summary>Air on each side, as a fraction of the data's span.</summary>
    private const double Padding = 0.05;

    /// <summary>
    /// A linear range for <paramref name="values"/>. <paramref name="robust"/> values (a sampled curve)
    /// may lose their extreme few percent when those lie far out; <paramref name="exact"/> ones
    /// (marked points, guides) are always shown.
    /// </summary>
    public static Interval Linear(IEnumerable<double> robust, IEnumerable<double>? exact = null)
    {
        var core = WithoutOutliers(robust.Where(double.IsFinite).ToList());
        var all = core.Concat((exact ?? []).Where(double.IsFinite)).ToList();
        if (all.Count == 0) return new Interval(0, 1);
        var (min, max) = (all.Min(), all.Max());
        if (max - min <= Math.Abs(max) * 1e-12) return new Interval(min, max); // the frame widens a flat range
        var padded = new Interval(min - Padding * (max - min), max + Padding * (max - min));
        // Ends on round numbers a fraction of a tick step apart, without the wasted band a whole step can leave.
        return NiceTicks.Snap(padded, NiceTicks.StepAtLeast(padded.Length / 40));
    }

    /// <summary>
    /// A log range for positive <paramref name="values"/>: from a decade boundary a little below
    /// the smallest (so the smallest bar still shows) to a little above the largest.
    /// </summary>
    public static Interval Log(IEnumerable<double> values, bool fromDecade = true)
    {
        var positive = values.Where(v => v > 0 && double.IsFinite(v)).ToList();
        if (positive.Count == 0) return new Interval(0.1, 10);
        var low = Math.Log10(positive.Min());
        var high = Math.Log10(positive.Max());
        var bottom = fromDecade ? Math.Floor(low - 0.3) : low - 0.3;
        var top = Math.Max(high + 0.25, bottom + 1);
        return new Interval(Math.Pow(10, bottom), Math.Pow(10, top));
    }

    // A few percent of the values far beyond the bulk are the steep flanks of a pole.
    private static IReadOnlyList<double> WithoutOutliers(List<double> values)
    {
        if (values.Count < 20) return values;
        values.Sort();
        var lowCore = values[(int)(values.Count * 0.02)];
        var highCore = values[(int)Math.Ceiling(values.Count * 0.98) - 1];
        var span = Math.Max(highCore - lowCore, 1e-12);
        return values.Where(v => v >= lowCore - span && v <= highCore + span).ToList();
    }
}
