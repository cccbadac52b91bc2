using System.Text;

namespace SiteGen.Markdown.MathML;

/// <summary>
/// Maps letters and digits to Unicode's mathematical alphanumeric symbols, so \mathbf, \mathbb and
/// friends look right in browsers that ignore the mathvariant attribute.
/// </summary>
internal static class MathAlphabets
{
    public static string Map(string text, string variant)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var ch in text) builder.Append(Map(ch, variant));
        return builder.ToString();
    }

    private static string Map(char ch, string variant)
    {
        int? code = variant switch
        {
            "bold" => Offset(ch, 0x1D400, 0x1D41A, 0x1D7CE, 0x1D6A8, 0x1D6C2),
            "bold-italic" => Offset(ch, 0x1D468, 0x1D482, 0x1D7CE, 0x1D71C, 0x1D736),
            "italic" => ch == 'h' ? 0x210E : Offset(ch, 0x1D434, 0x1D44E, null, 0x1D6E2, 0x1D6FC),
            "double-struck" => DoubleStruck(ch),
            "script" => Script(ch),
            "sans-serif" => Offset(ch, 0x1D5A0, 0x1D5BA, 0x1D7E2, null, null),
            "monospace" => Offset(ch, 0x1D670, 0x1D68A, 0x1D7F6, null, null),
            _ => null,
        };
        return code is int c ? char.ConvertFromUtf32(c) : ch.ToString();
    }

    private static int? Offset(char ch, int upper, int lower, int? digit, int? greekUpper, int? greekLower) => ch switch
    {
        >= 'A' and <= 'Z' => upper + (ch - 'A'),
        >= 'a' and <= 'z' => lower + (ch - 'a'),
        >= '0' and <= '9' when digit is int d => d + (ch - '0'),
        >= '\u0391' and <= '\u03A9' when greekUpper is int g => g + (ch - '\u0391'),
        >= '\u03B1' and <= '\u03C9' when greekLower is int g => g + (ch - '\u03B1'),
        _ => null,
    };

    private static int? DoubleStruck(char ch) => ch switch
    {
        'C' => 0x2102, 'H' => 0x210D, 'N' => 0x2115, 'P' => 0x2119, 'Q' => 0x211A, 'R' => 0x211D, 'Z' => 0x2124,
        _ => Offset(ch, 0x1D538, 0x1D552, 0x1D7D8, null, null),
    };

    private static int? Script(char ch) => ch switch
    {
        'B' => 0x212C, 'E' => 0x2130, 'F' => 0x2131, 'H' => 0x210B, 'I' => 0x2110, 'L' => 0x2112, 'M' => 0x2133, 'R' => 0x211B,
        'e' => 0x212F, 'g' => 0x210A, 'o' => 0x2134,
        _ => Offset(ch, 0x1D49C, 0x1D4B6, null, null, null),
    };
}
