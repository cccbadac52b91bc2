namespace SiteGen.Build;

/// <summary>
/// Relative links between pages. Every internal link is relative and names index.html, so
/// the site works at a domain root, under a sub-path, and opened from disk.
/// </summary>
public static class SiteUrls
{
    /// <summary>The relative prefix from a page back to the site root: "" for the home page, "../../" two folders down.</summary>
    public static string RootOf(string url) => string.Concat(Enumerable.Repeat("../", url.Count(c => c == '/')));

    /// <summary>The shortest relative href from the page at <paramref name="fromUrl"/> to the page at <paramref name="toUrl"/>.</summary>
    public static string Href(string fromUrl, string toUrl)
    {
        var from = fromUrl.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = toUrl.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < from.Length && common < to.Length && from[common] == to[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", from.Length - common));
        var down = string.Concat(to.Skip(common).Select(segment => segment + "/"));
        return up + down + "index.html";
    }

    /// <summary>The href from a page to a file at a site-relative path.</summary>
    public static string FileHref(string fromUrl, string path) => RootOf(fromUrl) + path;

    public static string Absolute(string baseUrl, string url) => baseUrl.Length == 0 ? "" : baseUrl + url;
}
