using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SiteGen.Tests.Preview;

/// <summary>
/// Sends one request line exactly as written ("/..%2fout-private/secret.txt", "/%00"), which an
/// HTTP client would normalize first, and reads the answer until the server closes the connection.
/// Every step has a deadline, so a server that never answers fails the test instead of hanging it.
/// </summary>
public static class RawHttp
{
    public sealed record Answer(int Status, IReadOnlyDictionary<string, string> Headers, string Body, TimeSpan Elapsed);

    /// <summary>
    /// GET <paramref name="target"/> on 127.0.0.1:<paramref name="port"/>. With
    /// <paramref name="keepAlive"/> the request asks to keep the connection open, so that only
    /// the server can end it.
    /// </summary>
    public static async Task<Answer> Get(int port, string target, bool keepAlive = false, TimeSpan? deadline = null, string method = "GET")
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(deadline ?? TimeSpan.FromSeconds(5));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{(keepAlive ? "" : "Connection: close\r\n")}\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), timeout.Token);
        var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"GET {target}: the connection was still open after {clock.Elapsed.TotalSeconds:0.0} s, with {received.Length} bytes received");
        }
        return Parse(Encoding.UTF8.GetString(received.ToArray()), target, clock.Elapsed);
    }

    private static Answer Parse(string text, string target, TimeSpan elapsed)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"GET {target}: no HTTP answer, only '{text}'");
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new Answer(status, headers, text[(end + 4)..], elapsed);
    }
}
