using System.Text.RegularExpressions;

namespace SiteGen.Tests.Cli;

/// <summary>
/// Whatever is wrong with the input, sitegen answers with exit code 1 and diagnostics in the
/// one printed form, never with an exception.
/// </summary>
public partial class BadInputTests
{
    [GeneratedRegex(@"^.+\(\d+,\d+\): (error|warning) SG\d{4}: .+$")]
    private static partial Regex PlacedDiagnostic();

    [GeneratedRegex(@"^sitegen: (error|warning) SG\d{4}: .+$")]
    private static partial Regex UnplacedDiagnostic();

    /// <summary>Each case breaks a working site in one way; the code is the error it must produce.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "template with a syntax error", "SG1503" },
        { "template reading an undefined variable", "SG1504" },
        { "template that is not UTF-8", "SG1002" },
        { "theme without a 404 layout", "SG1502" },
        { "theme folder that does not exist", "SG1501" },
        { "content folder that does not exist", "SG1004" },
        { "site.yml that is a list", "SG1012" },
        { "site.yml that is not UTF-8", "SG1002" },
        { "site.yml that does not parse", "SG1010" },
        { "page that is not UTF-8", "SG1002" },
        { "page that cannot be read", "SG1001" },
        { "front matter that does not parse", "SG1010" },
        { "front matter that is never closed", "SG1101" },
        { "front matter that is a list", "SG1012" },
        { "directive options that do not parse", "SG1010" },
        { "directive option of the wrong kind", "SG1406" },
        { "two pages with one URL", "SG1102" },
        { "output path that is a file", "SG1601" },
    };

    private static string[] Break(TestSite site, string @case)
    {
        string Theme() => site.CopyTheme();
        void Append(string file, string text) => File.AppendAllText(file, text);
        switch (@case)
        {
            case "template with a syntax error":
                var broken = Theme();
                Append(Path.Combine(broken, "layouts/lesson.html"), "\n{{ for }}\n");
                return ["--theme", broken];
            case "template reading an undefined variable":
                var strict = Theme();
                Append(Path.Combine(strict, "layouts/lesson.html"), "\n{{ lesson_count }}\n");
                return ["--theme", strict];
            case "template that is not UTF-8":
                var latin = Theme();
                File.AppendAllText(Path.Combine(latin, "layouts/page.html"), "\n<p>Caf\u00e9</p>\n", System.Text.Encoding.Latin1);
                return ["--theme", latin];
            case "theme without a 404 layout":
                var partial = Theme();
                File.Delete(Path.Combine(partial, "layouts/404.html"));
                return ["--theme", partial];
            case "theme folder that does not exist":
                return ["--theme", Path.Combine(site.Root, "nope")];
            case "content folder that does not exist":
                Directory.Delete(site.Content, recursive: true);
                break;
            case "site.yml that is a list":
                site.Write("site.yml", "- title: T\n");
                break;
            case "site.yml that is not UTF-8":
                site.WriteBytes("site.yml", System.Text.Encoding.Latin1.GetBytes("title: Caf\u00e9\n"));
                break;
            case "site.yml that does not parse":
                site.Write("site.yml", "title: \"T\n");
                break;
            case "page that is not UTF-8":
                site.WriteBytes("lessons/02-b.md", [.. "# B\n\nna"u8, 0xEF, 0x00, .. "ve\n"u8]);
                break;
            case "page that cannot be read":
                File.CreateSymbolicLink(Path.Combine(site.Content, "lessons/02-b.md"), Path.Combine(site.Root, "missing.md"));
                break;
            case "front matter that does not parse":
                site.Write("lessons/02-b.md", "---\ntitle: [B\n---\n");
                break;
            case "front matter that is never closed":
                site.Write("lessons/02-b.md", "---\ntitle: B\n\n# B\n");
                break;
            case "front matter that is a list":
                site.Write("lessons/02-b.md", "---\n- B\n---\n");
                break;
            case "directive options that do not parse":
                site.Write("lessons/02-b.md", "# B\n\n```{note}\n---\nclass: [a\n---\nText.\n```\n");
                break;
            case "directive option of the wrong kind":
                site.Write("lessons/02-b.md", "# B\n\n```{note}\n---\nclass: [a, b]\n---\nText.\n```\n");
                break;
            case "two pages with one URL":
                site.Write("lessons/02-a.md", "# Another A\n");
                break;
            case "output path that is a file":
                File.WriteAllText(site.Output, "not a folder");
                break;
        }
        return [];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_exits_1_with_diagnostics_and_no_exception(string @case, string code)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n", ["lessons/01-a.md"] = "# A\n" });
        var extra = Break(site, @case);

        var (exit, output, error) = Cli.Build(site, extra);

        Assert.Equal(1, exit);
        var lines = Cli.Lines(error);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.True(PlacedDiagnostic().IsMatch(line) || UnplacedDiagnostic().IsMatch(line), $"not a diagnostic: {line}"));
        Assert.Contains(lines, line => line.Contains($" error {code}: ", StringComparison.Ordinal));
        Assert.StartsWith("Build failed in ", Assert.Single(Cli.Lines(output)));
    }
}
