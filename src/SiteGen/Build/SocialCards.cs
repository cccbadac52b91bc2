using System.Globalization;
using SiteGen.Content;
using SiteGen.Directives.Figures;
using SiteGen.Figures.Cards;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Build;

/// <summary>
/// The 1200×630 image a link to a lesson shows when shared: its title, the course name and
/// the lesson's first figure. Cached like figures, drawn in parallel.
/// </summary>
public sealed class SocialCards(FigureStage figures, FigureCache cache, string siteTitle)
{
    public const string FileName = "card.png";

    /// <summary>Cards are drawn when the site has a base URL, which og:image needs.</summary>
    public static bool Enabled(SiteGen.Content.SiteSettings settings) => settings.BaseUrl.Length > 0;

    /// <summary>Pages that get a card: the home page and the lessons.</summary>
    public static bool HasCard(SitePage page) => page.Kind is PageKind.Lesson or PageKind.Home;

    /// <summary>Each page's card file, and the cache entry it comes from.</summary>
    public IReadOnlyList<(SitePage Page, OutputFile File, string Entry)> Run(IReadOnlyList<SitePage> pages,
        IReadOnlyDictionary<SitePage, FigureRequest> firstFigureOf)
    {
        var withCards = pages.Where(HasCard).ToList();
        var files = new (SitePage, OutputFile, string)[withCards.Count];
        Parallel.For(0, withCards.Count, i =>
        {
            var page = withCards[i];
            var figure = firstFigureOf.GetValueOrDefault(page);
            var label = page.Kind == PageKind.Lesson && page.Number is { } n ? "Lesson " + n.ToString(CultureInfo.InvariantCulture) : null;
            var name = "card-" + Key(page.Title, label, figure) + ".png";
            byte[]? png = null;
            if (!cache.Has(name))
            {
                // Drawn small and scaled up, so its labels stay legible in a link preview.
                var scene = figure?.Draw(new FigureSize(380, 310), figures.Style);
                png = PngWriter.Write(SocialCard.Draw(page.Title, siteTitle, label, scene, figures.Font), figures.Font, 1);
                cache.SaveBytes(name, png);
            }
            files[i] = (page, cache.Enabled ? new LinkedFile(page.Url + FileName, cache.PathOf(name), png) : new RenderedFile(page.Url + FileName, png!),
                name);
        });
        return files;
    }

    private string Key(string title, string? label, FigureRequest? figure)
    {
        var text = string.Join('\0', FigureEngine.Fingerprint, title, siteTitle, label ?? "", figure is null ? "" : figures.CacheKey(figure.Key));
        return ContentHash.Of(text);
    }
}
