using System.Net;
using System.Net.Sockets;
using SiteGen.Preview;

namespace SiteGen.Tests.Preview;

/// <summary>
/// A preview server running in-process on a free loopback port over a hand-written site in a
/// temporary folder: <c>out/</c> is the site, and <c>out-private/secret.txt</c> sits beside it,
/// where no request may reach. Disposing stops the server and deletes the folder.
/// </summary>
public sealed class PreviewHost : IDisposable
{
    public const string Secret = "the secret beside the site";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));
    public string Site => Path.Combine(Root, "out");
    public PreviewServer Server { get; }
    public int Port { get; }

    public PreviewHost()
    {
        Write("out/index.html", "<!doctype html><html><body><h1>Home</h1></body></html>");
        Write("out/lessons/slope/index.html", "<!doctype html><html><body><a href=\"../tangent/\">Next</a></body></html>");
        Write("out/lessons/slope/figure.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Write("out/404.html", "<!doctype html><html><body>Not here</body></html>");
        Write("out-private/secret.txt", Secret);
        // Ask the system for a free port, then listen on it; retry if another process takes it in between.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var server = new PreviewServer(Site, port);
            try
            {
                server.Start();
                (Server, Port) = (server, port);
                return;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                server.Dispose();
            }
        }
    }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        Server.Dispose();
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
