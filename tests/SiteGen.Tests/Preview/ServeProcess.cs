using System.Diagnostics;
using System.Text;

namespace SiteGen.Tests.Preview;

/// <summary>
/// The built `sitegen serve` command running as its own process over a test site, on a free
/// loopback port. Disposing ends that one process.
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    public int Port { get; private set; }
    public bool HasExited => _process.HasExited;
    public string Error { get { lock (_error) return _error.ToString(); } }
    public string Output { get { lock (_output) return _output.ToString(); } }

    private ServeProcess(Process process, int port) => (_process, Port) = (process, port);

    /// <summary>Starts serving on a free port and returns once the server says it is serving.</summary>
    public static ServeProcess Start(TestSite site)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = PreviewHost.FreePort();
            var serve = Launch(site, port);
            if (serve.WaitUntilServing()) return serve;
            serve.Dispose();
            // Another process may have taken the port in between; anything else is a failure.
            Assert.True(attempt < 3 && serve.Error.Contains(" SG1603: ", StringComparison.Ordinal), $"serve did not start:\n{serve.Error}");
        }
    }

    /// <summary>Starts serving without --port, on the port the command chooses, and returns once it serves.</summary>
    public static ServeProcess StartOnDefaultPort(TestSite site)
    {
        var serve = Launch(site, port: null);
        Assert.True(serve.WaitUntilServing(), $"serve did not start:\n{serve.Error}");
        return serve;
    }

    private static ServeProcess Launch(TestSite site, int? port)
    {
        var command = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "sitegen.exe" : "sitegen");
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "serve", "--content", site.Content, "--out", site.Output, "--theme", TestSite.DefaultTheme })
            start.ArgumentList.Add(arg);
        if (port is { } chosen)
        {
            start.ArgumentList.Add("--port");
            start.ArgumentList.Add($"{chosen}");
        }
        return new ServeProcess(Process.Start(start)!, port ?? 0);
    }

    private bool WaitUntilServing()
    {
        var serving = new ManualResetEventSlim();
        _process.OutputDataReceived += (_, e) =>
        {
            lock (_output) _output.AppendLine(e.Data);
            if (e.Data?.StartsWith("Serving ", StringComparison.Ordinal) == true)
            {
                // "Serving DIR/ at http://127.0.0.1:PORT/ (Ctrl+C to stop); ...": the port it chose.
                var address = e.Data[(e.Data.IndexOf(" at http://127.0.0.1:", StringComparison.Ordinal) + " at http://127.0.0.1:".Length)..];
                Port = int.Parse(address[..address.IndexOf('/')], System.Globalization.CultureInfo.InvariantCulture);
                serving.Set();
            }
        };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_error) _error.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (!serving.Wait(50))
            if (_process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(30)) return false;
        return true;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit(5000);
        _process.Dispose();
    }
}
