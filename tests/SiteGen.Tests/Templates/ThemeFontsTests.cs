using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Tests.Templates;

/// <summary>
/// The default theme's math font is split into files by unicode-range, so that a page downloads
/// only the files holding characters it shows. Each rule's range must be exactly what its file
/// maps: a character promised by a file that lacks it falls back to another font, and one the
/// file has but the range leaves out is never drawn from it.
/// </summary>
public partial class ThemeFontsTests
{
    private static readonly string Assets = Path.Combine(TestSite.DefaultTheme, "assets");

    public sealed record FontFace(string Stylesheet, string Family, string File, SortedSet<int> Range);

    public static IReadOnlyList<FontFace> Faces { get; } = new[] { "site.css" }
        .SelectMany(sheet => FaceRule().Matches(System.IO.File.ReadAllText(Path.Combine(Assets, "css", sheet)))
            .Select(m => new FontFace(sheet,
                Regex.Match(m.Value, "font-family: \"([^\"]+)\"").Groups[1].Value,
                Regex.Match(m.Value, "url\\(\"\\.\\./fonts/([^\"]+)\"\\)").Groups[1].Value,
                Range(Regex.Match(m.Value, "unicode-range:([^;]+);").Groups[1].Value))))
        .ToList();

    public static TheoryData<string> Files => new(Faces.Select(f => f.File));

    [Fact]
    public void The_stylesheet_declares_the_split_font_files()
    {
        Assert.Equal(["math-sans.woff2", "math-sans-symbols.woff2", "math-sans-alphabets.woff2"], Faces.Select(f => f.File));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_rules_unicode_range_is_exactly_what_its_file_maps(string file)
    {
        var face = Faces.Single(f => f.File == file);
        var mapped = FontCharacters.Of(Path.Combine(Assets, "fonts", file));

        Assert.NotEmpty(face.Range);
        Assert.Equal(Describe(mapped), Describe(face.Range));
    }

    [Fact]
    public void The_files_of_one_family_hold_no_character_twice()
    {
        foreach (var family in Faces.GroupBy(f => f.Family))
        {
            var seen = new HashSet<int>();
            foreach (var face in family)
                Assert.All(face.Range, c => Assert.True(seen.Add(c), $"U+{c:X4} is in two files of {family.Key}"));
        }
    }

    [Fact]
    public void The_first_file_of_each_family_holds_what_most_text_uses()
    {
        // A lesson's formulas should need one file of each family: these are in it.
        var common = "0123456789+-=()[]|,.xyzabcABC αβγδεθλμσφ∂∇∑−×·≤≥≈→←";
        foreach (var family in Faces.GroupBy(f => f.Family))
        {
            var first = family.First().Range;
            var missing = common.EnumerateRunes().Where(r => r.Value != ' ' && !first.Contains(r.Value)).Select(r => r.ToString());
            Assert.Empty(missing);
        }
    }

    private static SortedSet<int> Range(string list)
    {
        var characters = new SortedSet<int>();
        foreach (var item in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bounds = item["U+".Length..].Split('-');
            var start = int.Parse(bounds[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = bounds.Length > 1 ? int.Parse(bounds[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) : start;
            for (var c = start; c <= end; c++) characters.Add(c);
        }
        return characters;
    }

    // Ranges as text, so that a failure names the characters that differ.
    private static string Describe(IEnumerable<int> characters)
    {
        var parts = new List<string>();
        int? start = null, previous = null;
        foreach (var c in characters.Order())
        {
            if (previous == c - 1) { previous = c; continue; }
            if (start is { } s) parts.Add(s == previous ? $"U+{s:X4}" : $"U+{s:X4}-{previous:X4}");
            start = previous = c;
        }
        if (start is { } last) parts.Add(last == previous ? $"U+{last:X4}" : $"U+{last:X4}-{previous:X4}");
        return string.Join(",", parts);
    }

    [GeneratedRegex(@"@font-face\s*\{[^}]*\}")]
    private static partial Regex FaceRule();
}
