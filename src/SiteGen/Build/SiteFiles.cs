using System.Security;
using System.Text;

namespace SiteGen.Build;

/// <summary>The files every site has beside its pages: sitemap.xml, robots.txt and .nojekyll.</summary>
public static class SiteFiles
{
    public static IEnumerable<RenderedFile> For(SiteModel site)
    {
        var baseUrl = site.Settings.BaseUrl;
        // GitHub Pages would otherwise run Jekyll, which hides folders starting with '_'.
        yield return new RenderedFile(OutputWriter.Marker, []);
        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (baseUrl.Length > 0)
        {
            robots.Append("Sitemap: ").Append(baseUrl).Append("sitemap.xml\n");
            yield return new RenderedFile("sitemap.xml", Encoding.UTF8.GetBytes(Sitemap(site)));
        }
        yield return new RenderedFile("robots.txt", Encoding.UTF8.GetBytes(robots.ToString()));
    }

    // No <lastmod>: a date taken from the clock or file times would break byte-identical builds.
    private static string Sitemap(SiteModel site)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in site.Pages.OrderBy(p => p.Url, StringComparer.Ordinal))
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(site.Settings.BaseUrl + page.Url)).Append("</loc></url>\n");
        return xml.Append("</urlset>\n").ToString();
    }
}
