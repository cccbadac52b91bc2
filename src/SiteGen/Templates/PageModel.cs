using Scriban.Runtime;
using SiteGen.Content;

namespace SiteGen.Templates;

/// <summary>
/// The plain data a template sees: `site`, `page`, `root`, `home_href`, `nav`, `lessons`,
/// `build` and the `asset` function. Documented for theme authors in themes/default/README.md.
/// </summary>
public static class PageModel
{
    /// <summary>What a template knows of the page it renders: one record, so every layout gets every key.</summary>
    public sealed record PageView(
        string Title,
        string Description,
        string Kind,
        string Url,
        string Canonical,
        string Content,
        ScriptArray Toc,
        ScriptObject? Prev,
        ScriptObject? Next,
        int? Number,
        string? OgImage,
        string SectionTitle);

    /// <summary>The template's `page`.</summary>
    public static ScriptObject Page(PageView page) => new()
    {
        ["title"] = page.Title,
        ["description"] = page.Description,
        ["kind"] = page.Kind,
        ["url"] = page.Url,
        ["canonical"] = page.Canonical,
        ["content"] = page.Content,
        ["toc"] = page.Toc,
        ["prev"] = page.Prev,
        ["next"] = page.Next,
        ["number"] = page.Number,
        ["og_image"] = page.OgImage,
        ["section_title"] = page.SectionTitle,
    };

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
