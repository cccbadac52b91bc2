namespace SiteGen.Tests.Browser;

/// <summary>Where the browser tests find Chromium, and whether they may skip when it is missing.</summary>
public static class BrowserEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    /// <summary>On CI (CI=true) a missing browser is a failure, never a skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingMessage =>
        $"Chromium is not installed at {ChromiumPath}. Install it with 'apt-get update && apt-get install -y chromium' " +
        "(the browser tests never download a browser).";
}

/// <summary>
/// A test that drives Chromium. Skipped, with the reason, when Chromium is missing on a
/// developer's machine; run (and failed by <see cref="SiteFixture"/>) when it is missing on CI.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserEnvironment.ChromiumInstalled && !BrowserEnvironment.InCi)
            Skip = BrowserEnvironment.MissingMessage + " Skipped because CI is not 'true'.";
    }
}

/// <summary>A <see cref="BrowserFactAttribute"/> with data rows.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!BrowserEnvironment.ChromiumInstalled && !BrowserEnvironment.InCi)
            Skip = BrowserEnvironment.MissingMessage + " Skipped because CI is not 'true'.";
    }
}
