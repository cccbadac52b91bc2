using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>
/// The `sitegen` command line. Exit codes: 0 success, 1 errors in the input, 2 wrong usage,
/// 70 a defect in SiteGen itself (EX_SOFTWARE).
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 70;

    /// <param name="interactive">Whether <paramref name="error"/> is a terminal a person watches (progress lines are drawn there); never for tests and pipes.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var root = new RootCommand("SiteGen builds static sites of executable lessons from Markdown.")
        {
            BuildCommand.Create(output, error, interactive),
            CheckCommand.Create(output, error, interactive),
            InitCommand.Create(output, error),
            NewCommand.Create(output, error),
            ServeCommand.Create(output, error),
            CalcCommand.Create(output, error),
            TrainCommand.Create(output, error),
        };
        // No POSIX bundling: "-x^2" after calc is an expression, never the flags -x, -^ and -2.
        var parsed = root.Parse(args, new ParserConfiguration { EnablePosixBundling = false });
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine($"sitegen: {problem.Message}");
            error.WriteLine("Run 'sitegen --help' for usage.");
            return UsageError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("SITEGEN_DEBUG") is null)
        {
            // Every problem in the input is a diagnostic; reaching here is a defect in SiteGen itself.
            // Authors get one line to report; SITEGEN_DEBUG=1 lets the exception and its stack trace through.
            error.WriteLine($"sitegen: internal error: {e.GetType().Name}: {e.Message} (run with SITEGEN_DEBUG=1 for details)");
            return InternalError;
        }
    }

    /// <summary>
    /// Prints diagnostics the one way they are printed: `path(line,col): error SGnnnn: message`,
    /// one line each. Paths and messages quote the input, so a control character in it is shown
    /// as an escape: raw, it could move the cursor, recolour the terminal or fake another line.
    /// </summary>
    public static void Print(IEnumerable<Diagnostics.Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics) error.WriteLine(Visible(diagnostic.ToString()));
    }

    /// <summary>The text with every control character but tab written as \uXXXX.</summary>
    internal static string Visible(string text)
    {
        if (!text.Any(IsHidden)) return text;
        var shown = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
            if (IsHidden(c)) shown.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else shown.Append(c);
        return shown.ToString();
    }

    private static bool IsHidden(char c) => char.IsControl(c) && c != '\t';
}
