using System.Globalization;
using System.Text;

namespace SiteGen.Figures.Drawing;

/// <summary>
/// Writes the `d` attribute of a path as compactly as SVG's grammar allows, since path data is
/// most of a figure's bytes (a surface is thousands of quads): each piece starts with an
/// absolute move and goes on with relative line steps, numbers drop a leading zero, and a
/// separator is left out where the next number's sign or point already ends the last one.
/// </summary>
internal static class SvgPathData
{
    public static string Write(IReadOnlyList<IReadOnlyList<Point>> pieces, bool closed)
    {
        var d = new StringBuilder();
        long x = 0, y = 0;
        foreach (var piece in pieces)
        {
            if (piece.Count == 0) continue;
            // Steps are taken between rounded positions, in whole hundredths, so that rounding
            // never adds up along a long line: every vertex lands where its own rounding puts it.
            (x, y) = (Hundredths(piece[0].X), Hundredths(piece[0].Y));
            var last = "";
            d.Append('M');
            last = Append(d, x, last, first: true);
            last = Append(d, y, last);
            for (var i = 1; i < piece.Count; i++)
            {
                var (nx, ny) = (Hundredths(piece[i].X), Hundredths(piece[i].Y));
                if (i == 1) { d.Append('l'); last = ""; }
                last = Append(d, nx - x, last, first: i == 1);
                last = Append(d, ny - y, last);
                (x, y) = (nx, ny);
            }
            if (closed) d.Append('Z');
        }
        return d.ToString();
    }

    /// <summary>A coordinate in whole hundredths of a pixel, rounded as <see cref="SvgText.Number"/> rounds.</summary>
    private static long Hundredths(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"a figure number is not finite: {value}", nameof(value));
        return (long)Math.Round(value * 100, MidpointRounding.AwayFromZero);
    }

    // Appends one number after the previous one (`last`), with a space only where the grammar needs it.
    private static string Append(StringBuilder d, long hundredths, string last, bool first = false)
    {
        var text = Spell(hundredths);
        var joins = first || text[0] == '-' || (text[0] == '.' && last.Contains('.'));
        if (!joins) d.Append(' ');
        d.Append(text);
        return text;
    }

    /// <summary>"1.5", ".25", "-.5", "12": at most two decimals, no trailing zeros, no leading zero.</summary>
    private static string Spell(long hundredths)
    {
        var sign = hundredths < 0 ? "-" : "";
        var magnitude = Math.Abs(hundredths);
        var whole = magnitude / 100;
        var fraction = magnitude % 100;
        var wholeText = whole == 0 && fraction != 0 ? "" : whole.ToString(CultureInfo.InvariantCulture);
        if (fraction == 0) return sign + wholeText;
        var fractionText = fraction.ToString("00", CultureInfo.InvariantCulture).TrimEnd('0');
        return sign + wholeText + "." + fractionText;
    }
}
