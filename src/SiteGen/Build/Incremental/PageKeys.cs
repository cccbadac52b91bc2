using System.Globalization;
using System.Text;
using SiteGen.Content;
using SiteGen.Directives.Figures;

namespace SiteGen.Build.Incremental;

/// <summary>
/// The key of a page's output: a hash of everything its HTML, figures and diagnostics depend on.
/// The page's own source; the site's settings, theme and figure font, the list of content files,
/// and the SiteGen build (<see cref="SiteFingerprint"/>); every page's title and place, since the
/// navigation lists them all (<see cref="NavigationFingerprint"/>); and the place and anchors of
/// each page it links to. Equal keys give equal output, so a page whose key is unchanged is
/// neither parsed, computed, drawn nor rendered again.
/// </summary>
public static class PageKeys
{
    /// <summary>What every page depends on that is not a page: settings, theme, content files, options, engine.</summary>
    public static string SiteFingerprint(LoadedSite loaded, string themeFingerprint, BuildOptions options)
    {
        var text = new StringBuilder()
            .Append(FigureEngine.Fingerprint).Append('\0')
            // A record prints every property, init-only ones (max_operations, ...) too.
            .Append(loaded.Settings).Append('\0')
            .Append(themeFingerprint).Append('\0')
            .Append(options.IncludeDrafts).Append('\0');
        foreach (var file in loaded.StaticFiles) text.Append(file).Append('\n');
        return Hash(text.ToString());
    }

    /// <summary>Every page's place and title, in navigation order: a change renames or moves it on every page.</summary>
    public static string NavigationFingerprint(SiteModel site)
    {
        var text = new StringBuilder();
        foreach (var page in site.Pages) Describe(text, page).Append('\n');
        foreach (var entry in site.Navigation)
            text.Append(entry is NavSection section ? "section:" + section.Section.Key + ":" + section.Section.Title : "page").Append('\n');
        return Hash(text.ToString());
    }

    public static string Of(SitePage page, SourceText source, SiteModel site, string siteFingerprint, string navigationFingerprint)
    {
        var text = new StringBuilder(siteFingerprint).Append('\0').Append(navigationFingerprint).Append('\0')
            .Append(source.Hash).Append('\0');
        Describe(text, page).Append('\0');
        foreach (var linked in page.Outline.LinkedPages)
        {
            text.Append(linked).Append(':');
            if (site.ByContentPath.TryGetValue(linked, out var target))
                text.Append(target.Url).Append(':').AppendJoin(',', target.Outline.Anchors);
            else text.Append("missing");
            text.Append('\n');
        }
        return Hash(text.ToString());
    }

    private static StringBuilder Describe(StringBuilder text, SitePage page) =>
        text.Append(page.ContentPath).Append('|').Append(page.Url).Append('|').Append(page.Kind).Append('|')
            .Append(page.Number?.ToString(CultureInfo.InvariantCulture)).Append('|').Append(page.Title).Append('|')
            .Append(page.Description).Append('|').Append(page.Section);

    private static string Hash(string text) => ContentHash.Of(text);
}
