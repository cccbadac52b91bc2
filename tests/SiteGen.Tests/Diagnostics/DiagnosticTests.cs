using SiteGen.Diagnostics;

namespace SiteGen.Tests.Diagnostics;

public class DiagnosticTests
{
    [Fact]
    public void A_placed_diagnostic_prints_like_a_compiler_message()
    {
        var diagnostic = new Diagnostic(Severity.Warning, "SG1301", "link to 'x.md'", new SourceLocation("content/a.md", 3, 14));

        Assert.Equal("content/a.md(3,14): warning SG1301: link to 'x.md'", diagnostic.ToString());
    }

    [Fact]
    public void A_diagnostic_without_a_place_is_printed_as_from_sitegen()
    {
        var diagnostic = new Diagnostic(Severity.Error, "SG1501", "theme folder 'x' does not exist", null);

        Assert.Equal("sitegen: error SG1501: theme folder 'x' does not exist", diagnostic.ToString());
    }

    [Fact]
    public void Every_code_is_SG_and_four_digits_and_described_once()
    {
        var codes = typeof(DiagnosticCodes).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.All(codes, code => Assert.Matches(@"^SG\d{4}$", code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(codes.Order(), DiagnosticCodes.Catalog.Keys.Order());
        Assert.All(DiagnosticCodes.Catalog.Values, kind => Assert.False(string.IsNullOrWhiteSpace(kind.Title)));
    }

    [Fact]
    public void A_build_lists_diagnostics_by_file_then_line_then_column()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/02-b.md"] = "# B\n\n{x}`1` and {y}`2`\n\n{z}`3`\n",
            ["lessons/01-a.md"] = "# A\n\n[gone](gone.md) {w}`4`\n",
        });
        site.Build();

        Assert.Equal(
        [
            "content/lessons/01-a.md(3,1)", "content/lessons/01-a.md(3,17)",
            "content/lessons/02-b.md(3,1)", "content/lessons/02-b.md(3,12)", "content/lessons/02-b.md(5,1)",
        ], site.Lines().Select(l => l[..(l.IndexOf(')') + 1)]));
    }

    [Fact]
    public void A_build_reports_every_problem_of_every_page_not_just_the_first()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "---\ntitle: A\nweight: x\n---\n",
            ["lessons/02-b.md"] = "---\ntitle: B\ndraft: x\n---\n",
            ["lessons/03-c.md"] = "```{note}\n:bogus:\n```\n",
        });
        var result = site.Build();

        Assert.Equal(3, result.ErrorCount);
    }
}
