using SiteGen.Build;
using SiteGen.Build.Incremental;
using SiteGen.Content;

namespace SiteGen.Search;

/// <summary>
/// search-index.js as an output file. Its identity is a hash of the keys of the pages it lists
/// (a page's key covers its text, title and URL) and of the index format, so a build in which no
/// page changed neither rebuilds nor rewrites it; the bytes, and the pages' search text they are
/// made from (which a reused page reads from the cache), are only needed when it is written.
/// </summary>
public sealed record SearchIndexFile(Func<IReadOnlyList<SearchPage>> Pages, string Inputs) : OutputFile(SearchIndex.FileName)
{
    public override string Identity => field ??= "search:" + ContentHash.Of(Inputs);

    public override void WriteTo(Stream stream) => stream.Write(SearchIndex.Write(Pages()));

    /// <summary>The index of the site's pages in site order, from the records this build made or reused; pages with `search: false` are left out.</summary>
    public static SearchIndexFile For(SiteModel site, IEnumerable<(string ContentPath, PageRecord Record)> records)
    {
        var byPath = records.ToDictionary(r => r.ContentPath, r => r.Record, StringComparer.Ordinal);
        var listed = new List<(SitePage Page, PageRecord Record)>();
        var inputs = new System.Text.StringBuilder("format ").Append(SearchIndex.FormatVersion).Append('\n');
        foreach (var page in site.Pages)
        {
            if (!page.Outline.Meta.Search || !byPath.TryGetValue(page.ContentPath, out var record)) continue;
            listed.Add((page, record));
            inputs.Append(page.Url).Append('\0').Append(record.Key).Append('\n');
        }
        return new SearchIndexFile(
            () => listed.Select(l => new SearchPage(l.Page.Title, l.Page.Url, l.Record.Search.Select(s => s.ToSection()).ToList())).ToList(),
            inputs.ToString());
    }
}
