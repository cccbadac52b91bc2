using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SiteGen.Preview;

/// <summary>
/// Serves a built site on the loopback interface for authors to read while they write,
/// and tells open pages to reload when the site has been rebuilt.
/// </summary>
public sealed class PreviewServer(string siteDirectory, int port) : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<HttpListenerResponse, byte> _watchers = new();

    public string Address => $"http://127.0.0.1:{port}/";

    public void Start()
    {
        _listener.Prefixes.Add(Address);
        _listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    /// <summary>Tells every open page to reload.</summary>
    public void NotifyReload()
    {
        var message = Encoding.UTF8.GetBytes("event: reload\ndata: now\n\n");
        foreach (var response in _watchers.Keys)
        {
            try
            {
                response.OutputStream.Write(message);
                response.OutputStream.Flush();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                _watchers.TryRemove(response, out _);
            }
        }
    }

    public void Dispose() => _listener.Close();

    private async Task AcceptLoop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var response = context.Response;
        // HEAD asks for the headers a GET would get, and no body (RFC 9110).
        var head = string.Equals(context.Request.HttpMethod, "HEAD", StringComparison.OrdinalIgnoreCase);
        try
        {
            // Url is null when the listener cannot make a URL of the request line.
            var url = context.Request.Url;
            if (url?.AbsolutePath == LiveReload.EventsPath)
            {
                response.ContentType = "text/event-stream";
                response.Headers["Cache-Control"] = "no-store";
                response.SendChunked = true;
                _watchers[response] = 0;
                response.OutputStream.Write(": connected\n\n"u8);
                response.OutputStream.Flush();
                return;  // kept open; NotifyReload writes to it
            }
            switch (url is null ? new RequestTarget.Malformed() : RequestTarget.Of(siteDirectory, url.AbsolutePath))
            {
                case RequestTarget.SiteFile file:
                    var bytes = File.ReadAllBytes(file.Path);
                    var type = ContentTypes.Of(file.Path);
                    Send(response, head, 200, type, type.StartsWith("text/html", StringComparison.Ordinal) ? LiveReload.Inject(bytes) : bytes);
                    break;
                case RequestTarget.FolderWithoutSlash:
                    // One leading slash, so that "//host/folder" cannot become a redirect to another host.
                    response.RedirectLocation = "/" + url!.AbsolutePath.TrimStart('/') + "/" + url.Query;
                    Send(response, head, 301, "text/plain; charset=utf-8", "Moved to the folder's address, which ends in '/'.\n"u8.ToArray());
                    break;
                case RequestTarget.Malformed:
                    response.KeepAlive = false;
                    Send(response, head, 400, "text/plain; charset=utf-8", "Bad request: this path cannot name a file of the site.\n"u8.ToArray());
                    break;
                default:
                    var notFound = Path.Combine(siteDirectory, "404.html");
                    Send(response, head, 404, "text/html; charset=utf-8", File.Exists(notFound) ? LiveReload.Inject(File.ReadAllBytes(notFound)) : "Not found"u8.ToArray());
                    break;
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or UnauthorizedAccessException)
        {
            // The browser went away, or a rebuild replaced the file mid-read: drop this response.
            try { response.Abort(); } catch (ObjectDisposedException) { }
        }
        catch (Exception e)
        {
            // A fault of the server's own: the page asking gets a 500 that names it, never a connection left hanging.
            try
            {
                response.KeepAlive = false;
                Send(response, head, 500, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"Internal error in the preview server: {e.GetType().Name}: {e.Message}\n"));
            }
            catch (Exception inner) when (inner is HttpListenerException or IOException or InvalidOperationException or ObjectDisposedException)
            {
                try { response.Abort(); } catch (ObjectDisposedException) { }
            }
        }
    }

    private static void Send(HttpListenerResponse response, bool head, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        // HttpListener sends headers and body in separate writes and gives no way to turn off
        // Nagle's algorithm, so a kept-alive connection waits out the client's delayed ACK (40 ms
        // on Linux) before each later response. A fresh loopback connection costs well under 1 ms.
        response.KeepAlive = false;
        if (!head) response.OutputStream.Write(body);
        response.Close();
    }
}
