using System.Globalization;
using SiteGen.Compute.Values;

namespace SiteGen.Directives.Compute;

/// <summary>
/// Numbers as readers see them: a chosen number of significant digits, no trailing zeros,
/// a true minus sign, and powers of ten written out instead of "E-07".
/// </summary>
public static class NumberFormat
{
    public const int DefaultDigits = 6;

    public static string Value(Tensor value, int digits) => value.Format(v => Number(v, digits));

    public static string Number(double value, int digits)
    {
        if (value == 0) return "0";
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "∞" : "−∞";
        var magnitude = Math.Abs(value);
        if (magnitude is >= 1e-4 and < 1e15)
        {
            var rounded = double.Parse(value.ToString("G" + digits, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var text = rounded.ToString("0.###################", CultureInfo.InvariantCulture);
            return text.Replace('-', '−');
        }
        var exponent = (int)Math.Floor(Math.Log10(magnitude));
        var mantissa = value / Math.Pow(10, exponent);
        var mantissaText = Number(mantissa, digits);
        if (mantissaText is "10" or "−10") (mantissaText, exponent) = (mantissaText.Replace("10", "1"), exponent + 1);
        return $"{mantissaText} × 10{Superscript(exponent)}";
    }

    private static string Superscript(int exponent) => string.Concat(exponent.ToString(CultureInfo.InvariantCulture).Select(c => c switch
    {
        '-' => '⁻', '0' => '⁰', '1' => '¹', '2' => '²', '3' => '³', '4' => '⁴', '5' => '⁵', '6' => '⁶', '7' => '⁷', '8' => '⁸', _ => '⁹',
    }));
}
