using SiteGen.Cli;

namespace SiteGen.Tests.Cli;

/// <summary>Runs the sitegen command in-process, as a user would from a shell.</summary>
public static class Cli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>`sitegen build` of a test site with the default theme unless another is given.</summary>
    public static (int Code, string Out, string Err) Build(TestSite site, params string[] extra) =>
        Run([.. new[] { "build", "--content", site.Content, "--out", site.Output }, .. extra.Contains("--theme") ? [] : new[] { "--theme", TestSite.DefaultTheme }, .. extra]);

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
