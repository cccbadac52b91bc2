using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Preview;

namespace SiteGen.Tests.Preview;

/// <summary>What the error overlay is sent about a failed rebuild: its errors, each with the source line it points into.</summary>
public class ErrorReportTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["content/a.md"] = "# A\n\n\tx: {eval}`f(3)`\n",
    };

    [Fact]
    public void Each_error_carries_its_place_code_message_source_line_and_a_caret_under_its_column()
    {
        IReadOnlyList<Diagnostic> diagnostics =
        [
            Diagnostic.Of(DiagnosticCodes.YamlSyntax, "invalid YAML", new SourceLocation("content/a.md", 3, 5)),
            Diagnostic.Of(DiagnosticCodes.FigureWithoutAlt, "a warning", new SourceLocation("content/a.md", 1, 1)),
            Diagnostic.Of(DiagnosticCodes.ContentDirectoryMissing, "no content", null),
        ];

        using var report = JsonDocument.Parse(ErrorReport.Json(diagnostics, path => Files.GetValueOrDefault(path)));

        var root = report.RootElement;
        Assert.Equal(2, root.GetProperty("errorCount").GetInt32());
        Assert.Equal(1, root.GetProperty("warningCount").GetInt32());
        var errors = root.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("content/a.md", errors[0].GetProperty("file").GetString());
        Assert.Equal(3, errors[0].GetProperty("line").GetInt32());
        Assert.Equal(5, errors[0].GetProperty("column").GetInt32());
        Assert.Equal("SG1010", errors[0].GetProperty("code").GetString());
        Assert.Equal("invalid YAML", errors[0].GetProperty("message").GetString());
        Assert.Equal("\tx: {eval}`f(3)`", errors[0].GetProperty("source").GetString());
        Assert.Equal("\t   ^", errors[0].GetProperty("caret").GetString());
        // An error with no place has no source line, and says what the terminal said.
        Assert.False(errors[1].TryGetProperty("file", out _));
        Assert.Equal("sitegen: error SG1004: no content", errors[1].GetProperty("text").GetString());
    }

    [Fact]
    public void A_line_the_file_no_longer_has_gives_no_source_and_the_json_is_one_line()
    {
        IReadOnlyList<Diagnostic> diagnostics = [Diagnostic.Of(DiagnosticCodes.YamlSyntax, "two\nlines", new SourceLocation("content/a.md", 40, 1))];

        var json = ErrorReport.Json(diagnostics, path => Files.GetValueOrDefault(path));

        Assert.DoesNotContain('\n', json);  // a server-sent event's data is one line
        using var report = JsonDocument.Parse(json);
        var error = Assert.Single(report.RootElement.GetProperty("errors").EnumerateArray());
        Assert.False(error.TryGetProperty("source", out _));
        Assert.Equal("two\nlines", error.GetProperty("message").GetString());
    }

    [Fact]
    public void A_build_that_fails_everywhere_lists_the_first_errors_and_counts_them_all()
    {
        var diagnostics = Enumerable.Range(1, ErrorReport.MaxShown + 7)
            .Select(i => Diagnostic.Of(DiagnosticCodes.YamlSyntax, $"error {i}", new SourceLocation("content/missing.md", i, 1))).ToList();

        using var report = JsonDocument.Parse(ErrorReport.Json(diagnostics, _ => null));

        Assert.Equal(ErrorReport.MaxShown + 7, report.RootElement.GetProperty("errorCount").GetInt32());
        Assert.Equal(ErrorReport.MaxShown, report.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Theory]
    [InlineData("abc", 1, "^")]
    [InlineData("abc", 3, "  ^")]
    [InlineData("abc", 4, "   ^")]
    [InlineData("abc", 99, "   ^")]
    [InlineData("\t\tx", 3, "\t\t^")]
    public void The_caret_sits_under_the_column(string line, int column, string caret) =>
        Assert.Equal(caret, ErrorReport.Caret(line, column));
}
