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

    public int Port { get; }
    public bool HasExited => _process.HasExited;
    public string Error { get { lock (_error) return _error.ToString(); } }

    private ServeProcess(Process process, int port) => (_process, Port) = (process, port);

    /// <summary>Starts serving and returns once the server says it is serving.</summary>
    public static ServeProcess Start(TestSite site)
    {
        var command = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "sitegen.exe" : "sitegen");
        for (var attempt = 1; ; attempt++)
        {
            var port = PreviewHost.FreePort();
            var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "serve", "--content", site.Content, "--out", site.Output, "--theme", TestSite.DefaultTheme, "--port", $"{port}" })
                start.ArgumentList.Add(arg);
            var serve = new ServeProcess(Process.Start(start)!, port);
            if (serve.WaitUntilServing()) return serve;
            serve.Dispose();
            // Another process may have taken the port in between; anything else is a failure.
            Assert.True(attempt < 3 && serve.Error.Contains("cannot serve", StringComparison.Ordinal), $"serve did not start:\n{serve.Error}");
        }
    }

    private bool WaitUntilServing()
    {
        var serving = new ManualResetEventSlim();
        _process.OutputDataReceived += (_, e) =>
        {
            lock (_output) _output.AppendLine(e.Data);
            if (e.Data?.StartsWith("Serving ", StringComparison.Ordinal) == true) serving.Set();
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
