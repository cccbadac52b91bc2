using SiteGen.Build.Incremental;
using SiteGen.Templates;

namespace SiteGen.Build;

/// <summary>One page of the build: its place, its input, its key, and the last build's record when that can stand as it is.</summary>
public sealed record PlannedPage(SitePage Page, PageInput Input, string Key, PageRecord? Reused);

/// <summary>
/// Which pages this build must make and which it reuses whole. A page is reused when its key is
/// the one the last build recorded and the output folder still holds, unchanged, every file that
/// build wrote for it.
/// </summary>
public sealed record PagePlan(IReadOnlyList<PageInput> Inputs, IReadOnlyList<PlannedPage> Pages)
{
    public static PagePlan Make(SiteModel site, LoadedSite loaded, Theme theme, BuildOptions options,
        IReadOnlyDictionary<PageOutline, PageInput> inputs, BuildIndex index, bool outputIntact)
    {
        var siteFingerprint = PageKeys.SiteFingerprint(loaded, theme.Fingerprint, options);
        var navigation = PageKeys.NavigationFingerprint(site);
        var pages = site.Pages.Select(page =>
        {
            var input = inputs[page.Outline];
            var key = PageKeys.Of(page, input.Source, site, siteFingerprint, navigation);
            var reused = outputIntact && index.Pages.TryGetValue(page.ContentPath, out var record) && record.Key == key
                && record.Files.All(f => index.Output!.Files.TryGetValue(f.OutputPath, out var state) && state.Identity == f.Identity)
                ? record : null;
            return new PlannedPage(page, input, key, reused);
        }).ToList();
        return new PagePlan(inputs.Values.ToList(), pages);
    }
}
