using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Templates;

/// <summary>Reads the files of a theme's assets folder and gives each its content-hashed name.</summary>
public static partial class ThemeAssets
{
    [GeneratedRegex(@"url\(\s*(['""]?)(?<path>[^'"")]+)\1\s*\)")]
    private static partial Regex CssUrl();

    /// <summary>The files under assets/ of <paramref name="files"/>, the theme's files.</summary>
    public static IReadOnlyList<ThemeAsset> Load(ThemeSource source, IReadOnlyList<string> files)
    {
        const string folder = "assets/";
        var assets = files.Where(f => f.StartsWith(folder, StringComparison.Ordinal))
            .Select(f => (Logical: f[folder.Length..], Full: f))
            .OrderBy(f => f.Logical, StringComparer.Ordinal)
            .ToList();
        var published = new Dictionary<string, ThemeAsset>(StringComparer.Ordinal);
        // Stylesheets last: their url(...) references must already have their hashed names.
        foreach (var (logical, full) in assets.OrderBy(f => f.Logical.EndsWith(".css", StringComparison.Ordinal)))
        {
            var content = source.Read(full);
            if (logical.EndsWith(".css", StringComparison.Ordinal))
                content = Encoding.UTF8.GetBytes(RewriteUrls(Encoding.UTF8.GetString(content), logical, published));
            published[logical] = new ThemeAsset(logical, HashedPath(logical, content), content);
        }
        return assets.Select(f => published[f.Logical]).ToList();
    }

    private static string HashedPath(string logical, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var extension = Path.GetExtension(logical);
        return "assets/" + logical[..^extension.Length] + "." + hash + extension;
    }

    /// <summary>Points a stylesheet's relative url(...) references at the hashed file names.</summary>
    private static string RewriteUrls(string css, string cssLogical, Dictionary<string, ThemeAsset> published)
    {
        var cssFolder = Path.GetDirectoryName(cssLogical)!.Replace('\\', '/');
        return CssUrl().Replace(css, match =>
        {
            var path = match.Groups["path"].Value;
            if (path.Contains(':') || path.StartsWith('/') || path.StartsWith('#')) return match.Value;
            var suffixAt = path.IndexOfAny(['?', '#']);
            var bare = suffixAt < 0 ? path : path[..suffixAt];
            var target = Path.GetFullPath(Path.Combine("/", cssFolder, bare)).TrimStart('/');
            if (!published.TryGetValue(target, out var asset)) return match.Value;
            var relative = Path.GetRelativePath(Path.Combine("/", "assets", cssFolder), "/" + asset.OutputPath).Replace('\\', '/');
            return $"url({relative}{(suffixAt < 0 ? "" : path[suffixAt..])})";
        });
    }
}
