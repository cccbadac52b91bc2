using System.CommandLine;
using SiteGen.Build;

namespace SiteGen.Cli;

/// <summary>
/// `sitegen check`: everything a strict build would report (links and anchors, figure and image
/// references, alt text, directive options, unused definitions), all of it, and exit 1 if there
/// is anything. It is the build itself in its check-only mode, so it finds exactly what a build
/// finds; it writes nothing, neither the output folder nor the cache, which it reads, so a check
/// after a build redoes only the pages that changed since.
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error, bool interactive = false)
    {
        var site = new SiteOptions();
        var quiet = new Option<bool>("--quiet") { Description = "Print only the problems." };
        var command = new Command("check", "Report every problem a strict build would, without writing anything; exit 1 if there is one.");
        site.AddTo(command, strictOption: false);
        command.Add(quiet);
        command.SetAction(parse =>
        {
            var progress = new BuildProgress();
            var options = site.Read(parse, baseUrl: null, strict: true) with { CheckOnly = true, Progress = progress };
            var result = BuildCommand.BuildShowingProgress(options, progress, error, interactive && !parse.GetValue(quiet), "Checking");
            CliApp.Print(result.Diagnostics, error);
            if (!parse.GetValue(quiet)) foreach (var note in result.Notes) output.WriteLine(CliApp.Visible(note));
            if (!parse.GetValue(quiet) || !result.Succeeded) output.WriteLine(Summary(result));
            return result.Succeeded ? CliApp.Success : CliApp.InputErrors;
        });
        return command;
    }

    private static string Summary(BuildResult result)
    {
        var what = $"{BuildCommand.Plural(result.PageCount, "page")}{Figures(result)}";
        return result.Succeeded
            ? $"Checked {what} in {result.ElapsedMilliseconds} ms: no problems."
            : $"Check found {BuildCommand.Plural(result.ErrorCount, "problem")} in {result.ElapsedMilliseconds} ms; nothing was written.";
    }

    private static string Figures(BuildResult result) =>
        result.FiguresDrawn + result.FiguresCached == 0 ? "" : $" and {BuildCommand.Plural(result.FiguresDrawn + result.FiguresCached, "figure")}";
}
