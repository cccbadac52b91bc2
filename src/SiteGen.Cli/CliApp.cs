using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>
/// The `sitegen` command line. Exit codes: 0 success, 1 errors in the input, 2 wrong usage.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SiteGen builds static sites of executable lessons from Markdown.")
        {
            BuildCommand.Create(output, error),
            NewCommand.Create(output, error),
            ServeCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine($"sitegen: {problem.Message}");
            error.WriteLine("Run 'sitegen --help' for usage.");
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>Prints diagnostics the one way they are printed: `path(line,col): error SGnnnn: message`.</summary>
    public static void Print(IEnumerable<Diagnostics.Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics) error.WriteLine(diagnostic.ToString());
    }
}
