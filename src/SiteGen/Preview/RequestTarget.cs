namespace SiteGen.Preview;

/// <summary>What a request's URL path leads to in the built site.</summary>
public abstract record RequestTarget
{
    /// <summary>A file of the site, to send.</summary>
    public sealed record SiteFile(string Path) : RequestTarget;

    /// <summary>A folder with an index.html named without its trailing slash: its relative links need the slash.</summary>
    public sealed record FolderWithoutSlash : RequestTarget;

    /// <summary>Nothing inside the site: a missing file, or a path that leads out of the site folder.</summary>
    public sealed record Missing : RequestTarget;

    /// <summary>A path that cannot name a file at all.</summary>
    public sealed record Malformed : RequestTarget;

    /// <summary>Where the escaped URL path <paramref name="escapedPath"/> ("/lessons/slope/") leads inside <paramref name="siteDirectory"/>.</summary>
    public static RequestTarget Of(string siteDirectory, string escapedPath)
    {
        if (UrlPath.Decode(escapedPath) is not { } path) return new Malformed();
        // No file a build writes has a backslash in its name, and on Windows it would separate folders.
        if (path.Contains('\\')) return new Missing();
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteDirectory));
        var inside = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        // The leading slashes go, or Path.Combine would take "//etc/passwd" as an absolute path.
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        // The separator matters: without it, "out-private" beside "out" would pass as inside "out".
        if (full != root && !full.StartsWith(inside, StringComparison.Ordinal)) return new Missing();
        if (Directory.Exists(full))
        {
            var index = Path.Combine(full, "index.html");
            if (!File.Exists(index)) return new Missing();
            return path.EndsWith('/') ? new SiteFile(index) : new FolderWithoutSlash();
        }
        return File.Exists(full) ? new SiteFile(full) : new Missing();
    }
}
