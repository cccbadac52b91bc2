using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Drawing;

public class FigureFontTests
{
    [Theory]
    [InlineData("The quick brown fox jumps over the lazy dog 0123456789 ()[]{}+-=/*,.;:!?'\"")]
    [InlineData("àéïõüßçñ ±°µ·×÷¹²³½")]
    [InlineData("αβγδεηθλμπσφψω ΔΘΣΦΨΩ")]
    [InlineData("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ ₀₁₂₃₄₅₆₇₈₉₊₋ ᵢⱼ ᵀ ʲˣ")]
    [InlineData("−∂∇·×≤≥≈≠∞′″√∑∏∫∈∘⋅±∓")]
    [InlineData("←→↑↓↔⇒ –—…")]
    [InlineData("●○■□▲△▼▽◆◇")]
    public void The_theme_font_has_a_glyph_for_every_character_labels_use(string text)
    {
        var missing = text.Where(c => c != ' ' && !ThemeFont.Font.Covers(c.ToString())).ToList();

        Assert.True(missing.Count == 0, "missing glyphs: " + string.Concat(missing));
    }

    [Fact]
    public void The_cap_height_both_writers_assume_is_the_theme_font_s()
    {
        Assert.Equal(TextPlacement.CapHeightRatio * 100, ThemeFont.Font.CapHeight(100), precision: 1);
    }

    [Fact]
    public void The_font_ships_with_its_licence()
    {
        var licence = File.ReadAllText(Path.Combine(ThemeFont.Folder, "LICENSE-DejaVu.txt"));

        Assert.Contains("Bitstream Vera Fonts Copyright", licence);
        Assert.Contains("Arev Fonts Copyright", licence);
    }
}
