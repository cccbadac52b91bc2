using System.Globalization;
using System.Text;

namespace SiteGen.Figures.Drawing;

/// <summary>How numbers and strings are spelled in SVG: compact, escaped and the same on every machine.</summary>
internal static class SvgText
{
    /// <summary>
    /// A coordinate with at most two decimals and no trailing zeros: a hundredth of a CSS pixel is
    /// below what any screen shows, and fewer digits keep pages small.
    /// </summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"a figure number is not finite: {value}", nameof(value));
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0;  // never "-0"
        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A scale factor: four decimals, since its error grows with the size of what it scales.</summary>
    public static string Factor(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"a scale factor is not finite: {value}", nameof(value));
        return Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>Text content: markup characters escaped, characters XML cannot hold dropped.</summary>
    public static string Content(string text) => Escape(text, quotes: false);

    /// <summary>A value for a double-quoted attribute.</summary>
    public static string Attribute(string text) => Escape(text, quotes: true);

    private static string Escape(string text, bool quotes)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"' when quotes: builder.Append("&quot;"); break;
                case '\t' or '\n' or '\r': builder.Append(' '); break;
                default:
                    if (!char.IsControl(c)) builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }
}
