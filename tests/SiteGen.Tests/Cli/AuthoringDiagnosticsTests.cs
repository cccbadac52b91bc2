namespace SiteGen.Tests.Cli;

/// <summary>
/// Mistakes an author makes writing a lesson from the guide, each answered with exactly one
/// message at its place that names the fix: never a parser's token, and never a second, false
/// message about what the first one hid. Every diagnostic of the build is asserted.
/// </summary>
public class AuthoringDiagnosticsTests
{
    /// <summary>Lines 1 to 6 of every lesson here; what a case adds starts at line 7.</summary>
    private const string Header = "# A\n\n```{define}\nf(x) = x^2\n```\n\n";

    /// <summary>Each case: what follows the header, and every line the build prints to stderr, with FILE for the lesson's path.</summary>
    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "a role at the start of a label in an options block",
            "```{plot} P\n:alt: A parabola.\nx: [-1, 1]\nseries:\n  - y: f(x)\n    label: {eval}`f(3)` at x = 3\n```\n",
            ["FILE(12,12): error SG1010: invalid YAML: a value that starts with '{' must be quoted; write label: \"{eval}`f(3)` at x = 3\""]
        },
        {
            "a backtick at the start of a label in a --- block",
            "```{plot} P\n:alt: A parabola.\n---\nx: [-1, 1]\nseries:\n  - y: f(x)\n    label: `f` at x = 3\n---\n```\n",
            ["FILE(13,12): error SG1010: invalid YAML: a value that starts with a backtick must be quoted; write label: \"`f` at x = 3\""]
        },
        {
            "a YAML slip that hides the required options after it",
            "```{plot} P\n:alt: A parabola.\nx: [-1, 1\nseries:\n  - y: f(x)\n```\n",
            ["FILE(9,4): error SG1010: invalid YAML: this '[' or '{' is never closed; close it on the same line, or write the list one '- item' per line"]
        },
        {
            "a misspelt required option",
            "```{plot} P\n:alt: A parabola.\nx: [-1, 1]\nseris:\n  - y: f(x)\n```\n",
            ["FILE(10,1): error SG1405: unknown option 'seris' for directive 'plot'; did you mean 'series'?"]
        },
        {
            "an unclosed list in the :key: form",
            "```{plot} P\n:alt: A parabola.\n:x: [-1, 1\n:series: [x^2]\n```\n",
            ["FILE(9,5): error SG1010: invalid YAML: this '[' or '{' is never closed; close it on the same line, or write the list one '- item' per line"]
        },
        {
            "a power written as in Python",
            "```{eval}\n3 ** 2\n```\n",
            ["FILE(8,3): error SG1201: '**' is not an operator here; powers are written with '^', as in x^2"]
        },
        {
            "a definition written with :=",
            "```{define}\nh(x) := x^3\n```\n",
            ["FILE(8,6): error SG1201: ':=' is not an operator here; definitions use '=', as in h(x) = x^3"]
        },
        {
            "a cited value with a format that is not its digits",
            "The value is {eval}`f(3):x`.\n",
            ["FILE(7,25): error SG1201: unexpected ':'; after a cited value's expression, ':' is followed by the number of significant digits to show, as in f(3):4"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_mistake_gets_one_message_that_names_the_fix(string @case, string markdown, string[] expected)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n", ["lessons/01-a.md"] = Header + markdown });

        var (exit, _, error) = Cli.Build(site);

        Assert.True(exit == 1, @case);
        Assert.Equal(expected.Select(l => l.Replace("FILE", $"{site.Content}/lessons/01-a.md")), Cli.Lines(error));
    }

    [Fact]
    public void List_options_take_the_same_values_in_the_key_form_as_in_an_options_block()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "# Home\n",
            ["lessons/01-a.md"] = Header + "```{plot} P\n:alt: A parabola.\n:x: [-1, 1]\n:series: [x^2]\n:tangents: [0.5]\n```\n",
            ["lessons/02-b.md"] = Header + "```{plot} P\n:alt: A parabola.\nx: [-1, 1]\nseries: [x^2]\ntangents: [0.5]\n```\n",
        });

        var (exit, _, error) = Cli.Build(site, "--strict");

        Assert.Equal(0, exit);
        Assert.Empty(Cli.Lines(error));
        Assert.Equal(Figure(site, "lessons/a"), Figure(site, "lessons/b"));
    }

    [Fact]
    public void A_tangent_outside_the_x_range_is_a_warning_at_its_point_and_an_error_under_strict()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "# Home\n",
            ["lessons/01-a.md"] = Header + "```{plot} P\n:alt: A parabola.\nx: [-1, 1]\nseries:\n  - y: f(x)\ntangents: [0.5, 3]\n```\n",
        });
        var warning = $"{site.Content}/lessons/01-a.md(12,17): warning SG1706: the tangent point x = 3 lies outside the x range [−1, 1], so no tangent is drawn there; move it inside or widen 'x'";

        var (exit, _, error) = Cli.Build(site);
        Assert.Equal(0, exit);
        Assert.Equal([warning], Cli.Lines(error));

        var (strictExit, _, strictError) = Cli.Build(site, "--strict");
        Assert.Equal(1, strictExit);
        Assert.Equal([warning.Replace("warning SG1706", "error SG1706")], Cli.Lines(strictError));
    }

    [Fact]
    public void A_numref_to_a_missing_figure_is_a_warning_like_a_broken_link_and_an_error_under_strict()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "# Home\n",
            ["lessons/01-a.md"] = "# A\n\nAs {numref}`bowl` shows.\n",
        });
        var warning = $"{site.Content}/lessons/01-a.md(3,13): warning SG1704: no figure with the id 'bowl' on this page";

        var (exit, _, error) = Cli.Build(site);
        Assert.Equal(0, exit);
        Assert.Equal([warning], Cli.Lines(error));
        Assert.Contains("<p>As <span class=\"numref\">Figure ??</span> shows.</p>", site.Body("lessons/a/index.html"));

        var (strictExit, _, strictError) = Cli.Build(site, "--strict");
        Assert.Equal(1, strictExit);
        Assert.Equal([warning.Replace("warning SG1704", "error SG1704")], Cli.Lines(strictError));
    }

    [Fact]
    public void A_slug_with_a_dot_is_a_path_that_builds_and_links()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "# Home\n\nSee [the release](lessons/01-release.md#changes) and [the notes](notes-1.5.md).\n",
            ["lessons/01-release.md"] = "---\nslug: mkdocs-2.0\n---\n# Release\n\n## Changes\n\nBack [home](../index.md).\n",
            ["notes-1.5.md"] = "# Notes\n",
        });

        var (exit, _, error) = Cli.Build(site, "--strict");

        Assert.Equal(0, exit);
        Assert.Empty(Cli.Lines(error));
        Assert.Contains("lessons/mkdocs-2.0/index.html", site.OutputFiles());
        Assert.Contains("notes-1.5/index.html", site.OutputFiles());
        var home = site.Body("index.html");
        Assert.Contains("href=\"lessons/mkdocs-2.0/index.html#changes\"", home);
        Assert.Contains("href=\"notes-1.5/index.html\"", home);
        Assert.Contains("href=\"../../index.html\"", site.Body("lessons/mkdocs-2.0/index.html"));
    }

    [Fact]
    public void A_slug_that_ends_like_a_page_file_is_refused_with_the_slug_to_write()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "# Home\n",
            ["lessons/01-a.md"] = "---\nslug: notes.html\n---\n# A\n",
        });

        var (exit, _, error) = Cli.Build(site);

        Assert.Equal(1, exit);
        Assert.Equal([$"{site.Content}/lessons/01-a.md(2,7): error SG1014: slug 'notes.html' ends in '.html', which makes its address look like a file; write 'notes'"],
            Cli.Lines(error));
    }

    /// <summary>The SVG file of the page's one figure.</summary>
    private static string Figure(TestSite site, string page) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(site.Output, page), "*.svg").Where(f => !f.EndsWith(".compact.svg", StringComparison.Ordinal)).Single());
}
