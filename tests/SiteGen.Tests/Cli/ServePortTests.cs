using System.Net;
using System.Net.Sockets;
using SiteGen.Tests.Preview;

namespace SiteGen.Tests.Cli;

/// <summary>
/// `sitegen serve` with its port taken: the default gives way to a free port and says which;
/// a port the author asked for is an error that says what to do, before anything is built.
/// </summary>
public class ServePortTests
{
    [Fact]
    public void A_port_asked_for_that_another_program_holds_is_an_error_that_says_what_to_do()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n" });
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, output, error) = Cli.Run("serve", "--content", site.Content, "--out", site.Output, "--theme", TestSite.DefaultTheme, "--port", $"{port}");

        Assert.Equal(2, exit);
        Assert.Equal([$"sitegen: error SG1603: port {port} is in use by another program (another 'sitegen serve'?); stop that program, choose another port with --port, or leave --port out to serve on a free one"],
            Cli.Lines(error));
        Assert.Empty(output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task The_default_port_taken_serves_on_a_free_one_and_says_which()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n" });
        using var holder = HoldDefaultPort();

        using var serve = ServeProcess.StartOnDefaultPort(site);

        Assert.NotEqual(8000, serve.Port);
        Assert.Contains($"Port 8000 is in use; serving on port {serve.Port} instead.", Cli.Lines(serve.Output));
        var home = await RawHttp.Get(serve.Port, "/");
        Assert.Equal(200, home.Status);
    }

    /// <summary>Takes port 8000 for the test, unless another program already has it, which does as well.</summary>
    private static TcpListener? HoldDefaultPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 8000);
        try
        {
            listener.Start();
            return listener;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            listener.Dispose();
            return null;
        }
    }
}
