using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Figures.Charts;

namespace SiteGen.Build;

/// <summary>The width and height an SVG file's root element declares, read from its first bytes.</summary>
public static partial class SvgSize
{
    // SvgWriter writes the root element first, with its width and height, in well under this.
    private const int HeaderBytes = 1024;

    [GeneratedRegex(@"<svg\b[^>]*?\swidth=""(?<w>[0-9.]+)""\s+height=""(?<h>[0-9.]+)""")]
    private static partial Regex Root();

    /// <summary>The size, or null when the file is missing, unreadable or has no such root.</summary>
    public static FigureSize? Read(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            var buffer = new byte[HeaderBytes];
            var read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var match = Root().Match(System.Text.Encoding.UTF8.GetString(buffer, 0, read));
            if (!match.Success) return null;
            return new FigureSize(double.Parse(match.Groups["w"].Value, CultureInfo.InvariantCulture),
                double.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return null;
        }
    }
}
