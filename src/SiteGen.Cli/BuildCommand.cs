using System.CommandLine;
using SiteGen.Build;

namespace SiteGen.Cli;

/// <summary>`sitegen build`: builds the site, prints diagnostics and one summary line.</summary>
public static class BuildCommand
{
    /// <param name="interactive">Whether <paramref name="error"/> is a terminal a person watches: then a long build shows a progress line there.</param>
    public static Command Create(TextWriter output, TextWriter error, bool interactive = false)
    {
        var site = new SiteOptions();
        var baseUrl = new Option<string?>("--base-url") { Description = "The site's public URL, overriding site.yml's base_url (for canonical links and the sitemap)." };
        var quiet = new Option<bool>("--quiet") { Description = "Print only warnings and errors." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each build stage took." };
        var command = new Command("build", "Build the site into the output folder.");
        site.AddTo(command);
        command.Add(baseUrl);
        command.Add(quiet);
        command.Add(timings);
        command.SetAction(parse =>
        {
            var progress = new BuildProgress();
            var options = site.Read(parse, parse.GetValue(baseUrl)) with { Progress = progress };
            var result = BuildShowingProgress(options, progress, error, interactive && !parse.GetValue(quiet), "Building");
            Report(result, options, output, error, parse.GetValue(quiet));
            if (parse.GetValue(timings)) PrintTimings(result, output);
            return result.Succeeded ? CliApp.Success : CliApp.InputErrors;
        });
        return command;
    }

    /// <summary>Builds, with a live progress line on the terminal when <paramref name="interactive"/>, erased when the build ends.</summary>
    public static BuildResult BuildShowingProgress(BuildOptions options, BuildProgress progress, TextWriter error, bool interactive, string verb)
    {
        using var line = ProgressLine.Start(progress, error, interactive, verb, interactive ? ProgressLine.TerminalWidth() : 80);
        return new SiteBuilder().Build(options);
    }

    /// <summary>Prints a build's diagnostics and its summary line.</summary>
    public static void Report(BuildResult result, BuildOptions options, TextWriter output, TextWriter error, bool quiet)
    {
        CliApp.Print(result.Diagnostics, error);
        if (!quiet) foreach (var note in result.Notes) output.WriteLine(CliApp.Visible(note));
        if (!quiet || !result.Succeeded) output.WriteLine(Summary(result, options));
    }

    private static string Summary(BuildResult result, BuildOptions options)
    {
        var counts = $"{Plural(result.WarningCount, "warning")}, {Plural(result.ErrorCount, "error")}";
        return result.Succeeded
            ? $"Built {Plural(result.PageCount, "page")}{Reused(result)}{Figures(result)}{Runs(result)} into {options.OutputDirectory}/ in {result.ElapsedMilliseconds} ms, "
                + $"{Plural(result.FilesWritten, "file")} written: {counts}."
            : $"Build failed in {result.ElapsedMilliseconds} ms: {counts}; {options.OutputDirectory}/ left unchanged.";
    }

    private static string Reused(BuildResult result) =>
        result.PagesReused == 0 ? "" : $" ({result.PagesRendered} rendered, {result.PagesReused} unchanged)";

    private static string Figures(BuildResult result) =>
        result.FiguresDrawn + result.FiguresCached == 0 ? ""
            : $" and {Plural(result.FiguresDrawn + result.FiguresCached, "figure")} ({result.FiguresDrawn} drawn, {result.FiguresCached} from the cache)";

    private static string Runs(BuildResult result) =>
        result.RunsTrained + result.RunsCached == 0 ? ""
            : $", {Plural(result.RunsTrained + result.RunsCached, "training run")} ({result.RunsTrained} trained, {result.RunsCached} from the cache)";

    public static void PrintTimings(BuildResult result, TextWriter output)
    {
        var previous = 0L;
        foreach (var (stage, at) in result.Stages)
        {
            output.WriteLine($"  {stage,-24}{at - previous,6} ms");
            previous = at;
        }
    }

    internal static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
