using System.Text;

namespace SiteGen.Preview;

/// <summary>Decodes the path of a request URL strictly, so that only a path that can name a file gets further.</summary>
public static class UrlPath
{
    /// <summary>
    /// The decoded path, or null when it cannot name a file: a '%' without two hex digits after
    /// it, bytes that are not UTF-8, or a control character (NUL, a line break, an escape...).
    /// </summary>
    public static string? Decode(string escaped)
    {
        var bytes = new List<byte>(escaped.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var k = 0; k < escaped.Length;)
        {
            if (escaped[k] == '%')
            {
                if (k + 2 >= escaped.Length || !char.IsAsciiHexDigit(escaped[k + 1]) || !char.IsAsciiHexDigit(escaped[k + 2])) return null;
                bytes.Add(Convert.ToByte(escaped.Substring(k + 1, 2), 16));
                k += 3;
                continue;
            }
            // Characters left unescaped (an IRI's letters) are taken as their UTF-8 bytes.
            if (Rune.DecodeFromUtf16(escaped.AsSpan(k), out var rune, out var used) != System.Buffers.OperationStatus.Done) return null;
            bytes.AddRange(utf8[..rune.EncodeToUtf8(utf8)]);
            k += used;
        }
        var decoded = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes);
        if (!System.Text.Unicode.Utf8.IsValid(decoded)) return null;
        var text = Encoding.UTF8.GetString(decoded);
        return text.Any(char.IsControl) ? null : text;
    }
}
