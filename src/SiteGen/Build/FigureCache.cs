using SiteGen.Directives.Figures;

namespace SiteGen.Build;

/// <summary>
/// Drawn figures on disk, by key: a rebuild that changes no figure draws none. Keys are hashes
/// of everything that determines a drawing, so an entry never goes stale; a damaged or partly
/// written entry is simply drawn again. Entry files are never rewritten in place (they are
/// renamed into place), so the output may hard-link them instead of copying their bytes. A
/// read-only cache (for `sitegen check`) is read but never written.
/// </summary>
public sealed class FigureCache(string? directory, bool readOnly = false)
{
    private const string File = ".svg", Compact = ".compact.svg", Png = ".png";

    /// <summary>Entries this build used; the rest are left over from content that has changed since.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    public bool Enabled => directory is not null;

    /// <summary>The SVG file of an entry's wide drawing.</summary>
    public string SvgPath(string key) => Path.Combine(directory!, key + File);

    /// <summary>The SVG file of an entry's compact drawing.</summary>
    public string CompactSvgPath(string key) => Path.Combine(directory!, key + Compact);

    /// <summary>The PNG file of an entry.</summary>
    public string PngPath(string key) => Path.Combine(directory!, key + Png);

    /// <summary>A file kept under its own name, such as a social card.</summary>
    public string PathOf(string name) => Path.Combine(directory!, name);

    /// <summary>
    /// An entry, if it is whole, with the sizes its SVG files declare; its files stay on disk, to be
    /// linked (see <see cref="SvgPath"/>).
    /// </summary>
    public DrawnFigure? Load(string key)
    {
        if (directory is null) return null;
        _used[key] = true;
        var stem = Path.Combine(directory, key);
        // Each file is renamed into place whole, so an entry with all three is whole.
        if (!System.IO.File.Exists(stem + Png)) return null;
        var wide = SvgSize.Read(stem + File);
        var compact = SvgSize.Read(stem + Compact);
        return wide is { } w && compact is { } c ? DrawnFigure.Cached(w, c) : null;
    }

    /// <summary>Whether a file kept under its own name is there.</summary>
    public bool Has(string name)
    {
        if (directory is null) return false;
        _used[name] = true;
        return System.IO.File.Exists(Path.Combine(directory, name));
    }

    public void Save(string key, DrawnFigure figure)
    {
        if (directory is null || readOnly) return;
        _used[key] = true;
        try
        {
            Directory.CreateDirectory(directory);
            var stem = Path.Combine(directory, key);
            WriteAtomically(stem + File, figure.SvgFile!);
            WriteAtomically(stem + Compact, figure.CompactSvgFile!);
            WriteAtomically(stem + Png, figure.PngFile!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time on the next build.
        }
    }

    public void SaveBytes(string name, byte[] bytes)
    {
        if (directory is null || readOnly) return;
        _used[name] = true;
        try
        {
            Directory.CreateDirectory(directory);
            WriteAtomically(Path.Combine(directory, name), bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Marks an entry as used by this build without reading it: a page reused whole still needs its figures kept.</summary>
    public void Keep(string entry) => _used[entry] = true;

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
            var entry = name.StartsWith("card-", StringComparison.Ordinal) ? name : name.Split('.')[0];
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
