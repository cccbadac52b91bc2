using System.Runtime.InteropServices;
using System.Security.Cryptography;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Templates;

namespace SiteGen.Build;

/// <summary>A Markdown source as read, with the hash of its path and text that keys what is derived from it.</summary>
public sealed record SourceText(string ContentPath, SourceFile File, string Hash)
{
    public static string HashOf(string contentPath, string text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(MemoryMarshal.AsBytes(contentPath.AsSpan()));
        hash.AppendData([0, 0]);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}

/// <summary>A source as a build read it, with the size and time its file had then.</summary>
public sealed record ReadSource(SourceText Source, FileStamp Stamp);

/// <summary>A loaded theme with its source's stamp then: an unchanged stamp means the same theme, unread.</summary>
public sealed record ReadTheme(Theme Theme, string Stamp);

/// <summary>Everything the build reads from disk before it works: settings, theme, the content's files and its Markdown.</summary>
public sealed record LoadedSite(
    string ContentDirectory,
    SiteSettings Settings,
    Theme? Theme,
    IReadOnlyList<SourceText> Sources,
    IReadOnlyList<string> StaticFiles)
{
    /// <summary>Each source with its file's size and time, for a rebuild in the same process.</summary>
    public IReadOnlyDictionary<string, ReadSource> Read { get; init; } = new Dictionary<string, ReadSource>();

    /// <summary>The theme with the state of its files, for a rebuild in the same process.</summary>
    public ReadTheme? ThemeRead { get; init; }
}

/// <summary>
/// The load stage: reads site.yml, the theme and every Markdown file of the content folder, in
/// parallel. The only stage besides writing that touches the file system.
/// </summary>
public static class LoadStage
{
    /// <summary>
    /// Null after reporting that the site cannot be built at all (no content folder, no settings).
    /// A source in <paramref name="previous"/> whose file has the same size and time is taken as
    /// it was, unread: what lets `serve`, whose builder keeps them, rebuild without reading every page.
    /// </summary>
    public static LoadedSite? Run(BuildOptions options, DiagnosticBag diagnostics, IReadOnlyDictionary<string, ReadSource>? previous = null,
        ReadTheme? previousTheme = null)
    {
        var content = Path.GetFullPath(options.ContentDirectory);
        if (!Directory.Exists(content))
        {
            diagnostics.Report(DiagnosticCodes.ContentDirectoryMissing, $"content folder '{options.ContentDirectory}' does not exist", null);
            return null;
        }
        var settings = SiteSettings.Load(content, diagnostics);
        if (settings is null) return null;
        if (options.BaseUrl is { } baseUrl)
        {
            if (!SiteSettings.IsAbsoluteHttpUrl(baseUrl))
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, $"--base-url must be an absolute http(s) URL, not '{baseUrl}'", null);
                return null;
            }
            settings = settings with { BaseUrl = SiteSettings.NormalizeBaseUrl(baseUrl) };
        }
        var themeSource = ThemeLocator.Locate(content, options.ThemeDirectory, settings.Theme, options.BuiltInTheme);
        var stamp = themeSource.Stamp();
        var theme = previousTheme is { } known && known.Stamp == stamp ? known.Theme : Theme.Load(themeSource, diagnostics);
        var files = ContentFiles.Scan(content, Path.GetFullPath(options.OutputDirectory), settings.AllowLinksOutsideContent, diagnostics);
        var read = new (ReadSource? Source, DiagnosticBag Bag)[files.Markdown.Count];
        Parallel.For(0, read.Length, i =>
        {
            var bag = new DiagnosticBag();
            var path = files.Markdown[i];
            read[i] = (ReadOne(Path.Combine(content, path), path, previous, bag), bag);
        });
        foreach (var (_, bag) in read) diagnostics.AddRange(bag.Items);
        var sources = read.Select(r => r.Source).OfType<ReadSource>().ToList();
        return new LoadedSite(content, settings, theme, sources.Select(r => r.Source).ToList(), files.Static)
        {
            Read = sources.ToDictionary(r => r.Source.ContentPath, StringComparer.Ordinal),
            ThemeRead = theme is null ? null : new ReadTheme(theme, stamp),
        };
    }

    private static ReadSource? ReadOne(string fullPath, string contentPath, IReadOnlyDictionary<string, ReadSource>? previous, DiagnosticBag diagnostics)
    {
        var stamp = FileStamp.Of(fullPath);
        if (previous?.GetValueOrDefault(contentPath) is { } known && known.Stamp == stamp && known.Source.File.FullPath == fullPath)
            return known;
        var file = SourceFile.Read(fullPath, diagnostics);
        return file is null ? null : new ReadSource(new SourceText(contentPath, file, SourceText.HashOf(contentPath, file.Text)), stamp);
    }
}
