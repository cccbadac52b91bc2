using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Axes;

/// <summary>
/// Where an axis puts its ticks: at round numbers (1, 2, 2.5 or 5 × 10ᵏ) on a linear axis and at
/// powers of ten on a log axis, as many as fit without their labels touching. An axis skips
/// 2.5, 0.25, … (but not 25): they cost every label of the axis a decimal ("−2.5, 0.0, 2.5")
/// where 2 or 5 write plainer numbers.
/// </summary>
public static class NiceTicks
{
    private static readonly double[] Mantissas = [1, 2, 2.5, 5];

    /// <summary>The round step nearest above <paramref name="rough"/>: 1, 2, 2.5 or 5 × 10ᵏ.</summary>
    public static double StepAtLeast(double rough)
    {
        if (!(rough > 0) || double.IsInfinity(rough)) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var mantissa in Mantissas)
        {
            if (mantissa * power >= rough * (1 - 1e-12)) return mantissa * power;
        }
        return 10 * power;
    }

    /// <summary>The next round step above <paramref name="step"/>.</summary>
    public static double NextStep(double step) => StepAtLeast(step * (1 + 1e-9));

    /// <summary>Every multiple of <paramref name="step"/> inside the range, free of float noise.</summary>
    public static IReadOnlyList<double> Multiples(Interval range, double step)
    {
        var slack = step * 1e-9;
        var first = (long)Math.Ceiling((range.Min - slack) / step);
        var last = (long)Math.Floor((range.Max + slack) / step);
        var decimals = Math.Clamp(1 - (int)Math.Floor(Math.Log10(step)), 0, 15);
        var ticks = new List<double>();
        for (var i = first; i <= last && ticks.Count < 1000; i++)
        {
            var value = Math.Round(i * step, decimals);
            ticks.Add(value == 0 ? 0 : value);
        }
        return ticks;
    }

    /// <summary>
    /// Linear ticks for an axis <paramref name="length"/> pixels long: about one tick per
    /// <paramref name="spacing"/> pixels, then fewer until <paramref name="fits"/> accepts the labels.
    /// </summary>
    public static IReadOnlyList<double> Linear(Interval range, double length, double spacing, Func<IReadOnlyList<double>, bool> fits)
    {
        if (!(range.Length > 0)) return [range.Min];
        var target = Math.Max(2, length / spacing);
        var step = StepAtLeast(range.Length / target);
        // A step of 2 instead of 2.5 is at most a quarter denser than aimed for.
        if (AddsDecimal(step)) step *= 0.8;
        for (var attempt = 0; attempt < 24; attempt++, step = NextAxisStep(step))
        {
            var ticks = Multiples(range, step);
            if (ticks.Count <= 2 || fits(ticks)) return ticks;
        }
        return Multiples(range, step);
    }

    private static double NextAxisStep(double step)
    {
        var next = NextStep(step);
        return AddsDecimal(next) ? NextStep(next) : next;
    }

    /// <summary>Whether the step is 2.5 × 10ᵏ below 10, whose labels need one decimal more than 2 or 5 would.</summary>
    private static bool AddsDecimal(double step)
    {
        if (!(step > 0) || step >= 10) return false;
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        return Math.Abs(mantissa - 2.5) < 1e-9;
    }

    /// <summary>
    /// Powers of ten inside a log range; every second (third, …) decade when labels would crowd.
    /// </summary>
    public static IReadOnlyList<double> Log(Interval range, Func<IReadOnlyList<double>, bool> fits)
    {
        var low = (int)Math.Ceiling(Math.Log10(range.Min) - 1e-9);
        var high = (int)Math.Floor(Math.Log10(range.Max) + 1e-9);
        foreach (var every in new[] { 1, 2, 3, 4, 5, 10, 20 })
        {
            var ticks = Decades(low, high, every);
            if (ticks.Count <= 2 || fits(ticks)) return ticks;
        }
        return Decades(low, high, 50);
    }

    /// <summary>The unlabelled minor ticks of a log axis: 2, 3, … 9 × 10ᵏ.</summary>
    public static IReadOnlyList<double> LogMinor(Interval range)
    {
        var ticks = new List<double>();
        for (var k = (int)Math.Floor(Math.Log10(range.Min)); k <= (int)Math.Ceiling(Math.Log10(range.Max)); k++)
        {
            for (var m = 2; m <= 9; m++)
            {
                var value = m * Math.Pow(10, k);
                if (range.Contains(value)) ticks.Add(value);
            }
        }
        return ticks;
    }

    /// <summary>A range widened outward to multiples of <paramref name="step"/>.</summary>
    public static Interval Snap(Interval range, double step) =>
        new(Math.Floor(range.Min / step + 1e-9) * step, Math.Ceiling(range.Max / step - 1e-9) * step);

    // Decades are aligned to multiples of the stride (10⁻⁸, 10⁻⁶, …, 10⁰), so 10⁰ stays labelled when it is in range.
    private static IReadOnlyList<double> Decades(int low, int high, int every)
    {
        var ticks = new List<double>();
        for (var k = low; k <= high; k++)
        {
            if (((k % every) + every) % every == 0) ticks.Add(Math.Pow(10, k));
        }
        return ticks;
    }
}
