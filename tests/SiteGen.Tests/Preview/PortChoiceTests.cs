using System.Net;
using System.Net.Sockets;
using SiteGen.Preview;

namespace SiteGen.Tests.Preview;

/// <summary>
/// `serve` takes a free port when its default is taken and says which; a port the author named
/// that is taken is an error that says what to do.
/// </summary>
public class PortChoiceTests
{
    [Fact]
    public async Task A_taken_port_that_may_be_replaced_gives_way_to_a_free_one_that_serves()
    {
        using var host = new PreviewHost();
        using var taken = new TcpListener(IPAddress.Loopback, 0);  // another program's port
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var outcome = PortChoice.Start(host.Site, port, mayTakeAnother: true);

        var serving = outcome as PortChoice.Serving;
        Assert.True(serving is not null, $"not serving: {outcome}");
        using var server = serving.Server;
        Assert.True(serving.Instead);
        Assert.NotEqual(port, server.Port);
        var home = await RawHttp.Get(server.Port, "/");
        Assert.Equal(200, home.Status);
        Assert.Contains("<h1>Home</h1>", home.Body);
    }

    [Fact]
    public void A_taken_port_the_author_asked_for_is_in_use()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var outcome = PortChoice.Start(Path.GetTempPath(), port, mayTakeAnother: false);

        Assert.Equal(new PortChoice.InUse(port), outcome);
    }

    [Fact]
    public void A_port_this_process_already_serves_on_is_in_use_too()
    {
        using var host = new PreviewHost();

        var outcome = PortChoice.Start(host.Site, host.Port, mayTakeAnother: false);

        Assert.Equal(new PortChoice.InUse(host.Port), outcome);
    }

    [Fact]
    public void A_free_port_is_taken_as_asked()
    {
        var port = PreviewHost.FreePort();

        var serving = Assert.IsType<PortChoice.Serving>(PortChoice.Start(Path.GetTempPath(), port, mayTakeAnother: true));
        using var server = serving.Server;

        Assert.False(serving.Instead);
        Assert.Equal(port, server.Port);
    }
}
