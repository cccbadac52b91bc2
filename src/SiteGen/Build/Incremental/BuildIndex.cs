using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Build.Incremental;

/// <summary>
/// What one build leaves for the next, in `.sitegen-cache/build-index.json`: the outline of every
/// page by the hash of its source, each page's key with what rendering it reported and wrote, and
/// the state of the output folder it wrote. A build that finds its inputs unchanged reads this
/// and little else: the pages' search text, its bulk, lives in <see cref="SearchTextCache"/>.
/// </summary>
public sealed class BuildIndex
{
    public const string FileName = "build-index.json";

    /// <summary>The SiteGen build that wrote the index; another build starts afresh.</summary>
    public string Engine { get; set; } = "";
    public Dictionary<string, OutlineRecord> Outlines { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, PageRecord> Pages { get; set; } = new(StringComparer.Ordinal);
    public OutputManifest? Output { get; set; }
    /// <summary>The size <see cref="SearchTextCache"/>'s file had when this index was written; another size (or none) means it was lost or replaced.</summary>
    public long SearchTextSize { get; set; } = -1;

    /// <summary>The index in <paramref name="cacheDirectory"/>, or an empty one when it is missing, unreadable or from another build.</summary>
    public static BuildIndex Load(string? cacheDirectory, string engine)
    {
        if (cacheDirectory is null) return new BuildIndex { Engine = engine };
        try
        {
            using var stream = File.OpenRead(Path.Combine(cacheDirectory, FileName));
            var index = JsonSerializer.Deserialize(stream, BuildIndexJson.Default.BuildIndex);
            if (index is not null && index.Engine == engine
                && (index.Pages.Count == 0 || (index.SearchTextSize >= 0 && SearchTextCache.SizeIn(cacheDirectory) == index.SearchTextSize)))
            {
                var texts = new SearchTextCache(cacheDirectory);
                foreach (var page in index.Pages.Values) page.SearchTexts = texts;
                return index;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            // A missing or damaged index only costs a full build.
        }
        return new BuildIndex { Engine = engine };
    }

    public void Save(string? cacheDirectory)
    {
        if (cacheDirectory is null) return;
        try
        {
            Directory.CreateDirectory(cacheDirectory);
            // A page rendered by this build brings new text; otherwise the file on disk already holds every page's.
            var onDisk = SearchTextCache.SizeIn(cacheDirectory);
            SearchTextSize = Pages.Values.Any(p => p.SearchIsNew) || onDisk < 0 ? SearchTextCache.Write(cacheDirectory, Pages.Values) : onDisk;
            var path = Path.Combine(cacheDirectory, FileName);
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            using (var stream = File.Create(temporary)) JsonSerializer.Serialize(stream, this, BuildIndexJson.Default.BuildIndex);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next build is a full one; nothing is wrong with this one.
        }
    }
}

/// <summary>A page's outline as the index keeps it.</summary>
public sealed class OutlineRecord
{
    public string ContentPath { get; set; } = "";
    public string DisplayPath { get; set; } = "";
    public string Title { get; set; } = "";
    public string? MetaTitle { get; set; }
    public string? Description { get; set; }
    public int? Weight { get; set; }
    public string? Slug { get; set; }
    public bool Draft { get; set; }
    public bool Search { get; set; } = true;
    public int BodyStartLine { get; set; }
    public List<string> Anchors { get; set; } = [];
    public List<string> LinkedPages { get; set; } = [];
    public List<DiagnosticRecord> Diagnostics { get; set; } = [];

    public static OutlineRecord Of(PageOutline outline) => new()
    {
        ContentPath = outline.ContentPath, DisplayPath = outline.DisplayPath, Title = outline.Title,
        MetaTitle = outline.Meta.Title, Description = outline.Meta.Description, Weight = outline.Meta.Weight,
        Slug = outline.Meta.Slug, Draft = outline.Meta.Draft, Search = outline.Meta.Search, BodyStartLine = outline.Meta.BodyStartLine,
        Anchors = [.. outline.Anchors], LinkedPages = [.. outline.LinkedPages],
        Diagnostics = outline.Diagnostics.Select(DiagnosticRecord.Of).ToList(),
    };

    public PageOutline ToOutline() => new(ContentPath, DisplayPath,
        new FrontMatter(MetaTitle, Description, Weight, Slug, Draft, BodyStartLine) { Search = Search }, Title, Anchors, LinkedPages,
        Diagnostics.Select(d => d.ToDiagnostic()).ToList());
}

/// <summary>What the last build did for one page, under the key of everything that page's output depends on.</summary>
public sealed class PageRecord
{
    public string Key { get; set; } = "";
    /// <summary>What linking, computing and rendering the page reported (its parse is the outline's).</summary>
    public List<DiagnosticRecord> Diagnostics { get; set; } = [];
    /// <summary>The files written for the page: its HTML, its figures' SVG and PNG files, its social card.</summary>
    public List<OutputFileRecord> Files { get; set; } = [];
    /// <summary>The figure cache entries the page's files come from, which the cache must keep.</summary>
    public List<string> CacheEntries { get; set; } = [];
    /// <summary>How many figures the page has.</summary>
    public int Figures { get; set; }
    /// <summary>The page's sections as search reads them, so that a reused page is searched without rendering it; kept in <see cref="SearchTextCache"/>, read on first use.</summary>
    [JsonIgnore]
    public List<SearchSectionRecord> Search
    {
        get => _search ??= SearchTexts?.For(Key) ?? [];
        set { _search = value; SearchIsNew = true; }
    }

    private List<SearchSectionRecord>? _search;

    /// <summary>Where a record read from the cache finds its search text.</summary>
    [JsonIgnore]
    internal SearchTextCache? SearchTexts { get; set; }

    /// <summary>Whether the search text came from rendering the page rather than from the cache.</summary>
    [JsonIgnore]
    internal bool SearchIsNew { get; private set; }
}

/// <summary>A section of a page's search text (see <see cref="SiteGen.Search.SearchSection"/>).</summary>
public sealed class SearchSectionRecord
{
    public string Heading { get; set; } = "";
    public string Anchor { get; set; } = "";
    public string Text { get; set; } = "";

    public static SearchSectionRecord Of(SiteGen.Search.SearchSection section) =>
        new() { Heading = section.Heading, Anchor = section.Anchor, Text = section.Text };

    public SiteGen.Search.SearchSection ToSection() => new(Heading, Anchor, Text);
}

/// <summary>A file a page wrote: where, and its identity (see <see cref="OutputFile.Identity"/>).</summary>
public sealed class OutputFileRecord
{
    public string OutputPath { get; set; } = "";
    public string Identity { get; set; } = "";
}

/// <summary>A diagnostic as the index keeps it, to be reported again by a build that reuses what produced it.</summary>
public sealed class DiagnosticRecord
{
    public bool Error { get; set; }
    public string Code { get; set; } = "";
    public string Message { get; set; } = "";
    public string? Path { get; set; }
    public int Line { get; set; }
    public int Column { get; set; }

    public static DiagnosticRecord Of(Diagnostic d) => new()
    {
        Error = d.IsError, Code = d.Code, Message = d.Message, Path = d.Location?.Path, Line = d.Location?.Line ?? 0,
        Column = d.Location?.Column ?? 0,
    };

    public Diagnostic ToDiagnostic() => new(Error ? Severity.Error : Severity.Warning, Code, Message,
        Path is null ? null : new SourceLocation(Path, Line, Column));
}

/// <summary>The files the last build left in its output folder, with the size and time each had once written.</summary>
public sealed class OutputManifest
{
    public string Directory { get; set; } = "";
    public Dictionary<string, OutputFileState> Files { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One output file: its identity (see <see cref="OutputFile.Identity"/>) and how it looked on disk.</summary>
public sealed class OutputFileState
{
    public string Identity { get; set; } = "";
    public long Size { get; set; }
    public long Ticks { get; set; }

    /// <summary>The size and time the file had when written.</summary>
    [JsonIgnore]
    public FileStamp Stamp => new(Size, Ticks);
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BuildIndex))]
internal sealed partial class BuildIndexJson : JsonSerializerContext;
