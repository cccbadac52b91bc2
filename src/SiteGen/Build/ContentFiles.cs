namespace SiteGen.Build;

/// <summary>The files of a content folder: Markdown pages, and everything else, copied as is.</summary>
public sealed record ContentFiles(IReadOnlyList<string> Markdown, IReadOnlyList<string> Static)
{
    /// <summary>Lists a content folder; paths are relative with '/' and sorted, so builds are repeatable.</summary>
    /// <remarks>An output folder inside the content folder is left out, or each build would publish the last one.</remarks>
    public static ContentFiles Scan(string contentDirectory, string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(outputDirectory) + Path.DirectorySeparatorChar;
        var all = Directory.EnumerateFiles(contentDirectory, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(output, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(contentDirectory, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Where(f => f != Content.SiteSettings.FileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        var markdown = all.Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
        return new ContentFiles(markdown, all.Except(markdown).ToList());
    }
}
