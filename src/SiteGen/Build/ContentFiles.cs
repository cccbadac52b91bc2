using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>The files of a content folder: Markdown pages, and everything else, copied as is.</summary>
public sealed record ContentFiles(IReadOnlyList<string> Markdown, IReadOnlyList<string> Static)
{
    /// <summary>Lists a content folder; paths are relative with '/' and sorted, so builds are repeatable.</summary>
    /// <remarks>
    /// An output folder inside the content folder is left out, or each build would publish the last one.
    /// Links are followed as <see cref="ContentWalk"/> says; what it refuses or skips is reported.
    /// </remarks>
    public static ContentFiles Scan(string contentDirectory, string outputDirectory, bool allowLinksOutside, DiagnosticBag diagnostics)
    {
        var all = new ContentWalk(contentDirectory, outputDirectory, allowLinksOutside, diagnostics).Run();
        var markdown = all.Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
        return new ContentFiles(markdown, all.Except(markdown).ToList());
    }
}
