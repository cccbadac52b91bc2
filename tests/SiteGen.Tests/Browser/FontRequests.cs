using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Opens a page and reports the web fonts it fetched (file names without their fingerprint, in
/// request order) and the console's warnings and errors, once its fonts are ready and it has
/// been scrolled through, so that every font its text needs has been asked for.
/// </summary>
public static class FontRequests
{
    public static async Task<(List<string> Fonts, List<string> Console)> Load(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        var fonts = new List<string>();
        var console = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.ResourceType != "font") return;
            var name = Path.GetFileName(new Uri(request.Url).AbsolutePath);
            var parts = name.Split('.');
            lock (fonts) fonts.Add(parts.Length == 3 ? parts[0] + "." + parts[2] : name);
        };
        page.Console += (_, message) =>
        {
            if (message.Type is "warning" or "error") lock (console) console.Add(message.Type + ": " + message.Text);
        };
        await page.GotoAsync(url);
        await page.EvaluateAsync("async () => { window.scrollTo(0, document.documentElement.scrollHeight); await document.fonts.ready; }");
        // A preload that goes unused is only reported after a few seconds.
        await page.WaitForTimeoutAsync(3500);
        lock (fonts) lock (console) return (fonts.ToList(), console.ToList());
    }
}
