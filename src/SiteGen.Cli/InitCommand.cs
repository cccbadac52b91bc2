using System.CommandLine;
using System.Reflection;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Scaffold;

namespace SiteGen.Cli;

/// <summary>`sitegen init [DIR]`: a new site in DIR (default: the current folder), which must be new or empty.</summary>
public static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string>("directory") { Description = "The folder of the new site, new or empty (default: the current folder).", DefaultValueFactory = _ => "." };
        var command = new Command("init", "Create a new site: settings, a home page, a first lesson and a GitHub Pages workflow.") { directory };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var root = Path.GetFullPath(parse.GetValue(directory)!);
            var written = SiteScaffold.Create(root, BuiltIn.ScaffoldFiles(), Version, diagnostics);
            CliApp.Print(diagnostics.Items, error);
            if (written is null) return CliApp.InputErrors;
            foreach (var path in written) output.WriteLine($"Created {SourceFile.DisplayPathOf(path)}");
            var here = Path.GetFullPath(".") == root;
            var enter = here ? "" : $"cd {Quoted(SourceFile.DisplayPathOf(root))} && ";
            output.WriteLine($"Next: {enter}sitegen serve   (builds the site and previews it at http://127.0.0.1:8000/)");
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>This command's version, which the new site's workflow installs: "0.1.0", without a source revision.</summary>
    public static string Version
    {
        get
        {
            var informational = typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0";
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }
    }

    private static string Quoted(string path) => path.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '&' or ';') ? $"'{path.Replace("'", "'\\''")}'" : path;
}
