using System.Diagnostics;
using CsCheck;
using SiteGen.Tests.Compute.Properties;

namespace SiteGen.Tests.Build;

/// <summary>
/// Whole lesson files assembled from the pieces authors write (front matter, directives with
/// options and YAML bodies, roles, containers, math), valid and broken, then cut and spliced at
/// random. Every build ends, quickly, in a page or in diagnostics that each name a line of the
/// file; none throws, and a failed build leaves the previous output as it was.
/// </summary>
public class LessonFileFuzzTests
{
    private static readonly string[] Pieces =
    [
        "---\ntitle: Fuzzed\n---\n", "---\ntags: [a, b\nweight: 2\n---\n", "---\ntitle: [x\n---\n", "---\n: :\n---\n", "---\nweight: x\n",
        "# Heading\n", "## Part {#part}\n", "Some *text* with `code` and $x^2 + 1$ inline.\n", "$$\n\\frac{1}{2}\n$$\n",
        "```{define}\nf(x) = x^2\na = 2\ng(x, y) = x*y + a\n```\n", "```{define}\nf(x) = \n```\n", "```{define}\nh(x) = h(x)\n```\n",
        "```{eval}\nf'(3)\ngrad(g, [1, 2])\n```\n", "```{eval}\n:digits: 1000\nsigmod(1)\n```\n",
        "Value {eval}`f(2)` and {eval}`f'(2):3` here.\n", "Broken {eval}`f(` role.\n", "See {numref}`curve`.\n", "{eval}``\n",
        "```{plot} A curve\n:alt: a parabola\n:id: curve\nx: [0, 1]\nseries: [f(x)]\n```\n",
        "```{plot} Broken\n:alt: x\nseries: [{y: x\n  label: q\n```\n", "```{plot}\n---\nx: [0\n---\n```\n",
        "```{plot} P\n:alt: t\nx: [1e309, 2]\nseries: [1/x]\ntangents: [{x: 0}]\n```\n",
        "```{contour} Map\n:alt: a bowl\nf: x^2 + y^2\nx: [-1, 1]\ny: [-1, 1]\nlevels: 5\n```\n",
        "```{descent} Descent\n:alt: a path\nf: x^2 + y^2\nx: [-1, 1]\ny: [-1, 1]\nrate: 0.1\nstart: [0.5, 0.5]\nsteps: 1000000\n```\n",
        "```{table} Rows\nover: h = [1, 0.1]\ncolumns:\n  - h\n  - label: sq\n    value: h^2\n```\n", "```{surface} S\n:alt: s\nf: x*y\nx: [0, 1]\ny: [0, 1]\n```\n",
        "```{bar-chart} B\n:alt: b\ncategories: [a, b]\nseries: [[1, 2]]\n```\n", "```{unknown} Title words\nbody\n```\n",
        ":::note\nA note.\n:::\n", ":::foo Title\ntext\n::: trailing\n", "> quoted\n> > deeper\n", "- item\n  - nested\n", "!!! note\n    mkdocs\n",
        "{{< hugo >}}\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "[link](missing.md#nowhere)\n", "![image](nowhere.png)\n", "\u0000\u001b[31m\n", "```\nunclosed fence\n",
    ];

    private static Gen<string> Lessons =>
        from pieces in Gen.OneOf(Pieces).Array[1, 10]
        from cuts in Gen.Int[0, 3]
        from seed in Gen.Int
        select Mutate(string.Concat(pieces), cuts, seed);

    /// <summary>Deletes or repeats a few random stretches, which is how typos break structure.</summary>
    private static string Mutate(string text, int cuts, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < cuts && text.Length > 2; i++)
        {
            var at = random.Next(text.Length - 1);
            var length = random.Next(1, Math.Min(8, text.Length - at));
            text = random.Next(2) == 0 ? text.Remove(at, length) : text.Insert(at, text.Substring(at, length));
        }
        return text;
    }

    [Fact]
    public void No_lesson_file_crashes_or_hangs_the_build_and_every_diagnostic_is_positioned()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n" });
        site.BuildClean();
        var goodHome = site.Page("index.html");
        PropertyRuns.Check(Lessons, lesson =>
        {
            site.Write("lessons/01-fuzzed.md", lesson);
            var clock = Stopwatch.StartNew();
            var result = site.Build();
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"{clock.Elapsed.TotalSeconds:F1} s");
            var lines = lesson.Split('\n').Length;
            foreach (var diagnostic in result.Diagnostics.Where(d => d.Location?.Path.EndsWith("01-fuzzed.md", StringComparison.Ordinal) == true))
                Assert.InRange(diagnostic.Location!.Value.Line, 1, lines + 1);
            if (!result.Succeeded) Assert.Equal(goodHome, site.Page("index.html"));
            else goodHome = site.Page("index.html");
        }, iterations: 60, threads: 1);
    }
}
