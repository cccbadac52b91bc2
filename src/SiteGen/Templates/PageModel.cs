using Scriban.Runtime;
using SiteGen.Content;

namespace SiteGen.Templates;

/// <summary>
/// The plain data a template sees: `site`, `page`, `root`, `home_href`, `nav`, `lessons`,
/// `build` and the `asset` function. Documented for theme authors in themes/default/README.md.
/// </summary>
public static class PageModel
{
    public static ScriptObject Site(SiteSettings settings) => new()
    {
        ["title"] = settings.Title,
        ["description"] = settings.Description,
        ["base_url"] = settings.BaseUrl,
        ["repo_url"] = settings.RepoUrl,
        ["language"] = settings.Language,
        ["author"] = settings.Author,
    };

    public static ScriptObject Build() => new() { ["generator"] = "SiteGen" };

    public static ScriptObject Link(string title, string href) => new() { ["title"] = title, ["href"] = href };

    public static ScriptObject TocEntry(int level, string id, string html) => new()
    {
        ["level"] = level, ["id"] = id, ["html"] = html,
    };

    public static ScriptObject LessonCard(int number, string title, string description, string href) => new()
    {
        ["number"] = number, ["title"] = title, ["description"] = description, ["href"] = href,
    };
}
