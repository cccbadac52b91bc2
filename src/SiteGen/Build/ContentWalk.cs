using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>
/// Walks a content folder, following symbolic links so that no folder an author makes can
/// break the build: each real folder is listed once, so links that lead back cannot loop;
/// links that lead out of the content folder are refused unless the site allows them; FIFOs,
/// sockets and devices are skipped without being opened.
/// </summary>
internal sealed class ContentWalk(string contentDirectory, string outputDirectory, bool allowLinksOutside, DiagnosticBag diagnostics)
{
    /// <summary>A folder to list: the path the build reads it by, its path in the site, its real path,
    /// and for one reached through a link, the real folder that holds the link.</summary>
    private sealed record Folder(string Path, string SitePath, string RealPath, string? LinkFolder = null);

    private static readonly EnumerationOptions Entries = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    private readonly string _content = RealPaths.Of(contentDirectory) ?? contentDirectory;
    private readonly string _output = RealPaths.Of(outputDirectory) ?? outputDirectory;
    // Real path of every folder listed, with where the site publishes it: a folder is listed once.
    private readonly Dictionary<string, string> _listed = new(StringComparer.Ordinal);
    // Folders themselves come before folders reached through links, so a link never takes a folder's own place.
    private readonly Queue<Folder> _folders = new(), _linkedFolders = new();
    private readonly List<string> _files = [];

    /// <summary>The site paths of the files to publish, with '/', sorted.</summary>
    public IReadOnlyList<string> Run()
    {
        _folders.Enqueue(new Folder(contentDirectory, "", _content));
        while (_folders.TryDequeue(out var folder) || _linkedFolders.TryDequeue(out folder))
        {
            if (_listed.TryGetValue(folder.RealPath, out var publishedAt)) Revisit(folder, publishedAt);
            else List(folder);
        }
        return _files.Order(StringComparer.Ordinal).ToList();
    }

    private void List(Folder folder)
    {
        _listed[folder.RealPath] = folder.SitePath;
        List<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder.Path).EnumerateFileSystemInfos("*", Entries).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, $"cannot read folder: {e.Message}", At(folder.Path));
            return;
        }
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.')) continue;  // hidden: .git, editor backups, staging folders
            var sitePath = folder.SitePath.Length == 0 ? entry.Name : $"{folder.SitePath}/{entry.Name}";
            if (sitePath == SiteSettings.FileName) continue;
            var path = Path.Join(folder.Path, entry.Name);
            if (entry.LinkTarget is not null) Link(folder, entry.Name, path, sitePath);
            else Add(path, sitePath, Path.Join(folder.RealPath, entry.Name), entry is DirectoryInfo ? FileKind.Folder : null, linkFolder: null);
        }
    }

    private void Link(Folder folder, string name, string path, string sitePath)
    {
        if (RealPaths.Follow(folder.RealPath, name) is not { } target)
        {
            diagnostics.Report(DiagnosticCodes.LinkLoop,
                $"symbolic link '{name}' leads around a loop of links and never reaches a file; it is skipped (remove it, or point it at a file or folder)",
                At(path));
            return;
        }
        // A dangling link is named as one wherever it points: there is nothing to publish or leak.
        var kind = FileKinds.Of(target);
        if (kind != FileKind.Missing && !allowLinksOutside && !RealPaths.IsInside(target, _content))
        {
            diagnostics.Report(DiagnosticCodes.LinkOutsideContent,
                $"symbolic link '{name}' leads outside the content folder, to '{SourceFile.DisplayPathOf(target)}', so it is not published; " +
                $"copy what it leads to into the content folder, or set 'allow_links_outside_content: true' in {SiteSettings.FileName}",
                At(path));
            return;
        }
        Add(path, sitePath, target, kind, linkFolder: folder.RealPath);
    }

    /// <summary>
    /// Takes in one entry by what its real path is (<paramref name="kind"/> when already known);
    /// <paramref name="linkFolder"/> is the real folder of the link it was reached through, if any.
    /// </summary>
    private void Add(string path, string sitePath, string realPath, FileKind? kind, string? linkFolder)
    {
        // The output folder may sit inside the content folder: publishing it would publish the last build.
        if (RealPaths.IsInside(realPath, _output)) return;
        var isLink = linkFolder is not null;
        switch (kind ?? FileKinds.Of(realPath))
        {
            case FileKind.Folder when isLink:
                _linkedFolders.Enqueue(new Folder(path, sitePath, realPath, linkFolder));
                break;
            case FileKind.Folder:
                _folders.Enqueue(new Folder(path, sitePath, realPath));
                break;
            case FileKind.RegularFile:
                _files.Add(sitePath);
                break;
            case FileKind.Missing when isLink:
                diagnostics.Report(DiagnosticCodes.FileUnreadable,
                    $"symbolic link '{Path.GetFileName(path)}' leads to '{SourceFile.DisplayPathOf(realPath)}', which does not exist; fix or remove the link",
                    At(path));
                break;
            case FileKind.Missing:
                break;  // removed while the build was listing its folder
            case FileKind.Other:
                diagnostics.Report(DiagnosticCodes.NotAFileOrFolder,
                    $"'{Path.GetFileName(path)}' is {FileKinds.Describe(realPath)}, not a regular file or folder; it is skipped, never read",
                    At(path));
                break;
        }
    }

    /// <summary>A folder already listed: a link back to a folder that holds it (a loop), or a second way to one.</summary>
    private void Revisit(Folder folder, string publishedAt)
    {
        var name = Path.GetFileName(folder.Path);
        var shown = publishedAt.Length == 0 ? "the content folder" : $"'{publishedAt}/'";
        var message = folder.LinkFolder is null
            ? $"folder '{name}' is the same folder as {shown}, which the site already publishes; it is skipped"
            : RealPaths.IsInside(folder.LinkFolder, folder.RealPath)
                ? $"symbolic link '{name}' leads back to {shown}, a folder that holds it, so following it would never end; it is skipped (remove the link)"
                : $"symbolic link '{name}' leads to {shown}, which the site already publishes; it is skipped (link to its files instead, or remove the link)";
        diagnostics.Report(DiagnosticCodes.LinkLoop, message, At(folder.Path));
    }

    private static SourceLocation At(string path) => new(SourceFile.DisplayPathOf(path), 1, 1);
}
