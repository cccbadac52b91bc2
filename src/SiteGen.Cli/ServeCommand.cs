using System.CommandLine;
using SiteGen.Build;
using SiteGen.Preview;

namespace SiteGen.Cli;

/// <summary>
/// `sitegen serve`: builds the site, serves it on 127.0.0.1, rebuilds when content or theme
/// files change, and reloads open pages after each successful rebuild.
/// </summary>
public static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port") { Description = "The port to serve on.", DefaultValueFactory = _ => 8000 };
        var command = new Command("serve", "Build, serve on localhost and rebuild on every change, with live reload.");
        site.AddTo(command);
        command.Add(port);
        command.SetAction(async (parse, cancel) =>
        {
            using var server = new PreviewServer(parse.GetValue(site.Out)!, parse.GetValue(port));
            // Pages link to each other relatively; the base URL only matters for 404.html's links.
            var options = site.Read(parse, server.Address);
            var builder = new SiteBuilder();
            var rebuilder = new Rebuilder(
                () =>
                {
                    var result = builder.Build(options);
                    BuildCommand.Report(result, options, output, error, quiet: false);
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
            var theme = ThemeLocator.Locate(options.ContentDirectory, options.ThemeDirectory, "default");
            using var watcher = new ChangeWatcher([options.ContentDirectory, Path.GetDirectoryName(theme)!], rebuilder.Rebuild);
            output.WriteLine($"Serving {options.OutputDirectory}/ at {server.Address} (Ctrl+C to stop); rebuilding on changes.");
            try { await Task.Delay(Timeout.Infinite, cancel); }
            catch (OperationCanceledException) { }
            return CliApp.Success;
        });
        return command;
    }
}
