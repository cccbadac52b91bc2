using Microsoft.Playwright;
using SiteGen.Cli;

namespace SiteGen.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// Shared by every browser test: the fixture site built twice with the real generator and the
/// default theme (once for the server root, once for the sub-path /repo/), a static server for
/// both, and one headless Chromium.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "sitegen-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public StaticSiteServer Server { get; } = new();

    /// <summary>Output folder of the build for the server root.</summary>
    public string SiteDirectory => Path.Combine(_work, "site");

    /// <summary>Output folder of the build for the sub-path.</summary>
    public string SubPathSiteDirectory => Path.Combine(_work, "site-repo");

    /// <summary>The site at the server root, ending in '/'.</summary>
    public string SiteUrl => Server.Url;

    /// <summary>The same site deployed under a sub-path, as GitHub Pages serves a project site.</summary>
    public string SubPathSiteUrl => Server.Url + "repo/";

    /// <summary>The built site as file:// URL of its folder, ending in '/'.</summary>
    public string FileSiteUrl => new Uri(SiteDirectory + Path.DirectorySeparatorChar).AbsoluteUri;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        BrowserEnvironment.MissingMessage + " CI=true, so the browser tests fail instead of being skipped.");

    public async Task InitializeAsync()
    {
        var content = Path.Combine(_work, "content");
        FixtureSite.Write(content, SiteUrl);
        var theme = Path.Combine(FindRepositoryRoot(), "themes", "default");
        Build("--content", content, "--out", SiteDirectory, "--theme", theme, "--strict");
        Build("--content", content, "--out", SubPathSiteDirectory, "--theme", theme, "--strict", "--base-url", SubPathSiteUrl);
        Server.Mount("/repo/", SubPathSiteDirectory);
        Server.Mount("/", SiteDirectory);

        if (!BrowserEnvironment.ChromiumInstalled) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        Server.Dispose();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A fresh browser context (own storage) with a viewport <paramref name="width"/> pixels wide.</summary>
    public Task<IBrowserContext> NewContextAsync(int width, int height = 800, bool javaScript = true,
        ColorScheme colorScheme = ColorScheme.Light, ReducedMotion reducedMotion = ReducedMotion.NoPreference) =>
        Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            ColorScheme = colorScheme,
            ReducedMotion = reducedMotion,
        });

    private static void Build(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(["build", .. args], output, error);
        if (code != CliApp.Success)
            throw new InvalidOperationException($"sitegen build {string.Join(' ', args)} exited with {code}:\n{output}{error}");
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "SiteGen.sln"))) return folder.FullName;
        throw new InvalidOperationException($"no SiteGen.sln above {AppContext.BaseDirectory}");
    }
}
