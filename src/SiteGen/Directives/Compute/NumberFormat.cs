using System.Globalization;
using SiteGen.Compute.Values;

namespace SiteGen.Directives.Compute;

/// <summary>
/// Numbers as readers see them: a chosen number of significant digits, trailing zeros only where
/// rounding cut digits, a true minus sign, and powers of ten written out instead of "E-07".
/// </summary>
public static class NumberFormat
{
    public const int DefaultDigits = 6;

    /// <summary>Significant digits a reader can be shown: 17 tell every double apart, more would be noise.</summary>
    public const int MinDigits = 1, MaxDigits = 17;

    /// <summary>The `digits` option of the directives that show numbers, refused outside its range rather than clamped.</summary>
    public static readonly Option<int> DigitsOption =
        Option.Integer("digits", "significant digits of the numbers shown", DefaultDigits) with { Range = (MinDigits, MaxDigits) };

    public static string Value(Tensor value, int digits) => value.Format(v => Number(v, digits));

    /// <summary>A number split for display: its sign, its digits, and a power of ten when it needs one.</summary>
    public readonly record struct Parts(bool Negative, string Digits, int? Exponent);

    public static string Number(double value, int digits)
    {
        var parts = Split(value, digits);
        var sign = parts.Negative ? "−" : "";
        return parts.Exponent is { } exponent ? $"{sign}{parts.Digits} × 10{Superscript(exponent)}" : sign + parts.Digits;
    }

    public static Parts Split(double value, int digits)
    {
        if (double.IsNaN(value)) return new(false, "NaN", null);
        if (double.IsInfinity(value)) return new(value < 0, "∞", null);
        var magnitude = Math.Abs(value);
        if (magnitude == 0 || magnitude is >= 1e-4 and < 1e15 && !LosesIntegerDigits(magnitude, digits))
            return new(value < 0, Shown(magnitude, digits, wholeAllowed: false), null);
        var exponent = (int)Math.Floor(Math.Log10(magnitude));
        var mantissa = Shown(magnitude / Math.Pow(10, exponent), digits, wholeAllowed: true);
        if (double.Parse(mantissa, CultureInfo.InvariantCulture) < 10) return new(value < 0, mantissa, exponent);
        // 9.9999 rounds up to 10: write it as 1 × 10 to the next power.
        var next = Math.Pow(10, exponent + 1);
        return new(value < 0, Shown(1, digits, wholeAllowed: true, exact: Math.Abs(magnitude - next) <= 1e-9 * next), exponent + 1);
    }

    /// <summary>
    /// The digits a reader sees. A rounded number never reads as a whole number it is not
    /// (sigmoid(10) to three digits is 0.99995, not 1); and when rounding cut digits that are
    /// really there, its trailing zeros stay, so the precision shows (0.104994 to four digits is
    /// 0.1050, beside 0.1966). A number that rounding leaves as it is, such as 0.25, has no
    /// padding, and neither has one whose cut digits are only the noise of computing it
    /// (<see cref="IsNoise"/>): a difference quotient's error at h = 0.0001 reads 0.0001, not 0.000100000.
    /// </summary>
    private static string Shown(double magnitude, int digits, bool wholeAllowed, bool? exact = null)
    {
        var shown = Rounded(magnitude, digits);
        if (exact ?? IsExact(magnitude, shown, digits)) return shown;
        while (!wholeAllowed && !shown.Contains('.') && digits < MaxDigits) shown = Rounded(magnitude, ++digits);
        if (exact is null && IsNoise(magnitude, shown, digits)) return shown;
        return Padded(shown, digits);
    }

    /// <summary>
    /// Whether the digits are the value, up to the rounding noise of ordinary arithmetic:
    /// 0.30000000000000004 is 0.3, and a difference quotient such as 6.000100000012 is 6.0001.
    /// That noise stays far below a billionth. The test is this strict wherever a number could
    /// claim more than it is: a whole number (sigmoid(10) is not 1) and the zeros of integer digits.
    /// </summary>
    private static bool IsExact(double magnitude, string shown, int digits) => CutsLessThan(1e-9, magnitude, shown, digits);

    /// <summary>
    /// Whether what rounding cut is noise rather than digits, so that no trailing zeros mark it:
    /// less than a millionth of the value. A difference of nearly equal numbers keeps only the
    /// digits they do not share, so its noise grows far past a billionth: (f(3 + h) − f(3)) / h − 6
    /// at h = 0.0001 is 0.000100000012 in double precision where the exact value is 0.0001, and
    /// zeros there would mark that one row of a column as rounded when its neighbours are not.
    /// Digits a reader can see are larger: 0.104994 to four digits cuts 57 millionths of it.
    /// </summary>
    private static bool IsNoise(double magnitude, string shown, int digits) => CutsLessThan(1e-6, magnitude, shown, digits);

    /// <summary>
    /// Whether rounding to <paramref name="shown"/> cut less than <paramref name="share"/> of the
    /// value, and less than a tenth of the last digit shown: shown to ten digits, a cut in the
    /// tenth digit is one the reader asked to see, however small a share of the value it is.
    /// </summary>
    private static bool CutsLessThan(double share, double magnitude, string shown, int digits)
    {
        var cut = Math.Abs(double.Parse(shown, CultureInfo.InvariantCulture) - magnitude);
        if (cut == 0) return true;
        var lastDigit = Math.Pow(10, Math.Floor(Math.Log10(magnitude)) - digits + 1);
        return cut <= share * magnitude && cut <= 0.1 * lastDigit;
    }

    /// <summary>Zeros after the last digit, up to <paramref name="digits"/> significant digits.</summary>
    private static string Padded(string shown, int digits)
    {
        var significant = shown.Replace(".", "").TrimStart('0').Length;
        if (significant >= digits) return shown;
        return (shown.Contains('.') ? shown : shown + ".") + new string('0', digits - significant);
    }

    /// <summary>
    /// Whether rounding would turn digits before the point into zeros: 1073741824 to six digits
    /// would read 1073740000, a number that looks exact and is not. It is written 1.07374 × 10⁹.
    /// </summary>
    private static bool LosesIntegerDigits(double magnitude, int digits) =>
        magnitude >= Math.Pow(10, digits) && !IsExact(magnitude, Rounded(magnitude, digits), digits);

    private static string Rounded(double magnitude, int digits)
    {
        // Through decimal, which keeps every digit: a double's custom format stops at 15, so 16 and 17 digits showed 15.
        var rounded = decimal.Parse(magnitude.ToString("G" + digits, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return rounded.ToString("0.############################", CultureInfo.InvariantCulture);
    }

    private static string Superscript(int exponent) => string.Concat(exponent.ToString(CultureInfo.InvariantCulture).Select(c => c switch
    {
        '-' => '⁻', '0' => '⁰', '1' => '¹', '2' => '²', '3' => '³', '4' => '⁴', '5' => '⁵', '6' => '⁶', '7' => '⁷', '8' => '⁸', _ => '⁹',
    }));
}
