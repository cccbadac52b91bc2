using System.Xml.Linq;
using SiteGen.Build;
using SkiaSharp;

namespace SiteGen.Tests.Directives.Figures;

/// <summary>Figure directives on real pages: what readers get, and what authors are told when options are wrong.</summary>
public class FigureDirectiveTests
{
    private const string Plot = """
        # Slopes

        ```{define}
        f(x) = x^2
        ```

        See {numref}`tangents` and [the same figure](#tangents).

        ```{plot} The parabola and its tangents
        :id: tangents
        :alt: The parabola with tangent lines at 3 and 4.
        x: [-1, 5]
        series:
          - y: f(x)
            label: f(x) = x²
        tangents: [3, 4]
        ```
        """;

    private static TestSite Site(string lesson) => new(new Dictionary<string, string> { ["lessons/01-a.md"] = lesson });

    [Fact]
    public void A_plot_is_an_image_named_by_its_alt_text_with_a_numbered_caption_and_its_files_beside_the_page()
    {
        using var site = Site(Plot);
        site.BuildClean();
        var body = site.Body("lessons/a/index.html");
        Assert.Contains("<figure class=\"figure\" id=\"tangents\"", body);
        Assert.Contains("<figcaption><span class=\"figure-label\">Figure 1</span> The parabola and its tangents", body);
        Assert.Contains("See <a class=\"numref\" href=\"#tangents\">Figure 1</a>", body);
        Assert.Contains("<source media=\"(max-width: 36rem)\" srcset=\"tangents.compact.svg\" width=\"360\" height=\"270\">", body);
        Assert.Contains("<img src=\"tangents.svg\" width=\"640\" height=\"400\" alt=\"The parabola with tangent lines at 3 and 4.\" " +
            "aria-describedby=\"tangents-desc\" loading=\"lazy\" decoding=\"async\">", body);
        Assert.Contains("<span id=\"tangents-desc\" hidden>Plot of ", body);
        Assert.Contains("href=\"tangents.svg\" download", body);
        Assert.DoesNotContain("<svg", body);

        foreach (var file in new[] { "tangents.svg", "tangents.compact.svg" })
        {
            var svg = XDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "lessons/a", file))).Root!;
            Assert.Equal("svg", svg.Name.LocalName);
            Assert.Equal("img", (string?)svg.Attribute("role"));
            var labels = svg.Descendants().Select(e => (string?)e.Attribute("aria-label")).OfType<string>().ToList();
            Assert.Contains("slope 6", labels);
            Assert.Contains("slope 8", labels);
            Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "text");
        }
        using var png = SKBitmap.Decode(Path.Combine(site.Output, "lessons/a/tangents.png"));
        Assert.Equal(1280, png.Width);
        Assert.Equal(800, png.Height);
    }

    [Fact]
    public void A_rebuild_that_changes_no_figure_draws_none_and_a_changed_definition_redraws()
    {
        using var site = Site(Plot);
        Assert.Equal(1, site.BuildClean().FiguresDrawn);
        var again = site.BuildClean();
        Assert.Equal((0, 1), (again.FiguresDrawn, again.FiguresCached));
        site.Write("lessons/01-a.md", Plot.Replace("f(x) = x^2", "f(x) = x^2 / 2"));
        Assert.Equal(1, site.BuildClean().FiguresDrawn);
    }

    [Fact]
    public void The_cache_keeps_only_what_the_last_build_used()
    {
        using var site = Site(Plot);
        site.BuildClean(baseUrl: "https://example.org/");
        var cache = Path.Combine(site.Root, ".sitegen-cache");
        var first = TestSite.FilesUnder(cache);
        site.Write("lessons/01-a.md", Plot.Replace("f(x) = x^2", "f(x) = x^3"));
        site.BuildClean(baseUrl: "https://example.org/");
        var second = TestSite.FilesUnder(cache);
        Assert.Equal(first.Count, second.Count);
        // The figure and the lesson's card that shows it changed; only the home page's card stays, beside the
        // build's own files (its index and the pages' search text), which are rewritten in place.
        Assert.Equal([first.Single(f => f.StartsWith("card-", StringComparison.Ordinal) && second.Contains(f))],
            first.Intersect(second).Where(f => f is not ("build-index.json" or "search-text.json")));
    }

    [Fact]
    public void Each_image_keeps_the_space_its_drawing_takes_when_drawn_and_when_taken_from_the_cache()
    {
        // A contour map keeps x and y at one scale, so this one comes out much shorter than asked.
        using var site = Site("""
            # Wide

            ```{define}
            g(x, y) = x^2 + 4*y^2
            ```

            ```{contour} A wide map
            :alt: Ellipses.
            f: g
            x: [-3, 3]
            y: [-1, 1]
            ```
            """);
        var drawn = site.BuildClean();
        var fresh = site.Body("lessons/a/index.html");
        var cached = site.BuildClean();
        Assert.Equal((1, 1), (drawn.FiguresDrawn, cached.FiguresCached));
        Assert.Equal(fresh, site.Body("lessons/a/index.html"));

        var declared = System.Text.RegularExpressions.Regex.Matches(fresh, "(?:srcset|src)=\"([^\"]+\\.svg)\" width=\"(\\d+)\" height=\"(\\d+)\"")
            .Select(m => (File: m.Groups[1].Value, Width: m.Groups[2].Value, Height: m.Groups[3].Value)).ToList();
        Assert.Equal(["figure-1.compact.svg", "figure-1.svg"], declared.Select(d => d.File).Order());
        foreach (var (file, width, height) in declared)
        {
            var svg = XDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "lessons/a", file))).Root!;
            var size = (Math.Round(double.Parse((string)svg.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Math.Round(double.Parse((string)svg.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(size, (width, height));
        }
    }

    [Fact]
    public void Figures_are_byte_identical_from_build_to_build()
    {
        using var first = Site(Plot);
        using var second = Site(Plot);
        first.BuildClean(baseUrl: "https://example.org/");
        second.BuildClean(baseUrl: "https://example.org/");
        foreach (var file in new[] { "lessons/a/tangents.svg", "lessons/a/tangents.png", "lessons/a/index.html", "lessons/a/card.png" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Output, file)), File.ReadAllBytes(Path.Combine(second.Output, file)));
    }

    [Fact]
    public void Each_lesson_has_a_social_card_that_its_open_graph_tags_name_when_the_site_has_a_base_url()
    {
        using var site = Site(Plot);
        site.BuildClean(baseUrl: "https://example.org/course/");
        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/course/lessons/a/card.png\">", site.Page("lessons/a/index.html"));
        using var card = SKBitmap.Decode(Path.Combine(site.Output, "lessons/a/card.png"));
        Assert.Equal((1200, 630), (card.Width, card.Height));
    }

    [Fact]
    public void Without_a_base_url_no_card_is_drawn_since_no_page_could_name_it()
    {
        using var site = Site(Plot);
        site.BuildClean();
        Assert.DoesNotContain(site.OutputFiles(), f => f.EndsWith("card.png", StringComparison.Ordinal));
        Assert.DoesNotContain("og:image", site.Page("lessons/a/index.html"));
    }

    [Fact]
    public void A_figure_without_alt_text_is_a_warning_and_an_error_under_strict()
    {
        using var site = Site(Plot.Replace(":alt: The parabola with tangent lines at 3 and 4.\n", ""));
        site.Build();
        Assert.Equal("content/lessons/01-a.md(9,1): warning SG1701: this plot has no ':alt:' text; say what it shows for readers who cannot see it",
            site.Diagnostic("SG1701"));
        Assert.False(site.Build(strict: true).Succeeded);
    }

    [Theory]
    [InlineData("x: [-1, 5]", "x: [5, -1]", "(12,4): error SG1406: 'x' must run from a smaller to a larger number, not from 5 to -1")]
    [InlineData("x: [-1, 5]", "x: 5", "(12,4): error SG1406: 'x' must be a range [min, max]")]
    [InlineData("x: [-1, 5]", "x: [-1, sqr(2)]", "(12,9): error SG1203: unknown function 'sqr'; did you mean 'sqrt'?")]
    [InlineData("  - y: f(x)", "  - y: f(x) + sigmod(x)", "(14,15): error SG1203: unknown function 'sigmod'; did you mean 'sigmoid'?")]
    [InlineData("    label: f(x) = x²", "    lable: f(x) = x²", "(15,5): error SG1405: unknown key 'lable' in 'series'; did you mean 'label'?")]
    [InlineData("tangents: [3, 4]", "tangent: [3, 4]", "(16,1): error SG1405: unknown option 'tangent' for directive 'plot'; did you mean 'tangents'?")]
    [InlineData("tangents: [3, 4]", "tangents: [3, q]", "(16,15): error SG1202: unknown name 'q'")]
    [InlineData(":id: tangents", ":id: two words", "(10,6): error SG1406: figure id 'two words' must start with a letter and use only letters, digits, '-' and '_'")]
    [InlineData(":id: tangents", ":id: tangents\n:width: 50", "(11,9): error SG1406: 'width' must be from 240 to 2000 pixels, not 50")]
    public void Every_bad_option_is_reported_where_it_is_written(string find, string replace, string expected)
    {
        using var site = Site(Plot.Replace(find, replace));
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(site.Lines(), l => l.StartsWith("content/lessons/01-a.md", StringComparison.Ordinal) && l.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("style: filled", "style: dotted", "error SG1406: option 'style' must be one of filled, lines, not 'dotted'")]
    [InlineData("arrows: 7", "arrows: 1", "error SG1406: 'arrows' must be a whole number from 2 to 40, not 1")]
    [InlineData("rate: 0.1", "rate: -0.1", "error SG1406: 'rate' must be above 0")]
    [InlineData("steps: 12", "steps: 0", "error SG1406: 'steps' must be a whole number from 1 to 10000, not 0")]
    [InlineData("steps: 12", "steps: 2.5", "error SG1406: 'steps' must be a whole number from 1 to 10000, not 2.5")]
    [InlineData("start: [3, 1]", "start: nowhere", "error SG1202: unknown name 'nowhere'")]
    [InlineData("start: [3, 1]", "start: 3", "error SG1406: 'start' needs a point of 2 numbers, like [3, 1], or an expression that gives one")]
    [InlineData("start: [3, 1]", "start: [3]", "error SG1406: 'start' needs a point of 2 numbers, like [3, 1]")]
    [InlineData("f: x^2 + y^2", "f: x^2 + z^2", "error SG1202: unknown name 'z'")]
    [InlineData("f: x^2 + y^2", "f: \"[x, y]\"", "error SG1205: a figure needs one number per point")]
    public void Descent_options_are_checked(string find, string replace, string expected)
    {
        const string descent = """
            # Descent

            ```{descent} Down the bowl
            :alt: A path to the origin.
            f: x^2 + y^2
            x: [-4, 4]
            y: [-4, 4]
            style: filled
            arrows: 7
            start: [3, 1]
            rate: 0.1
            steps: 12
            table: 4
            ```
            """;
        using var ok = Site(descent);
        ok.BuildClean();
        Assert.Contains("<caption>Iterates from (3, 1)</caption>", ok.Body("lessons/a/index.html"));
        Assert.Contains("<td>1</td><td>2.4</td><td>0.8</td>", ok.Body("lessons/a/index.html"));
        using var site = Site(descent.Replace(find, replace));
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Lines(), l => l.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_series_keeps_the_colour_it_names_and_tangents_take_colours_no_series_uses()
    {
        const string lesson = "# Colours\n\n```{plot} Two curves\n:alt: two curves\nx: [0, 1]\nseries:\n"
            + "  - y: x^2\n    color: green\n  - y: x\n    color: blue\ntangents: [0.5]\n```\n";
        using var site = Site(lesson);
        site.BuildClean();
        var svg = File.ReadAllText(Path.Combine(site.Output, "lessons/a/figure-1.svg"));
        var series = svg[svg.IndexOf("<g class=\"series\"", StringComparison.Ordinal)..];
        Assert.Matches("^<g class=\"series\"[^>]*>\\s*<path class=\"s-s3\"[^>]*>\\s*<path class=\"s-s1\"", series);
        // s1 and s3 are taken by the series, so the tangent is drawn in s2.
        Assert.Matches("<g class=\"tangent\">\\s*<path class=\"s-s2\"", svg);
    }

    [Fact]
    public void A_tangent_drawn_with_a_longer_length_spans_more_of_the_plot()
    {
        static double Span(string tangents)
        {
            using var site = Site($"# T\n\n```{{plot}} P\n:alt: a parabola\nx: [-1, 5]\ny: [-6, 26]\nseries: [x^2]\ntangents: {tangents}\n```\n");
            site.BuildClean();
            var svg = File.ReadAllText(Path.Combine(site.Output, "lessons/a/figure-1.svg"));
            var path = System.Text.RegularExpressions.Regex.Match(svg, "<g class=\"tangent\">\\s*<path[^>]* d=\"M[-\\d.]+ [-\\d.]+l(?<dx>-?[\\d.]+)");
            return double.Parse(path.Groups["dx"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        Assert.Equal(0.7 / 0.42, Span("[{at: 3, length: 0.7}]") / Span("[3]"), 2);
    }

    [Theory]
    [InlineData("tangents: [0.5]", "a tangent is a straight line only on a linear axis; draw tangents without 'scale: log'")]
    [InlineData("y: [0, 1]", "a logarithmic y axis needs a range above 0")]
    public void A_log_axis_refuses_what_it_cannot_show(string option, string message)
    {
        using var site = Site($"# L\n\n```{{plot}} P\n:alt: a curve\nx: [0, 1]\nscale: log\nseries: [exp(x)]\n{option}\n```\n");
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Lines(), l => l.Contains("error SG1406: " + message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_tangent_length_outside_its_range_is_an_error_at_it()
    {
        using var site = Site("# T\n\n```{plot} P\n:alt: a curve\nx: [0, 1]\nseries: [x^2]\ntangents:\n  - at: 0.5\n    length: 5\n```\n");
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Lines(), l => l.Contains("(9,13): error SG1406: a tangent's 'length' is a share of the plot's width from 0.1 to 2, not 5", StringComparison.Ordinal));
    }

    [Fact]
    public void A_series_colour_that_is_not_in_the_palette_is_an_error_with_the_list()
    {
        using var site = Site("# C\n\n```{plot} P\n:alt: a curve\nx: [0, 1]\nseries:\n  - y: x\n    color: gren\n```\n");
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Lines(), l => l.Contains("(8,12): error SG1406: 'gren' is not a series colour; did you mean 'green'? the colours are blue, vermilion, green, purple, orange, sky-blue, grey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_descent_takes_its_start_rate_and_steps_from_defined_names_so_the_text_can_cite_them()
    {
        const string lesson = "# Descent\n\n```{define}\np0 = [3, 1]\neta = 0.1\nn = 4\n```\n\n"
            + "```{descent} Down\n:alt: A path.\nf: x^2 + y^2\nx: [-4, 4]\ny: [-4, 4]\nstart: p0\nrate: eta\nsteps: n\ntable: 4\n```\n\n"
            + "After {eval}`n` steps at rate {eval}`eta`.\n";
        using var site = Site(lesson);
        site.BuildClean();
        var body = site.Body("lessons/a/index.html");
        Assert.Contains("<caption>Iterates from (3, 1)</caption>", body);
        Assert.Contains("<td>1</td><td>2.4</td><td>0.8</td>", body);
        Assert.Contains("After <span class=\"eval-value\">4</span> steps at rate <span class=\"eval-value\">0.1</span>.", body);
    }

    [Fact]
    public void Two_figures_with_one_id_are_an_error_and_a_reference_to_a_missing_figure_a_warning()
    {
        using var site = Site(Plot + "\n" + Plot.Replace("# Slopes", "").Replace("```{define}\nf(x) = x^2\n```", "")
            .Replace("{numref}`tangents`", "{numref}`tangent`"));
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Lines(), l => l.Contains("error SG1702: another figure on this page already has the id 'tangents'", StringComparison.Ordinal));
        Assert.Contains(site.Lines(), l => l.Contains("warning SG1704: no figure with the id 'tangent' on this page; did you mean 'tangents'?", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_kind_of_figure_builds()
    {
        using var site = Site("""
            # All

            ```{define}
            g(x, y) = x^2 + y^2
            ```

            ```{contour} Map
            :alt: Circles.
            f: g
            x: [-3, 3]
            y: [-3, 3]
            style: lines
            arrows: [5, 4]
            points:
              - [1, 1]
              - {x: 0, y: 0, label: minimum}
            paths:
              - points: [[2, 2], [1, 1], [0.5, 0.5]]
                label: a path
            ```

            ```{surface} Bowl
            :alt: A bowl.
            f: g
            x: [-3, 3]
            y: [-3, 3]
            azimuth: 30
            ```

            ```{bar-chart} Bars
            :alt: Bars.
            categories: [one, two]
            series:
              - values: [1, 2]
                label: first
              - values: "[2, 1] * 2"
                label: second
            ```

            ```{line-chart} Lines
            :alt: A line.
            series:
              - y: sigmoid([1, 2, 3])
                x: [1, 2, 3]
            markers: true
            ```
            """);
        var result = site.BuildClean();
        Assert.Equal(4, result.FiguresDrawn);
        Assert.Equal(Enumerable.Range(1, 4).SelectMany(n => new[] { $"figure-{n}.compact.svg", $"figure-{n}.png", $"figure-{n}.svg" }),
            site.OutputFiles().Where(f => f.StartsWith("lessons/a/figure-", StringComparison.Ordinal)).Select(f => f["lessons/a/".Length..]));
    }

    [Theory]
    [InlineData("```{contour} C\n:alt: a\nf: x*y\nx: [-1, 1]\ny: [-1, 1]\nlevels: [2, 1]\n```", "(8,9): error SG1406: 'levels' must list increasing numbers")]
    [InlineData("```{contour} C\n:alt: a\nf: x*y\nx: [-1, 1]\ny: [-1, 1]\narrows: [3, 99]\n```", "(8,13): error SG1406: 'arrows' must be a whole number from 2 to 40, not 99")]
    [InlineData("```{contour} C\n:alt: a\nf: x*y\nx: [-1, 1]\n```", "(3,1): error SG1407: directive 'contour' needs the option ':y:'")]
    [InlineData("```{contour} C\n:alt: a\nf: x*y\nx: [-1, 1]\ny: [-1, 1]\npaths:\n  - points: [[0, 0], [1]]\n```", "(9,22): error SG1406: 'paths' needs a point of 2 numbers, like [3, 1]")]
    [InlineData("```{surface} S\n:alt: a\nf: x*y\nx: [-1, 1]\ny: [-1, 1]\nelevation: 120\n```", "error SG1406: 'elevation' must be from -90 to 90 degrees, not 120")]
    [InlineData("```{surface} S\n:alt: a\nf: x*y\nx: [-1, 1]\ny: [-1, 1]\nresolution: 2\n```", "error SG1406: 'resolution' must be from 4 to 120 cells, not 2")]
    [InlineData("```{surface} S\n:alt: a\nf: x*y\nx: [-1, 1]\ny: [-1, 1]\nazimuth: east\n```", "(8,10): error SG1406: option 'azimuth' must be a number, not 'east'")]
    [InlineData("```{bar-chart} B\n:alt: a\nseries:\n  - values: [1, -1]\nscale: log\n```", "error SG1406: a logarithmic scale needs values above 0")]
    [InlineData("```{bar-chart} B\n:alt: a\ncategories: [a, b, c]\nseries:\n  - values: [1, 2]\n```", "error SG1406: 'categories' names 3 categories but the series have 2 values")]
    [InlineData("```{line-chart} L\n:alt: a\nseries:\n  - y: [1, 2, 3]\n    x: [1, 2]\n```", "(7,8): error SG1406: this series has 2 x values but 3 values")]
    [InlineData("```{line-chart} L\n:alt: a\nseries:\n  - y: log([1, 0])\n```", "error SG1206")]
    [InlineData("```{plot} P\n:alt: a\nx: [-1e308, 1e308]\nseries: [x]\n```", "(5,4): error SG1406: 'x' from −1 × 10³⁰⁸ to 1 × 10³⁰⁸ is beyond what a figure can show (up to ±1 × 10¹⁰⁰)")]
    [InlineData("```{plot} P\n:alt: a\nx: [1, 1.0000000000001]\nseries: [x]\n```", "(5,4): error SG1406: 'x' from 1 to 1.0000000000001 is too narrow to tell its ends apart on an axis")]
    [InlineData("```{bar-chart} B\n:alt: a\nscale: log\nseries:\n  - values: [1e-300, 1]\n```", "error SG1406: a series has a value beyond what a figure can show")]
    [InlineData("```{table} T\nover: h [1, 2]\ncolumns: [h]\n```", "(4,7): error SG1406: 'over' must name a variable and its values, such as 'h = [1, 0.1, 0.01]'")]
    [InlineData("```{table} T\nover: h = [1, 2]\ncolumns: [1 / (h - 1)]\n```", "error SG1206: column 1 (1 / (h - 1)) is not a finite number at h = 1")]
    [InlineData("```{table} T\nover: h = [1, zz]\ncolumns: [h]\n```", "(4,15): error SG1202: unknown name 'zz'")]
    public void Every_figure_and_table_option_is_checked_where_it_is_written(string block, string expected)
    {
        using var site = Site("# Options\n\n" + block + "\n");
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Lines(), l => l.Contains(expected, StringComparison.Ordinal));
    }
}
