namespace SiteGen.Build;

/// <summary>
/// Relative links between pages. Every internal link is relative and names index.html, so
/// the site works at a domain root, under a sub-path, and opened from disk.
/// </summary>
public static class SiteUrls
{
    public static string RootOf(string url)
    {
        var depth = url.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>The href from a page at <paramref name="fromUrl"/> to the page at <paramref name="toUrl"/>.</summary>
    public static string Href(string fromUrl, string toUrl) => RootOf(fromUrl) + toUrl + "index.html";

    /// <summary>The href from a page to a file at a site-relative path.</summary>
    public static string FileHref(string fromUrl, string path) => RootOf(fromUrl) + path;

    public static string Absolute(string baseUrl, string url) => baseUrl.Length == 0 ? "" : baseUrl + url;
}
