using SiteGen.Templates;

namespace SiteGen.Cli;

/// <summary>
/// What the command carries inside itself, so that it works outside this repository: the default
/// theme (themes/default, every file of it) and the files `sitegen init` writes. The project file
/// embeds them; see SiteGen.Cli.csproj.
/// </summary>
public static class BuiltIn
{
    public static EmbeddedThemeSource Theme { get; } = new(typeof(BuiltIn).Assembly, "themes/default/", "default");

    private const string ScaffoldPrefix = "scaffold/";

    /// <summary>The files of a new site, as src/SiteGen/Scaffold/site/ holds them.</summary>
    public static IReadOnlyList<SiteGen.Scaffold.SiteScaffold.ScaffoldFile> ScaffoldFiles()
    {
        var assembly = typeof(BuiltIn).Assembly;
        var files = new List<SiteGen.Scaffold.SiteScaffold.ScaffoldFile>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var path = resource.Replace('\\', '/');
            if (!path.StartsWith(ScaffoldPrefix, StringComparison.Ordinal)) continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            files.Add(new(path[ScaffoldPrefix.Length..], reader.ReadToEnd().ReplaceLineEndings("\n")));
        }
        return files;
    }
}
