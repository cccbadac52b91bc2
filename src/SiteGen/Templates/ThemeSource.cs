using System.Reflection;

namespace SiteGen.Templates;

/// <summary>
/// Where a theme's files come from: a folder, or the theme compiled into sitegen. The build reads
/// a theme only through this, by paths relative to the theme's root ("layouts/base.html"), so the
/// same files give the same site wherever they come from.
/// </summary>
public abstract class ThemeSource
{
    /// <summary>What diagnostics name the theme by: its folder, or "built-in theme 'default'".</summary>
    public abstract string Location { get; }

    /// <summary>The folder whose changes change the theme; null for the built-in theme, which cannot change.</summary>
    public abstract string? Folder { get; }

    public abstract bool Exists { get; }

    /// <summary>Every file of the theme, relative, with '/', in ordinal order; hidden files and folders left out.</summary>
    public abstract IReadOnlyList<string> Files();

    public abstract byte[] Read(string path);

    /// <summary>The path a diagnostic prints for one of the theme's files.</summary>
    public abstract string DisplayPathOf(string path);

    /// <summary>A text that changes whenever a file of the theme may have: what lets `serve` skip reloading an unchanged theme.</summary>
    public abstract string Stamp();

    protected static bool IsHidden(string path) => path.Split('/').Any(part => part.StartsWith('.'));
}

/// <summary>A theme folder on disk, given with --theme or found as themes/NAME beside the content.</summary>
public sealed class FolderThemeSource(string directory) : ThemeSource
{
    public string Directory { get; } = Path.GetFullPath(directory);
    public override string Location => Directory;
    public override string? Folder => Directory;
    public override bool Exists => System.IO.Directory.Exists(Directory);

    public override IReadOnlyList<string> Files() => !Exists ? []
        : System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Directory, f).Replace('\\', '/'))
            .Where(f => !IsHidden(f))
            .Order(StringComparer.Ordinal)
            .ToList();

    public override byte[] Read(string path) => File.ReadAllBytes(FullPathOf(path));

    public override string DisplayPathOf(string path) => Content.SourceFile.DisplayPathOf(FullPathOf(path));

    public override string Stamp()
    {
        if (!Exists) return "";
        var text = new System.Text.StringBuilder(Directory).Append('\n');
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            text.Append(file).Append('|').Append(Build.FileStamp.Of(file)).Append('\n');
        return text.ToString();
    }

    private string FullPathOf(string path) => Path.Combine(Directory, path.Replace('/', Path.DirectorySeparatorChar));
}

/// <summary>
/// A theme compiled into an assembly as embedded resources named PREFIX + the file's path in the
/// theme ("themes/default/" + "layouts/base.html"), so that a build needs no theme folder.
/// </summary>
public sealed class EmbeddedThemeSource(Assembly assembly, string prefix, string name) : ThemeSource
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> _resources = new(() =>
        assembly.GetManifestResourceNames()
            // MSBuild names them with the build machine's separator.
            .Select(r => (Resource: r, Path: r.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal) && !IsHidden(r.Path[prefix.Length..]))
            .ToDictionary(r => r.Path[prefix.Length..], r => r.Resource, StringComparer.Ordinal));

    public string Name { get; } = name;
    public override string Location => $"built-in theme '{Name}'";
    public override string? Folder => null;
    public override bool Exists => _resources.Value.Count > 0;

    public override IReadOnlyList<string> Files() => _resources.Value.Keys.Order(StringComparer.Ordinal).ToList();

    public override byte[] Read(string path)
    {
        if (!_resources.Value.TryGetValue(path, out var resource)) throw new FileNotFoundException($"the {Location} has no file '{path}'", path);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public override string DisplayPathOf(string path) => $"({Location})/{path}";

    public override string Stamp() => Location;
}
