using SiteGen.Directives.Figures;

namespace SiteGen.Build;

/// <summary>
/// Drawn figures on disk, by key: a rebuild that changes no figure draws none. Keys are hashes
/// of everything that determines a drawing, so an entry never goes stale; a damaged or partly
/// written entry is simply drawn again.
/// </summary>
public sealed class FigureCache(string? directory)
{
    private const string Wide = ".wide.svg", Compact = ".compact.svg", File = ".svg", Png = ".png";

    /// <summary>Entries this build used; the rest are left over from content that has changed since.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    public static FigureCache None { get; } = new(null);

    public DrawnFigure? Load(string key)
    {
        if (directory is null) return null;
        _used[key] = true;
        try
        {
            var stem = Path.Combine(directory, key);
            if (!System.IO.File.Exists(stem + Png)) return null;  // written last: its presence means the entry is whole
            return new DrawnFigure(System.IO.File.ReadAllText(stem + Wide), System.IO.File.ReadAllText(stem + Compact),
                System.IO.File.ReadAllBytes(stem + File), System.IO.File.ReadAllBytes(stem + Png));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public byte[]? LoadBytes(string name)
    {
        if (directory is null) return null;
        _used[name] = true;
        var path = Path.Combine(directory, name);
        try
        {
            return System.IO.File.Exists(path) ? System.IO.File.ReadAllBytes(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Save(string key, DrawnFigure figure)
    {
        if (directory is null) return;
        _used[key] = true;
        try
        {
            Directory.CreateDirectory(directory);
            var stem = Path.Combine(directory, key);
            System.IO.File.WriteAllText(stem + Wide, figure.InlineSvg);
            System.IO.File.WriteAllText(stem + Compact, figure.CompactInlineSvg);
            System.IO.File.WriteAllBytes(stem + File, figure.SvgFile);
            WriteAtomically(stem + Png, figure.PngFile);
        }
        catch (IOException)
        {
            // A cache that cannot be written only costs time on the next build.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void SaveBytes(string name, byte[] bytes)
    {
        if (directory is null) return;
        _used[name] = true;
        try
        {
            Directory.CreateDirectory(directory);
            WriteAtomically(Path.Combine(directory, name), bytes);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Deletes the entries this build did not use, after it succeeded: figures whose content
    /// changed would otherwise pile up for ever. Only files shaped like entries are touched.
    /// </summary>
    public void Prune()
    {
        if (directory is null || !Directory.Exists(directory)) return;
        foreach (var path in Directory.EnumerateFiles(directory))
        {
            var name = Path.GetFileName(path);
            var entry = name.EndsWith(".png", StringComparison.Ordinal) && name.StartsWith("card-", StringComparison.Ordinal)
                ? name
                : name.Split('.')[0];
            if (!IsEntry(name) || _used.ContainsKey(entry)) continue;
            try
            {
                System.IO.File.Delete(path);
            }
            catch (IOException)
            {
                // Another build may be reading it; it goes next time.
            }
        }
    }

    private static bool IsEntry(string name) =>
        name.EndsWith(Png, StringComparison.Ordinal) || name.EndsWith(File, StringComparison.Ordinal);

    /// <summary>Two builds may share a cache: write aside, then rename, so nobody reads half a file.</summary>
    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        System.IO.File.WriteAllBytes(temporary, bytes);
        System.IO.File.Move(temporary, path, overwrite: true);
    }
}
