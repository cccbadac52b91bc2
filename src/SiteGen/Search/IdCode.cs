using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Lists of numbers written as short strings: each number in base 45, its last digit from the
/// first half of <see cref="Alphabet"/> and any earlier digits from the second, so a list needs
/// no separators. Numbers under 45 take one character and under 2,025 two. The alphabet is
/// printable ASCII from # to ~ without ',' and '\', so JSON writes it as it is. search.js decodes it.
/// </summary>
public static class IdCode
{
    public const string Alphabet = "#$%&'()*+-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    public const int Base = 45;

    static IdCode()
    {
        if (Alphabet.Length != 2 * Base || Alphabet.Distinct().Count() != Alphabet.Length)
            throw new InvalidOperationException("the id alphabet must have 90 distinct characters");
    }

    public static void Append(StringBuilder builder, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Span<char> digits = stackalloc char[8];
        var count = 0;
        digits[count++] = Alphabet[value % Base];
        for (value /= Base; value > 0; value /= Base) digits[count++] = Alphabet[Base + value % Base];
        for (var i = count - 1; i >= 0; i--) builder.Append(digits[i]);
    }

    public static string Encode(IEnumerable<int> values)
    {
        var builder = new StringBuilder();
        foreach (var value in values) Append(builder, value);
        return builder.ToString();
    }

    public static List<int> Decode(string text)
    {
        var values = new List<int>();
        var value = 0;
        foreach (var c in text)
        {
            var digit = Alphabet.IndexOf(c);
            if (digit < 0) throw new FormatException($"'{c}' is not an id digit");
            if (digit >= Base) value = value * Base + (digit - Base);
            else
            {
                values.Add(value * Base + digit);
                value = 0;
            }
        }
        return values;
    }
}
