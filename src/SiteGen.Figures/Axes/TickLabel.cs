using System.Globalization;
using System.Text;

namespace SiteGen.Figures.Axes;

/// <summary>
/// Writes the numbers of an axis as a typesetter would: a true minus sign (U+2212), no "−0", no
/// binary noise, one number of decimals for every label of the axis, and very large or small
/// numbers as "2×10⁻³" with superscript exponents.
/// </summary>
public static class TickLabel
{
    public const char Minus = '\u2212';
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const int MaxDecimals = 12;

    /// <summary>Labels for the ticks of one linear axis, all in the same style.</summary>
    public static IReadOnlyList<string> Format(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return [];
        var largest = values.Max(Math.Abs);
        if (NeedsPowerOfTen(largest)) return Scientific(values, largest);
        var decimals = DecimalsFor(values);
        return values.Select(v => Fixed(v, decimals)).ToList();
    }

    /// <summary>Labels for the ticks of a log axis, which sit at powers of ten: "10⁻⁸" … "10⁰".</summary>
    public static IReadOnlyList<string> FormatPowers(IReadOnlyList<double> values) =>
        values.Select(v => Power((int)Math.Round(Math.Log10(v)))).ToList();

    /// <summary>One number with a fixed count of decimals.</summary>
    public static string Fixed(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // drops the sign of −0, so nobody reads "−0"
        var text = rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.Replace('-', Minus);
    }

    /// <summary>A single value, with as few decimals as it needs.</summary>
    public static string Number(double value) => Format([value])[0];

    /// <summary>"10⁴", "10⁻³": ten to an integer power with superscript digits.</summary>
    public static string Power(int exponent) => "10" + Superscript(exponent);

    public static string Superscript(int number)
    {
        var text = new StringBuilder();
        if (number < 0) text.Append('⁻');
        foreach (var digit in Math.Abs(number).ToString(CultureInfo.InvariantCulture)) text.Append(Superscripts[digit - '0']);
        return text.ToString();
    }

    /// <summary>The fewest decimals that write every value exactly (up to float noise).</summary>
    public static int DecimalsFor(IReadOnlyList<double> values)
    {
        var largest = values.Max(Math.Abs);
        var tolerance = Math.Max(largest, 1e-300) * 1e-9;
        for (var decimals = 0; decimals < MaxDecimals; decimals++)
        {
            if (values.All(v => Math.Abs(Math.Round(v, decimals) - v) <= tolerance)) return decimals;
        }
        return MaxDecimals;
    }

    private static bool NeedsPowerOfTen(double largest) => largest >= 1e5 || (largest > 0 && largest < 1e-3);

    // Each label carries its own power of ten ("2×10⁻³") rather than a shared offset that a reader can miss.
    private static IReadOnlyList<string> Scientific(IReadOnlyList<double> values, double largest)
    {
        var parts = values.Select(v => v == 0 ? (Mantissa: 0.0, Exponent: 0) : Split(v)).ToList();
        var mantissas = parts.Where(p => p.Mantissa != 0).Select(p => p.Mantissa).ToList();
        var decimals = mantissas.Count == 0 ? 0 : DecimalsFor(mantissas);
        return parts.Select(p => p.Mantissa == 0 ? "0" : ScientificLabel(p.Mantissa, p.Exponent, decimals)).ToList();
    }

    private static (double Mantissa, int Exponent) Split(double value)
    {
        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var mantissa = Math.Round(value / Math.Pow(10, exponent), 9);
        if (Math.Abs(mantissa) >= 10) { mantissa /= 10; exponent++; }
        return (mantissa, exponent);
    }

    private static string ScientificLabel(double mantissa, int exponent, int decimals)
    {
        var power = Power(exponent);
        if (Math.Abs(mantissa) == 1 && decimals == 0) return mantissa < 0 ? Minus + power : power;
        return Fixed(mantissa, decimals) + "×" + power;
    }
}
