using System.Net;
using System.Net.Sockets;

namespace SiteGen.Preview;

/// <summary>
/// Starts the preview server on the port asked for, or, when that is the default and another
/// program has it, on the next free one: a second `serve` beside the first just works, as
/// Vite and Hugo do it. A port the author named is theirs to change, never silently replaced.
/// </summary>
public static class PortChoice
{
    /// <summary>How many ports after the default are tried before asking the system for any free one.</summary>
    public const int Neighbours = 10;

    public abstract record Outcome;
    /// <summary>Serving on <see cref="PreviewServer.Port"/>; <paramref name="Instead"/> when that is not the port asked for.</summary>
    public sealed record Serving(PreviewServer Server, bool Instead) : Outcome;
    public sealed record InUse(int Port) : Outcome;
    public sealed record Failed(int Port, string Reason) : Outcome;

    public static Outcome Start(string siteDirectory, int port, bool mayTakeAnother)
    {
        var first = TryStart(siteDirectory, port);
        if (first is not InUse || !mayTakeAnother) return first;
        foreach (var candidate in Enumerable.Range(port + 1, Neighbours).Where(p => p <= IPEndPoint.MaxPort).Append(0))
        {
            var outcome = TryStart(siteDirectory, candidate == 0 ? AnyFree() : candidate);
            if (outcome is Serving serving) return serving with { Instead = true };
            if (outcome is Failed) return outcome;
        }
        return first;
    }

    private static Outcome TryStart(string siteDirectory, int port)
    {
        var server = new PreviewServer(siteDirectory, port);
        try
        {
            server.Start();
            return new Serving(server, Instead: false);
        }
        catch (HttpListenerException e)
        {
            server.Dispose();
            return IsInUse(e) ? new InUse(port) : new Failed(port, e.Message);
        }
    }

    // The listener reports a port another program holds by the socket's error ("Address already in
    // use"), and one a listener of this process holds as a registration it conflicts with.
    private static bool IsInUse(HttpListenerException e) =>
        e.ErrorCode == (int)SocketError.AddressAlreadyInUse
        || e.Message.Contains("in use", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("conflicts", StringComparison.OrdinalIgnoreCase);

    /// <summary>A port the system has free now; another program may take it before the server does, which reports it in use.</summary>
    private static int AnyFree()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
