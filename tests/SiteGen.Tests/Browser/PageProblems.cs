using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Collects what goes wrong while a page loads and runs: failed requests, responses with
/// status 400 or more, and script errors. The one expected 404 is the document of the
/// fixture's missing page.
/// </summary>
public sealed class PageProblems
{
    private readonly List<string> _items = [];

    public IReadOnlyList<string> Items
    {
        get { lock (_items) return _items.ToList(); }
    }

    public static PageProblems Watch(IPage page)
    {
        var problems = new PageProblems();
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !IsExpectedNotFound(response))
                problems.Add($"HTTP {response.Status}: {response.Url}");
        };
        page.PageError += (_, error) => problems.Add($"script error on {page.Url}: {error}");
        page.Console += (_, message) =>
        {
            // "Failed to load resource" repeats a response already judged above.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                problems.Add($"console error on {page.Url}: {message.Text}");
        };
        return problems;
    }

    public void AssertNone()
    {
        var items = Items;
        Assert.True(items.Count == 0, "Problems while loading pages:\n" + string.Join('\n', items));
    }

    private void Add(string problem)
    {
        lock (_items) _items.Add(problem);
    }

    private static bool IsExpectedNotFound(IResponse response) =>
        response.Status == 404 && response.Request.IsNavigationRequest && response.Url.Contains(FixtureSite.MissingPath, StringComparison.Ordinal);
}
