using System.Net;
using System.Net.Sockets;

namespace SiteGen.Tests.Browser;

/// <summary>
/// A tiny static file server on 127.0.0.1, like a static host (GitHub Pages): each mount maps a
/// URL prefix to a built site folder, a folder URL serves its index.html, and a missing file
/// gets the site's 404.html with status 404.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Thread _loop;
    private readonly List<(string Prefix, string Folder)> _mounts = [];

    public int Port { get; }

    /// <summary>The server's root URL, ending in '/'.</summary>
    public string Url => $"http://127.0.0.1:{Port}/";

    public StaticSiteServer()
    {
        // Ask the system for a free port, then listen on it; retry if another process takes it in between.
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                _listener = listener;
                Port = port;
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
        // Its own threads, not the thread pool's: tests that block on the pool could otherwise
        // leave a page's requests waiting for a free thread long enough to time the test out.
        _loop = new Thread(AcceptLoop) { IsBackground = true, Name = "StaticSiteServer" };
        _loop.Start();
    }

    /// <summary>Serves <paramref name="folder"/> at URL path <paramref name="prefix"/> ("/" or "/repo/").</summary>
    public void Mount(string prefix, string folder)
    {
        lock (_mounts)
        {
            _mounts.Add((prefix, Path.GetFullPath(folder)));
            // Longest prefix first, so "/repo/" wins over "/".
            _mounts.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        }
    }

    private void AcceptLoop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = _listener.GetContext();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            new Thread(() => Serve(context)) { IsBackground = true }.Start();
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var (status, file) = Resolve(context.Request.Url!.AbsolutePath);
            response.StatusCode = status;
            response.Headers["Cache-Control"] = "no-store";
            // A connection per request: pages are small and local, and a kept-alive connection's
            // next request is where a navigation was seen to wait until a test timed out.
            response.KeepAlive = false;
            if (file is null)
            {
                response.ContentType = "text/plain; charset=utf-8";
                var text = System.Text.Encoding.UTF8.GetBytes("not found\n");
                response.ContentLength64 = text.Length;
                if (context.Request.HttpMethod != "HEAD") response.OutputStream.Write(text);
                return;
            }
            var bytes = File.ReadAllBytes(file);
            response.ContentType = SiteGen.Preview.ContentTypes.Of(file);
            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod != "HEAD") response.OutputStream.Write(bytes);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response; nothing to do.
        }
        finally
        {
            try { response.Close(); } catch (ObjectDisposedException) { }
        }
    }

    private (int Status, string? File) Resolve(string urlPath)
    {
        (string Prefix, string Folder) mount;
        lock (_mounts)
            mount = _mounts.FirstOrDefault(m => urlPath.StartsWith(m.Prefix, StringComparison.Ordinal));
        if (mount.Folder is null) return (404, null);

        var relative = Uri.UnescapeDataString(urlPath[mount.Prefix.Length..]);
        var path = Path.GetFullPath(Path.Combine(mount.Folder, relative));
        var inside = path == mount.Folder || path.StartsWith(mount.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (inside && Directory.Exists(path)) path = Path.Combine(path, "index.html");
        if (inside && File.Exists(path)) return (200, path);
        var notFound = Path.Combine(mount.Folder, "404.html");
        return (404, File.Exists(notFound) ? notFound : null);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Join(TimeSpan.FromSeconds(5));
    }
}
