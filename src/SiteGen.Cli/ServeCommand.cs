using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SiteGen.Build;
using SiteGen.Preview;

namespace SiteGen.Cli;

/// <summary>
/// `sitegen serve`: builds the site, serves it on 127.0.0.1, rebuilds when content or theme
/// files change, and reloads open pages after each successful rebuild.
/// </summary>
public static class ServeCommand
{
    private const int DefaultPort = 8000;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port") { Description = "The port to serve on, from 1 to 65535.", DefaultValueFactory = _ => DefaultPort, CustomParser = ParsePort };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of every rebuild took." };
        var command = new Command("serve", "Build, serve on localhost and rebuild on every change, with live reload.");
        site.AddTo(command);
        command.Add(port);
        command.Add(timings);
        command.SetAction(async (parse, cancel) =>
        {
            using var server = new PreviewServer(parse.GetValue(site.Out)!, parse.GetValue(port));
            // Pages link to each other relatively; the base URL only matters for 404.html's links.
            var options = site.Read(parse, server.Address);
            var builder = new SiteBuilder { SavesInBackground = true };
            var rebuilder = new Rebuilder(
                () =>
                {
                    var result = builder.Build(options);
                    BuildCommand.Report(result, options, output, error, quiet: false);
                    if (parse.GetValue(timings)) BuildCommand.PrintTimings(result, output);
                    return result.Succeeded;
                },
                server.NotifyReload, error, showStackTrace: Environment.GetEnvironmentVariable("SITEGEN_DEBUG") is not null);
            // Listen first: a port in use is reported at once, not after a build.
            try
            {
                server.Start();
            }
            catch (System.Net.HttpListenerException e)
            {
                error.WriteLine($"sitegen: cannot serve on {server.Address}: {e.Message}; choose another port with --port");
                return CliApp.InputErrors;
            }
            rebuilder.Rebuild();
            // The built-in theme cannot change: only a theme folder is watched.
            var theme = ThemeLocator.Locate(options.ContentDirectory, options.ThemeDirectory, "default", options.BuiltInTheme);
            using var watcher = new ChangeWatcher(
                theme.Folder is { } folder ? [options.ContentDirectory, Path.GetDirectoryName(folder)!] : [options.ContentDirectory], rebuilder.Rebuild);
            output.WriteLine($"Serving {options.OutputDirectory}/ at {server.Address} (Ctrl+C to stop); rebuilding on changes.");
            try { await Task.Delay(Timeout.Infinite, cancel); }
            catch (OperationCanceledException) { }
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>A port is a usage error unless it is a whole number from 1 to 65535.</summary>
    private static int ParsePort(ArgumentResult result)
    {
        if (result.Tokens.Count == 0) return DefaultPort;
        var text = result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535) return port;
        result.AddError($"--port takes a port number from 1 to 65535, not '{Printable(text)}'");
        return DefaultPort;
    }

    /// <summary>The text with control characters written as \uXXXX, so that echoing it cannot drive the terminal.</summary>
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
