using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Drawing;

/// <summary>
/// Text written as the figure font's outlines, as figures shown on a page are: each glyph once,
/// every label a group of references, and the ink where the PNG puts it, measured from the
/// outline coordinates themselves.
/// </summary>
public partial class SvgGlyphsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private static XElement Outlined(Scene scene, string id = "fig") =>
        XDocument.Parse(SvgWriter.Write(scene, new SvgOptions(id) { Font = ThemeFont.Font })).Root!;

    private static Scene Label(string text, TextAnchor anchor, TextBaseline baseline, double size = 20, bool bold = false, double rotation = 0) =>
        new(200, 100, "t", "d", [new TextItem(new(100, 50), text, size, Palette.Text, anchor, baseline, rotation, bold)]);

    [GeneratedRegex(@"-?\d+")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^translate\((?<x>[-\d.]+) (?<y>[-\d.]+)\) scale\((?<s>[\d.]+)\)$")]
    private static partial Regex Placement();

    /// <summary>The box the label's ink covers on the figure, from its glyphs' outline points (curve controls included, which only widen it by a hair).</summary>
    private static (double Left, double Top, double Right, double Bottom) InkBox(XElement svg)
    {
        var paths = svg.Descendants(Svg + "path").ToDictionary(p => (string)p.Attribute("id")!, p => (string)p.Attribute("d")!);
        var label = svg.Elements(Svg + "g").Single();
        var placement = Placement().Match((string)label.Attribute("transform")!);
        Assert.True(placement.Success, $"unexpected transform '{label.Attribute("transform")}'");
        double Read(string name) => double.Parse(placement.Groups[name].Value, CultureInfo.InvariantCulture);
        var (x0, y0, scale) = (Read("x"), Read("y"), Read("s"));
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (var use in label.Elements(Svg + "use"))
        {
            var offset = (double?)use.Attribute("x") ?? 0;
            var numbers = Integer().Matches(paths[((string)use.Attribute("href")!)[1..]]).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            for (var i = 0; i + 1 < numbers.Count; i += 2)
            {
                xs.Add(x0 + (offset + numbers[i]) * scale);
                ys.Add(y0 + numbers[i + 1] * scale);
            }
        }
        return (xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }

    [Fact]
    public void Outlined_text_has_no_text_elements_and_each_glyph_is_defined_once()
    {
        var svg = Outlined(Label("1001", TextAnchor.Start, TextBaseline.Alphabetic));

        Assert.Empty(svg.Descendants(Svg + "text"));
        Assert.Null(svg.Attribute("font-family"));
        var glyphs = svg.Element(Svg + "defs")!.Elements(Svg + "path").ToList();
        Assert.Equal(2, glyphs.Count);  // "1" and "0"
        Assert.All(glyphs, g => Assert.StartsWith("fig-g", (string?)g.Attribute("id")));
        var uses = svg.Descendants(Svg + "use").Select(u => (string)u.Attribute("href")!).ToList();
        Assert.Equal(4, uses.Count);
        Assert.Equal(uses[0], uses[3]);
        Assert.Equal(uses[1], uses[2]);
        Assert.NotEqual(uses[0], uses[1]);
        Assert.DoesNotContain(svg.Descendants(), e => e.Attribute(XLink + "href") is not null);
    }

    [Fact]
    public void A_label_takes_its_ink_class_on_its_group()
    {
        var svg = Outlined(Label("x", TextAnchor.Start, TextBaseline.Alphabetic));

        Assert.Equal("f-text", (string?)svg.Elements(Svg + "g").Single().Attribute("class"));
        Assert.Contains(".f-text{fill:#1f2328}", svg.Element(Svg + "style")!.Value);
    }

    [Theory]
    [InlineData(TextAnchor.Start)]
    [InlineData(TextAnchor.Middle)]
    [InlineData(TextAnchor.End)]
    public void A_label_is_as_wide_as_the_font_measures_it_and_sits_on_its_anchor(TextAnchor anchor)
    {
        const string text = "H0H";  // upright stems at both ends: ink and advance differ only by the side bearings
        var width = ThemeFont.Font.Measure(text, 20);

        var box = InkBox(Outlined(Label(text, anchor, TextBaseline.Alphabetic)));

        var start = anchor switch { TextAnchor.Middle => 100 - width / 2, TextAnchor.End => 100 - width, _ => 100.0 };
        // H's side bearings in DejaVu Sans are about 0.1 em: 2 px at 20 px.
        Assert.InRange(box.Left - start, 0.5, 3);
        Assert.InRange(start + width - box.Right, 0.5, 3);
    }

    [Theory]
    [InlineData(TextBaseline.Alphabetic, 0.0)]
    [InlineData(TextBaseline.Middle, 0.5)]
    [InlineData(TextBaseline.Hanging, 1.0)]
    public void Capitals_stand_on_the_baseline_the_png_uses(TextBaseline baseline, double capsBelowAnchor)
    {
        const double size = 20;
        var cap = ThemeFont.Font.CapHeight(size);

        var box = InkBox(Outlined(Label("H", TextAnchor.Start, baseline, size)));

        var foot = 50 + capsBelowAnchor * TextPlacement.CapHeightRatio * size;
        Assert.Equal(foot, box.Bottom, 0.05);
        Assert.Equal(foot - cap, box.Top, 0.1);
    }

    [Fact]
    public void A_turned_label_turns_about_its_anchor()
    {
        var svg = Outlined(Label("loss", TextAnchor.Middle, TextBaseline.Middle, rotation: -90));

        var transform = (string?)svg.Elements(Svg + "g").Single().Attribute("transform");
        Assert.StartsWith("translate(100 50) rotate(-90) translate(0 ", transform);
    }

    [Fact]
    public void Bold_text_has_outlines_of_its_own()
    {
        var scene = new Scene(200, 100, "t", "d",
        [
            new TextItem(new(10, 30), "A", 20, Palette.Text),
            new TextItem(new(10, 70), "A", 20, Palette.Text, Bold: true),
        ]);

        var glyphs = Outlined(scene).Element(Svg + "defs")!.Elements(Svg + "path").Select(p => (string)p.Attribute("d")!).ToList();

        Assert.Equal(2, glyphs.Count);
        Assert.NotEqual(glyphs[0], glyphs[1]);
    }

    [Fact]
    public void Spaces_draw_nothing_but_still_move_the_next_glyph()
    {
        var svg = Outlined(Label("a b", TextAnchor.Start, TextBaseline.Alphabetic));

        var uses = svg.Descendants(Svg + "use").ToList();
        Assert.Equal(2, uses.Count);
        var gap = (double)uses[1].Attribute("x")!;
        var advance = ThemeFont.Font.Measure("a ", 20) / 20 * SvgGlyphs.Units;
        Assert.Equal(advance, gap, 1.0);
    }

    [Fact]
    public void Outlines_are_written_the_same_way_every_time()
    {
        var scene = SampleScenes.Chart();
        Assert.Equal(SvgWriter.Write(scene, new SvgOptions("a") { Font = ThemeFont.Font }),
            SvgWriter.Write(scene, new SvgOptions("a") { Font = ThemeFont.Font }));
    }
}
