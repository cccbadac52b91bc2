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

/// <summary>Everything the build reads from disk before it works: settings, theme, the content's files and its Markdown.</summary>
public sealed record LoadedSite(
    string ContentDirectory,
    SiteSettings Settings,
    Theme? Theme,
    IReadOnlyList<SourceText> Sources,
    IReadOnlyList<string> StaticFiles);

/// <summary>
/// The load stage: reads site.yml, the theme and every Markdown file of the content folder, in
/// parallel. The only stage besides writing that touches the file system.
/// </summary>
public static class LoadStage
{
    /// <summary>Null after reporting that the site cannot be built at all (no content folder, no settings).</summary>
    public static LoadedSite? Run(BuildOptions options, DiagnosticBag diagnostics)
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
        var theme = Theme.Load(ThemeLocator.Locate(content, options.ThemeDirectory, settings.Theme), diagnostics);
        var files = ContentFiles.Scan(content, Path.GetFullPath(options.OutputDirectory), settings.AllowLinksOutsideContent, diagnostics);
        var read = new (SourceText? Source, DiagnosticBag Bag)[files.Markdown.Count];
        Parallel.For(0, read.Length, i =>
        {
            var bag = new DiagnosticBag();
            var path = files.Markdown[i];
            var file = SourceFile.Read(Path.Combine(content, path), bag);
            read[i] = (file is null ? null : new SourceText(path, file, SourceText.HashOf(path, file.Text)), bag);
        });
        foreach (var (_, bag) in read) diagnostics.AddRange(bag.Items);
        return new LoadedSite(content, settings, theme, read.Select(r => r.Source).OfType<SourceText>().ToList(), files.Static);
    }
}
