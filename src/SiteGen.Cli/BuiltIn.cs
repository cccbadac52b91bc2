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
}
