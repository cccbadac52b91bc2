using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Templates;

/// <summary>Reads a theme's assets folder and gives each file its content-hashed name.</summary>
public static partial class ThemeAssets
{
    [GeneratedRegex(@"url\(\s*(['""]?)(?<path>[^'"")]+)\1\s*\)")]
    private static partial Regex CssUrl();

    public static IReadOnlyList<ThemeAsset> Load(string assetsDirectory)
    {
        if (!Directory.Exists(assetsDirectory)) return [];
        var files = Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories)
            .Select(f => (Logical: Path.GetRelativePath(assetsDirectory, f).Replace('\\', '/'), Full: f))
            .Where(f => !f.Logical.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Logical, StringComparer.Ordinal)
            .ToList();
        var published = new Dictionary<string, ThemeAsset>(StringComparer.Ordinal);
        // Stylesheets last: their url(...) references must already have their hashed names.
        foreach (var (logical, full) in files.OrderBy(f => f.Logical.EndsWith(".css", StringComparison.Ordinal)))
        {
            var content = File.ReadAllBytes(full);
            if (logical.EndsWith(".css", StringComparison.Ordinal))
                content = Encoding.UTF8.GetBytes(RewriteUrls(Encoding.UTF8.GetString(content), logical, published));
            published[logical] = new ThemeAsset(logical, HashedPath(logical, content), content);
        }
        return files.Select(f => published[f.Logical]).ToList();
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
