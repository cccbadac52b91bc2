using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Preview;

namespace SiteGen.Cli;

/// <summary>
/// `sitegen serve`: builds the site, serves it on 127.0.0.1, rebuilds when content or theme
/// files change, reloads open pages after each successful rebuild, and shows the errors of a
/// failed one over the open pages.
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
            // Listen first: a port in use is reported at once, not after a build. The default
            // port gives way to a free one; a port the author asked for does not.
            var requested = parse.GetValue(port);
            PreviewServer server;
            switch (PortChoice.Start(parse.GetValue(site.Out)!, requested, mayTakeAnother: parse.GetResult(port) is null or { Implicit: true }))
            {
                case PortChoice.Serving serving:
                    server = serving.Server;
                    if (serving.Instead) output.WriteLine($"Port {requested} is in use; serving on port {server.Port} instead.");
                    break;
                case PortChoice.InUse inUse:
                    CliApp.Print([Diagnostic.Of(DiagnosticCodes.PortInUse,
                        $"port {inUse.Port} is in use by another program (another 'sitegen serve'?); stop that program, choose another port with --port, or leave --port out to serve on a free one", null)], error);
                    return CliApp.UsageError;
                case PortChoice.Failed failed:
                    error.WriteLine($"sitegen: cannot serve on http://127.0.0.1:{failed.Port}/: {failed.Reason}; choose another port with --port");
                    return CliApp.InputErrors;
                default:
                    throw new InvalidOperationException("unknown outcome of starting the server");
            }
            using var _ = server;
            // Pages link to each other relatively; the base URL only matters for 404.html's links.
            var options = site.Read(parse, server.Address);
            var builder = new SiteBuilder { SavesInBackground = true };
            var rebuilder = new Rebuilder(
                () =>
                {
                    var result = builder.Build(options);
                    // Printed once per rebuild, however many pages are open to show it.
                    BuildCommand.Report(result, options, output, error, quiet: false);
                    if (parse.GetValue(timings)) BuildCommand.PrintTimings(result, output);
                    return result.Diagnostics;
                },
                server.NotifyReload, server.NotifyErrors, error, showStackTrace: Environment.GetEnvironmentVariable("SITEGEN_DEBUG") is not null);
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
