namespace SiteGen.Tests.Cli;

/// <summary>`sitegen serve` refuses a port it cannot listen on as wrong usage, before building anything.</summary>
public class ServeCommandTests
{
    [Theory]
    [InlineData("99999")]
    [InlineData("65536")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("eighty")]
    [InlineData("80.5")]
    [InlineData("")]
    public void A_port_outside_1_to_65535_is_a_usage_error_naming_the_option_and_the_range(string port)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n" });

        var (exit, output, error) = Cli.Run("serve", "--content", site.Content, "--out", site.Output, "--theme", TestSite.DefaultTheme, "--port", port);

        Assert.Equal(2, exit);
        Assert.Equal([$"sitegen: --port takes a port number from 1 to 65535, not '{port}'", "Run 'sitegen --help' for usage."], Cli.Lines(error));
        Assert.Empty(output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_port_with_control_characters_is_echoed_without_them()
    {
        var (exit, _, error) = Cli.Run("serve", "--port", "\u001b[31m");

        Assert.Equal(2, exit);
        Assert.Equal(@"sitegen: --port takes a port number from 1 to 65535, not '\u001B[31m'", Cli.Lines(error)[0]);
    }
}
