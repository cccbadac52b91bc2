namespace SiteGen.Build;

/// <summary>Where symbolic links lead, resolved component by component as realpath(3) does.</summary>
internal static class RealPaths
{
    /// <summary>As many links as Linux follows in one path before it gives up with ELOOP.</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The path <paramref name="name"/> in the link-free folder <paramref name="realFolder"/>
    /// leads to, every link followed; null when links lead around in a loop. A target that does
    /// not exist still gets a path, so that a dangling link can be named as one.
    /// </summary>
    public static string? Follow(string realFolder, string name)
    {
        var current = realFolder;
        var pending = new Stack<string>();
        Push(pending, name);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;  // ".." of the root is the root
                continue;
            }
            var next = Path.Join(current, part);
            if (LinkTarget(next) is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // A relative target is read from the link's own folder, which `current` already is.
            var root = Path.GetPathRoot(target) ?? "";
            if (root.Length > 0) current = root;
            Push(pending, target[root.Length..]);
        }
        return current;
    }

    /// <summary>The real path of a folder given by any path, such as the content folder as the author named it.</summary>
    public static string? Of(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full)!;
        return full.Length == root.Length ? root : Follow(root, full[root.Length..]);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it; both real paths.</summary>
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar,
            StringComparison.Ordinal);

    private static void Push(Stack<string> pending, string path)
    {
        var parts = path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }

    private static string? LinkTarget(string path)
    {
        try { return new FileInfo(path).LinkTarget; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }
}
