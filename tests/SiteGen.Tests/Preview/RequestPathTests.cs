namespace SiteGen.Tests.Preview;

/// <summary>
/// The preview server answers every request path, however it is written, with a file from
/// inside the site, a redirect, a 404 or a 400, and never with anything from beside the site.
/// </summary>
public sealed class RequestPathTests : IDisposable
{
    private readonly PreviewHost _host = new();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("/..%2fout-private/secret.txt")]     // the sibling "out-private" shares the prefix "out"
    [InlineData("/..%2Fout-private%2Fsecret.txt")]
    [InlineData("/%2e%2e%2fout-private/secret.txt")]
    [InlineData("/%2e%2e/out-private/secret.txt")]
    [InlineData("/../out-private/secret.txt")]
    [InlineData("/lessons/../../out-private/secret.txt")]
    [InlineData("/lessons/%2e%2e%2f%2e%2e%2fout-private/secret.txt")]
    [InlineData("/..\\out-private/secret.txt")]
    [InlineData("/..%5cout-private%5csecret.txt")]
    [InlineData("//tmp/../out-private/secret.txt")]
    [InlineData("/%2ftmp%2fout-private%2fsecret.txt")]
    public async Task Nothing_beside_the_site_folder_is_served(string target)
    {
        var answer = await RawHttp.Get(_host.Port, target);

        Assert.Equal(404, answer.Status);
        Assert.DoesNotContain(PreviewHost.Secret, answer.Body);
    }

    [Fact]
    public async Task A_head_request_gets_the_headers_of_a_get_and_no_body()
    {
        var get = await RawHttp.Get(_host.Port, "/");
        var head = await RawHttp.Get(_host.Port, "/", method: "HEAD");
        Assert.Equal((200, get.Headers["Content-Length"]), (head.Status, head.Headers["Content-Length"]));
        Assert.NotEqual("0", get.Headers["Content-Length"]);
        Assert.Equal("", head.Body);
    }

    [Fact]
    public async Task An_absolute_path_to_a_file_beside_the_site_is_not_served()
    {
        var secret = Path.Combine(_host.Root, "out-private", "secret.txt");
        var answer = await RawHttp.Get(_host.Port, "/" + Uri.EscapeDataString(secret));

        Assert.Equal(404, answer.Status);
        Assert.DoesNotContain(PreviewHost.Secret, answer.Body);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/lessons/slope/")]
    [InlineData("/lessons/slope/figure.svg")]
    [InlineData("/lessons/../lessons/slope/figure.svg")]
    public async Task Files_inside_the_site_are_served(string target) =>
        Assert.Equal(200, (await RawHttp.Get(_host.Port, target)).Status);

    [Theory]
    [InlineData("/%00")]
    [InlineData("/lessons/%00/index.html")]
    [InlineData("/%0a")]
    [InlineData("/%0d%0aSet-Cookie:%20a=b")]
    [InlineData("/%1b%5b31m")]
    [InlineData("/%7f")]
    [InlineData("/%c2%85")]     // NEL, a control character beyond ASCII
    [InlineData("/%ff")]        // not UTF-8
    [InlineData("/%c3")]        // a UTF-8 sequence cut short
    public async Task A_path_that_cannot_name_a_file_is_a_bad_request_and_its_connection_is_closed(string target)
    {
        // Keep-alive is asked for, so the answer arrives complete only if the server closes the connection.
        // The deadline is generous because a loaded machine can take over a second to answer at all;
        // a server that keeps the connection open still fails, only later.
        var answer = await RawHttp.Get(_host.Port, target, keepAlive: true, deadline: TimeSpan.FromSeconds(10));

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("Bad request", answer.Body);
    }

    [Fact]
    public async Task The_server_still_answers_after_bad_requests()
    {
        for (var k = 0; k < 20; k++) Assert.Equal(400, (await RawHttp.Get(_host.Port, "/%00")).Status);

        Assert.Equal(200, (await RawHttp.Get(_host.Port, "/")).Status);
    }

    [Theory]
    [InlineData("/lessons/slope", "/lessons/slope/")]
    [InlineData("/lessons/slope?step=2&x=%20", "/lessons/slope/?step=2&x=%20")]
    [InlineData("//lessons/slope", "/lessons/slope/")]     // one leading slash: "//host/" would lead to another host
    public async Task A_folder_named_without_its_slash_is_redirected_to_it_keeping_the_query(string target, string location)
    {
        var answer = await RawHttp.Get(_host.Port, target);

        Assert.Equal(301, answer.Status);
        Assert.Equal(location, answer.Headers["Location"]);
    }

    [Fact]
    public async Task A_folder_without_an_index_is_not_found_with_or_without_its_slash()
    {
        _host.Write("out/empty/readme.txt", "no index here");

        Assert.Equal(404, (await RawHttp.Get(_host.Port, "/empty")).Status);
        Assert.Equal(404, (await RawHttp.Get(_host.Port, "/empty/")).Status);
    }
}
