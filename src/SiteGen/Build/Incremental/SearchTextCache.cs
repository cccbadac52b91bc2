using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Build.Incremental;

/// <summary>
/// The pages' search text, in `.sitegen-cache/search-text.json` beside the build index and by page
/// key (a key covers the page's text, so an entry never goes stale, it only stops being used). It
/// is the bulk of what a build records, and only a build that rewrites search-index.js needs it, so
/// the build index leaves it out and this file is read on first use and written only when a page
/// was rendered.
/// </summary>
public sealed class SearchTextCache
{
    public const string FileName = "search-text.json";

    private readonly string? _cacheDirectory;
    private Dictionary<string, List<SearchSectionRecord>>? _byKey;

    public SearchTextCache(string? cacheDirectory) => _cacheDirectory = cacheDirectory;

    /// <summary>The file's size on disk, or -1 when it is missing: the build index records it to notice a lost or replaced file.</summary>
    public static long SizeIn(string cacheDirectory)
    {
        var file = new FileInfo(Path.Combine(cacheDirectory, FileName));
        return file.Exists ? file.Length : -1;
    }

    /// <summary>The sections kept for a page key; none when the file lacks it or cannot be read.</summary>
    public List<SearchSectionRecord> For(string key)
    {
        _byKey ??= Read();
        return _byKey.TryGetValue(key, out var sections) ? sections : [];
    }

    private Dictionary<string, List<SearchSectionRecord>> Read()
    {
        if (_cacheDirectory is null) return new(StringComparer.Ordinal);
        try
        {
            using var stream = File.OpenRead(Path.Combine(_cacheDirectory, FileName));
            var read = JsonSerializer.Deserialize(stream, SearchTextJson.Default.DictionaryStringListSearchSectionRecord);
            if (read is not null) return new(read, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            // The build index names this file's size, so a lost file already made this a full build.
        }
        return new(StringComparer.Ordinal);
    }

    /// <summary>Writes the sections of these pages, in key order so the same pages give the same bytes; returns the file's size, or -1 when it could not be written.</summary>
    public static long Write(string cacheDirectory, IEnumerable<PageRecord> pages)
    {
        var byKey = new SortedDictionary<string, List<SearchSectionRecord>>(StringComparer.Ordinal);
        foreach (var page in pages) byKey[page.Key] = page.Search;
        var path = Path.Combine(cacheDirectory, FileName);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var stream = File.Create(temporary))
            JsonSerializer.Serialize(stream, new Dictionary<string, List<SearchSectionRecord>>(byKey, StringComparer.Ordinal),
                SearchTextJson.Default.DictionaryStringListSearchSectionRecord);
        File.Move(temporary, path, overwrite: true);
        return SizeIn(cacheDirectory);
    }
}

[JsonSerializable(typeof(Dictionary<string, List<SearchSectionRecord>>))]
internal sealed partial class SearchTextJson : JsonSerializerContext;
