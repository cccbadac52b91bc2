using System.CommandLine;
using SiteGen.Build;

namespace SiteGen.Cli;

/// <summary>`sitegen build`: builds the site, prints diagnostics and one summary line.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = new Option<string>("--content") { Description = "The content folder (site.yml and Markdown).", DefaultValueFactory = _ => "content" };
        var outDir = new Option<string>("--out") { Description = "The output folder, replaced when the build succeeds.", DefaultValueFactory = _ => "output" };
        var theme = new Option<string?>("--theme") { Description = "The theme folder (default: themes/NAME from site.yml, found beside or above the content folder)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The site's public URL, overriding site.yml's base_url (for canonical links and the sitemap)." };
        var strict = new Option<bool>("--strict") { Description = "Treat every warning as an error." };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked 'draft: true'." };
        var quiet = new Option<bool>("--quiet") { Description = "Print only warnings and errors." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each build stage took." };
        var command = new Command("build", "Build the site into the output folder.") { content, outDir, theme, baseUrl, strict, drafts, quiet, timings };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(outDir)!, parse.GetValue(theme),
                parse.GetValue(baseUrl), parse.GetValue(strict), parse.GetValue(drafts));
            var result = new SiteBuilder().Build(options);
            CliApp.Print(result.Diagnostics, error);
            if (parse.GetValue(timings)) PrintTimings(result, output);
            if (!parse.GetValue(quiet) || !result.Succeeded) output.WriteLine(Summary(result, options));
            return result.Succeeded ? CliApp.Success : CliApp.InputErrors;
        });
        return command;
    }

    private static string Summary(BuildResult result, BuildOptions options)
    {
        var counts = $"{Plural(result.WarningCount, "warning")}, {Plural(result.ErrorCount, "error")}";
        return result.Succeeded
            ? $"Built {Plural(result.PageCount, "page")} into {options.OutputDirectory}/ in {result.ElapsedMilliseconds} ms: {counts}."
            : $"Build failed in {result.ElapsedMilliseconds} ms: {counts}; {options.OutputDirectory}/ left unchanged.";
    }

    private static void PrintTimings(BuildResult result, TextWriter output)
    {
        var previous = 0L;
        foreach (var (stage, at) in result.Stages)
        {
            output.WriteLine($"  {stage,-24}{at - previous,6} ms");
            previous = at;
        }
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
