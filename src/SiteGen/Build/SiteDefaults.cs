using SiteGen.Content;

namespace SiteGen.Build;

/// <summary>
/// A content folder without site.yml builds as it is: titled after its home page when it has one
/// with a title, else after the folder (<see cref="SiteSettings.Defaults"/>), and the build says so.
/// </summary>
public static class SiteDefaults
{
    public static SiteSettings TitledAfterHome(SiteSettings settings, IEnumerable<PageInput> inputs, bool includeDrafts, out bool fromHome)
    {
        var home = inputs.FirstOrDefault(p => p.Outline.ContentPath is "index.md" or "_index.md" && (includeDrafts || !p.Outline.Meta.Draft));
        // A home page without a title of its own is titled after its file; the folder's name says more.
        fromHome = home is not null && (home.Outline.Meta.Title is { Length: > 0 } || home.Outline.Diagnostics.All(d => d.Code != Diagnostics.DiagnosticCodes.NoTitle));
        return fromHome ? settings with { Title = home!.Outline.Title } : settings;
    }

    /// <summary>The one line that says which defaults the site took, and how to choose others.</summary>
    public static string Note(SiteSettings settings, bool fromHome) =>
        $"no {SiteSettings.FileName}: using defaults title '{settings.Title}' ({(fromHome ? "the home page's title" : "the folder's name")}), "
        + $"language '{settings.Language}'; write a {SiteSettings.FileName} with 'title: ...' to choose (sitegen init makes a site with one)";
}
