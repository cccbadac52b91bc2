using SiteGen.Search;
using SiteGen.Tests.Browser;

namespace SiteGen.Tests.Search;

/// <summary>
/// search.js over an index of more distinct words than code units, in Chromium: the rarest words,
/// written escaped, are found, as words and in phrases, and shown, like any other.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EscapedWordsBrowserTests(SiteFixture browser)
{
    [BrowserFact]
    public async Task Words_beyond_the_code_units_are_found_and_shown()
    {
        var page = WordCodeTests.ManyWords(extra: 40);
        var dir = Path.Combine(Path.GetTempPath(), "sitegen-escaped-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllBytes(Path.Combine(dir, SearchIndex.FileName), SearchIndex.Write([page]));
            File.Copy(Path.Combine(TestSite.DefaultTheme, "assets", "js", "search.js"), Path.Combine(dir, "search.js"));
            File.WriteAllText(Path.Combine(dir, "index.html"), "<!doctype html><meta charset=\"utf-8\"><script src=\"search.js\"></script><script src=\"search-index.js\"></script>");
            await using var context = await browser.NewContextAsync(1280);
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(new Uri(Path.Combine(dir, "index.html")).AbsoluteUri);
            // The page's words w000000 on: the last is in both sections; the ones before it occur
            // once and sort last, so they are the escaped ones.
            var count = WordCode.CountOfUnits + 40;
            string W(int i) => "w" + i.ToString("D6");
            var found = await tab.EvaluateAsync<string[]>("""
                queries => {
                  const S = window.sitegenSearch, index = S.prepare(window.sitegenSearchIndex);
                  return queries.map(query => {
                    const r = S.search(index, query, 30);
                    return r.total + ":" + r.results.map(x => x.section).join(",");
                  });
                }
                """, new[] { W(count - 2), $"\"{W(count - 3)} {W(count - 2)}\"", $"\"{W(count - 2)} {W(count - 1)}\"", W(count - 1), W(10), $"\"{W(9)} {W(10)}\"" });
            Assert.Equal(["1:0", "1:0", "1:0", "2:1,0", "1:0", "1:0"], found);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
