using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Drawing;

/// <summary>The theme's figures.css colours inline figures with exactly the palette's inks.</summary>
public class FiguresCssTests
{
    private static readonly string Css = File.ReadAllText(Path.Combine(TestSite.DefaultTheme, "assets", "css", "figures.css"));

    // The declarations of the first rule whose selector (or at-rule) is `opening`.
    private static string Block(string css, string opening)
    {
        var start = css.IndexOf(opening + " {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"figures.css has no '{opening}' block");
        var depth = 0;
        for (var i = css.IndexOf('{', start); i < css.Length; i++)
        {
            if (css[i] == '{') depth++;
            else if (css[i] == '}' && --depth == 0) return css[(css.IndexOf('{', start) + 1)..i];
        }
        throw new InvalidOperationException($"unclosed block '{opening}'");
    }

    private static readonly string Light = Block(Css, ":root");
    private static readonly string DarkByPreference = Block(Block(Css, "@media (prefers-color-scheme: dark)"), ":root:not([data-theme=\"light\"])");
    private static readonly string DarkByToggle = Block(Css, ":root[data-theme=\"dark\"]");

    public static TheoryData<string> Roles => new(Palette.Themed.Select(ink => ink.Role!));

    private static Ink InkOf(string role) => Palette.Themed.Single(ink => ink.Role == role);

    [Theory]
    [MemberData(nameof(Roles))]
    public void Every_themed_ink_has_its_light_colour(string role)
    {
        Assert.Contains($"{InkClass.Variable(InkOf(role))}: {InkOf(role).Light.Hex};", Light);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Every_themed_ink_has_its_dark_colour_for_a_dark_system_and_for_the_dark_toggle(string role)
    {
        var declaration = $"{InkClass.Variable(InkOf(role))}: {InkOf(role).Dark.Hex};";

        Assert.Contains(declaration, DarkByPreference);
        Assert.Contains(declaration, DarkByToggle);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Every_themed_ink_has_a_fill_class_and_a_stroke_class(string role)
    {
        var ink = InkOf(role);

        Assert.Contains($".{InkClass.Root} .{InkClass.Fill(ink)} {{ fill: var({InkClass.Variable(ink)}); }}", Css);
        Assert.Contains($".{InkClass.Root} .{InkClass.Stroke(ink)} {{ stroke: var({InkClass.Variable(ink)}); }}", Css);
    }

    [Fact]
    public void The_figure_font_is_served_as_the_family_the_svg_names()
    {
        var fontFace = Block(Css, "@font-face");

        Assert.Contains($"font-family: \"{FigureFont.ThemeFamily}\";", fontFace);
        Assert.Contains("url(\"../fonts/figure-sans.woff2\")", fontFace);
    }
}
