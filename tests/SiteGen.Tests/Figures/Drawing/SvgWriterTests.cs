using System.Xml.Linq;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Drawing;

public class SvgWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Parse(Scene scene, SvgOptions options) => XDocument.Parse(SvgWriter.Write(scene, options)).Root!;

    /// <summary>Written with `text` elements (no font), which these tests read back as text.</summary>
    private static XElement Write(Scene scene) => Parse(scene, new SvgOptions("fig1"));

    // The classes that apply to an element: its own and those of the groups around it.
    private static HashSet<string> ClassesOf(XElement element) =>
        element.AncestorsAndSelf().SelectMany(e => ((string?)e.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();

    private static string? Inherited(XElement element, string attribute) =>
        element.AncestorsAndSelf().Select(e => (string?)e.Attribute(attribute)).FirstOrDefault(v => v is not null);

    [Fact]
    public void An_svg_is_an_image_named_by_its_title_and_description()
    {
        var svg = Write(SampleScenes.Chart());

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("0 0 200 120", (string?)svg.Attribute("viewBox"));
        Assert.Equal("fig1-title fig1-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("A sample chart", svg.Elements(Svg + "title").Single(e => (string?)e.Attribute("id") == "fig1-title").Value);
        Assert.Equal("Two lines & a <marker>.", svg.Elements(Svg + "desc").Single(e => (string?)e.Attribute("id") == "fig1-desc").Value);
    }

    [Fact]
    public void Text_is_written_as_text_elements()
    {
        var texts = Write(SampleScenes.Chart()).Descendants(Svg + "text").Select(t => t.Value).ToList();

        Assert.Equal(["−2", "10⁻³", "loss"], texts);
    }

    [Fact]
    public void Themed_inks_are_classes_and_fixed_inks_are_colours()
    {
        var svg = Write(SampleScenes.Chart());
        var paths = svg.Descendants(Svg + "path").ToList();

        Assert.Contains("s-s1", ClassesOf(paths.Single(p => ClassesOf(p).Contains("series"))));
        Assert.Contains("f-s2", ClassesOf(svg.Descendants(Svg + "circle").Single()));
        Assert.All(svg.Descendants(Svg + "text"), t => Assert.Contains("f-text", ClassesOf(t)));
        var fixedFill = paths.Single(p => (string?)p.Attribute("fill") == "#fde725");
        Assert.Equal("0.5", (string?)fixedFill.Attribute("fill-opacity"));
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attributes().Any(a => a.Value == Palette.SeriesInk(0).Light.Hex));
    }

    [Fact]
    public void An_svg_carries_its_light_colours_and_dark_ones_for_a_dark_preference()
    {
        var svg = Parse(SampleScenes.Chart(), new SvgOptions("chart"));
        Assert.Equal(InkClass.Root, (string?)svg.Attribute("class"));
        var style = svg.Elements(Svg + "style").Single().Value;

        var dark = style.IndexOf("@media (prefers-color-scheme:dark)", StringComparison.Ordinal);
        Assert.True(dark > 0);
        Assert.Contains(".s-s1{stroke:#0072b2}", style[..dark]);
        Assert.Contains(".s-s1{stroke:#56b4e9}", style[dark..]);
        Assert.Contains(".f-text{fill:#1f2328}", style[..dark]);
        Assert.Equal("200", (string?)svg.Attribute("width"));
        Assert.Equal("120", (string?)svg.Attribute("height"));
    }

    [Fact]
    public void Every_id_starts_with_the_figure_id_so_figures_on_one_page_never_clash()
    {
        var first = Write(SampleScenes.Chart());
        var second = Parse(SampleScenes.Chart(), new SvgOptions("fig2"));

        var firstIds = first.DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        var secondIds = second.DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.NotEmpty(firstIds);
        Assert.All(firstIds, id => Assert.StartsWith("fig1-", id));
        Assert.Empty(firstIds.Intersect(secondIds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1fig")]
    [InlineData("a b")]
    [InlineData("a\"b")]
    public void An_id_that_is_not_a_plain_name_is_refused(string id)
    {
        Assert.Throws<ArgumentException>(() => SvgWriter.Write(SampleScenes.Chart(), new SvgOptions(id)));
    }

    [Fact]
    public void The_font_family_names_the_theme_font_first()
    {
        var family = (string?)Write(SampleScenes.Chart()).Attribute("font-family");

        Assert.Equal("\"SiteGen Figure Sans\", \"DejaVu Sans\", sans-serif", family);
    }

    [Fact]
    public void Numbers_have_at_most_two_decimals_and_no_negative_zero()
    {
        var scene = new Scene(10.004, 20, "t", "d",
            [PathItem.Line([new(1.23456, -0.001), new(2.5, 3.999)], new Stroke(Palette.Axis, 1.125))]);

        var path = Write(scene).Descendants(Svg + "path").Single();

        Assert.Equal("M1.23 0l1.27 4", (string?)path.Attribute("d"));
        Assert.Equal("1.13", (string?)path.Attribute("stroke-width"));
    }

    [Fact]
    public void Path_data_leaves_out_leading_zeros_and_the_spaces_a_sign_or_point_makes_needless()
    {
        var scene = new Scene(10, 10, "t", "d",
            [PathItem.Line([new(1.5, 0.5), new(1.25, 1), new(2, 0.75)], new Stroke(Palette.Axis))]);

        var path = Write(scene).Descendants(Svg + "path").Single();

        Assert.Equal("M1.5.5l-.25.5.75-.25", (string?)path.Attribute("d"));
    }

    [Fact]
    public void Relative_steps_never_drift_from_the_rounded_positions()
    {
        var points = Enumerable.Range(0, 500).Select(i => new Point(i * 1.00333, 50 + Math.Sin(i) * 20.004)).ToList();
        var scene = new Scene(600, 100, "t", "d", [PathItem.Line(points, new Stroke(Palette.Axis))]);

        var d = (string)Write(scene).Descendants(Svg + "path").Single().Attribute("d")!;
        var numbers = System.Text.RegularExpressions.Regex.Matches(d, "-?(\\d+\\.?\\d*|\\.\\d+)")
            .Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var (x, y) = (numbers[0], numbers[1]);
        for (var i = 1; i < points.Count; i++)
        {
            (x, y) = (x + numbers[2 * i], y + numbers[2 * i + 1]);
            Assert.Equal(Math.Round(points[i].X, 2, MidpointRounding.AwayFromZero), x, 6);
            Assert.Equal(Math.Round(points[i].Y, 2, MidpointRounding.AwayFromZero), y, 6);
        }
    }

    [Fact]
    public void Text_with_markup_characters_and_quotes_survives_escaping()
    {
        const string label = "a < b & \"c\" > 'd'";
        var svg = Write(SampleScenes.TextOnly(label) with { Title = label });

        Assert.Equal(label, svg.Descendants(Svg + "text").Single().Value);
        Assert.Equal(label, svg.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Rotated_text_turns_about_its_anchor()
    {
        var label = Write(SampleScenes.Chart()).Descendants(Svg + "text").Single(t => t.Value == "loss");

        Assert.Equal("rotate(-90 8 55)", (string?)label.Attribute("transform"));
    }

    [Fact]
    public void Text_centred_on_its_anchor_sits_half_a_cap_height_lower_than_the_baseline_would()
    {
        var label = Write(SampleScenes.TextOnly("x")).Descendants(Svg + "text").Single();

        // 16 px at DejaVu Sans's cap height of 1493/2048 em: 20 + 5.83.
        Assert.Equal("25.83", (string?)label.Attribute("y"));
        Assert.Equal("middle", Inherited(label, "text-anchor"));
    }

    [Fact]
    public void A_dashed_stroke_is_a_dash_array()
    {
        var guide = Write(SampleScenes.Chart()).Descendants(Svg + "path").Single(p => ClassesOf(p).Contains("guide"));

        Assert.Equal("4 3", Inherited(guide, "stroke-dasharray"));
    }

    [Fact]
    public void A_path_of_several_pieces_is_one_path_element_with_a_subpath_per_piece()
    {
        var scene = new Scene(10, 10, "t", "d",
            [new PathItem([[new(0, 0), new(1, 0), new(1, 1)], [new(5, 5), new(6, 5), new(6, 6)]], null, new Fill(Palette.Grid), Closed: true)]);

        var path = Write(scene).Descendants(Svg + "path").Single();

        Assert.Equal("M0 0l1 0 0 1ZM5 5l1 0 0 1Z", (string?)path.Attribute("d"));
    }

    [Fact]
    public void Consecutive_items_of_one_class_share_a_group_that_holds_their_common_paint()
    {
        var svg = Write(SampleScenes.Chart());

        var ticks = svg.Elements(Svg + "g").Single(g => ClassesOf(g).Contains("ticks"));
        Assert.Equal(2, ticks.Elements(Svg + "text").Count());
        Assert.Contains("f-text", ClassesOf(ticks));
        Assert.Equal("12", (string?)ticks.Attribute("font-size"));
        Assert.All(ticks.Elements(), t => Assert.Null(t.Attribute("font-size")));
    }

    [Fact]
    public void A_circle_is_a_circle_element()
    {
        var circle = Write(SampleScenes.Chart()).Descendants(Svg + "circle").Single();

        Assert.Equal(("100", "30", "4.5"), ((string?)circle.Attribute("cx"), (string?)circle.Attribute("cy"), (string?)circle.Attribute("r")));
    }

    [Fact]
    public void A_group_item_is_a_transformed_group()
    {
        var scene = new Scene(100, 100, "t", "d", [new GroupItem(SampleScenes.Chart().Items, 0.25, new Point(10, 20))]);

        var group = Write(scene).Elements(Svg + "g").Single();

        Assert.Equal("translate(10 20) scale(0.25)", (string?)group.Attribute("transform"));
        Assert.Equal(3, group.Descendants(Svg + "text").Count());
    }

    [Fact]
    public void An_ink_of_a_role_outside_the_palette_gets_its_own_light_and_dark_rules()
    {
        var scene = new Scene(10, 10, "t", "d",
            [new CircleItem(new(5, 5), 2, new Fill(new Ink("accent", Rgb.Parse("#ff0000"), Rgb.Parse("#00ff00"))), null)]);

        var svg = SvgWriter.Write(scene, new SvgOptions("fig"));

        Assert.Contains(".f-accent{fill:#ff0000}.f-bg{fill:#ffffff}@media (prefers-color-scheme:dark){.f-accent{fill:#00ff00}.f-bg{fill:#0f1115}}", svg);
    }

    [Fact]
    public void A_file_lays_its_own_ground_first_in_the_scheme_of_its_inks()
    {
        var svg = SvgWriter.Write(SampleScenes.Chart(), new SvgOptions("a"));

        // Under everything the scene draws: the first element after the style sheet.
        var style = svg.IndexOf("</style>\n", StringComparison.Ordinal) + "</style>\n".Length;
        Assert.StartsWith("<rect class=\"f-bg\" width=\"200\" height=\"120\"/>\n", svg[style..]);
        Assert.Contains(".f-bg{fill:#ffffff}", svg);
        Assert.Contains("@media (prefers-color-scheme:dark){", svg);
        Assert.Contains(".f-bg{fill:#0f1115}", svg[svg.IndexOf("@media", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void The_same_scene_is_written_the_same_way_every_time()
    {
        Assert.Equal(SvgWriter.Write(SampleScenes.Chart(), new SvgOptions("a")), SvgWriter.Write(SampleScenes.Chart(), new SvgOptions("a")));
    }
}
