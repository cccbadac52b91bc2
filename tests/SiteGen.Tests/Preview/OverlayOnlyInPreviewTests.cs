using SiteGen.Preview;

namespace SiteGen.Tests.Preview;

/// <summary>The live-reload and error-overlay script is added to pages as the preview serves them, never to the built site.</summary>
public class OverlayOnlyInPreviewTests
{
    [Fact]
    public async Task Served_pages_carry_the_script_and_the_files_on_disk_do_not()
    {
        using var host = new PreviewHost();

        var home = await RawHttp.Get(host.Port, "/");
        var missing = await RawHttp.Get(host.Port, "/no-such-page/");

        Assert.Contains(ErrorOverlay.Script, home.Body);
        Assert.Contains(ErrorOverlay.Script, missing.Body);
        Assert.DoesNotContain(LiveReload.EventsPath, File.ReadAllText(Path.Combine(host.Site, "index.html")));
    }

    [Fact]
    public void A_built_site_has_no_trace_of_the_preview()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n", ["lessons/01-a.md"] = "# A\n" });
        site.BuildClean();

        Assert.All(site.OutputFiles(), file =>
        {
            var text = File.ReadAllText(Path.Combine(site.Output, file));
            Assert.DoesNotContain(LiveReload.EventsPath, text);
            Assert.DoesNotContain(ErrorOverlay.HostElement, text);
        });
    }
}
