using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SiteGen.Preview;

/// <summary>
/// Serves a built site on the loopback interface for authors to read while they write, tells
/// open pages to reload when the site has been rebuilt, and shows them the errors of a rebuild
/// that failed until one succeeds.
/// </summary>
public sealed class PreviewServer(string siteDirectory, int port) : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<HttpListenerResponse, byte> _watchers = new();
    // Held while an event is sent and while a page connects, so that a page that connects as a
    // rebuild fails gets that build's errors exactly once.
    private readonly Lock _events = new();
    private byte[]? _errors;

    public string Address => $"http://127.0.0.1:{port}/";
    public int Port => port;

    public void Start()
    {
        _listener.Prefixes.Add(Address);
        _listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    /// <summary>Tells every open page to reload: the site builds again, and its errors are gone.</summary>
    public void NotifyReload()
    {
        lock (_events)
        {
            _errors = null;
            Broadcast(LiveReload.Event(LiveReload.ReloadEvent, "now"));
        }
    }

    /// <summary>
    /// Shows the errors of the rebuild that failed on every open page, over the last good build,
    /// and on every page opened until a rebuild succeeds.
    /// </summary>
    public void NotifyErrors(IReadOnlyList<Diagnostics.Diagnostic> diagnostics)
    {
        var message = LiveReload.Event(LiveReload.ErrorsEvent, ErrorReport.Json(diagnostics, ErrorReport.ReadSource));
        lock (_events)
        {
            _errors = message;
            Broadcast(message);
        }
    }

    private void Broadcast(byte[] message)
    {
        foreach (var response in _watchers.Keys)
            if (!TrySend(response, message)) _watchers.TryRemove(response, out _);
    }

    private static bool TrySend(HttpListenerResponse response, ReadOnlySpan<byte> message)
    {
        try
        {
            response.OutputStream.Write(message);
            response.OutputStream.Flush();
            return true;
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            return false;
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
                lock (_events)
                {
                    if (TrySend(response, ": connected\n\n"u8) && (_errors is null || TrySend(response, _errors)))
                        _watchers[response] = 0;
                }
                return;  // kept open; NotifyReload and NotifyErrors write to it
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
                    // Before the first good build there is no 404 page: a plain one still carries the script, so it shows the errors.
                    Send(response, head, 404, "text/html; charset=utf-8", LiveReload.Inject(File.Exists(notFound) ? File.ReadAllBytes(notFound) : NotFoundPage));
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

    private static readonly byte[] NotFoundPage =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><p>Not found: the site has no page here yet.</p></body></html>"u8.ToArray();

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
