using System.Text;

namespace SiteGen.Directives.Figures;

/// <summary>
/// Labels for curves the author did not label: the expression as a reader would write it,
/// with primes, superscript powers, true minus signs and a centred dot for products.
/// </summary>
public static class SeriesLabels
{
    public static string Pretty(string expression)
    {
        var text = new StringBuilder();
        var source = expression.Trim();
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '^' && i + 1 < source.Length && Superscripts.TryGetValue(source[i + 1], out var first))
            {
                text.Append(first);
                i++;
                while (i + 1 < source.Length && Superscripts.TryGetValue(source[i + 1], out var next) && char.IsDigit(source[i + 1]))
                {
                    text.Append(next);
                    i++;
                }
                continue;
            }
            text.Append(c switch { '\'' => '′', '-' => '−', '*' => '·', _ => c });
        }
        return text.ToString().Replace(" · ", "·", StringComparison.Ordinal);
    }

    private static readonly Dictionary<char, char> Superscripts = new()
    {
        ['0'] = '⁰', ['1'] = '¹', ['2'] = '²', ['3'] = '³', ['4'] = '⁴', ['5'] = '⁵', ['6'] = '⁶', ['7'] = '⁷', ['8'] = '⁸', ['9'] = '⁹',
        ['-'] = '⁻', ['n'] = 'ⁿ',
    };
}
