namespace SiteGen.Directives.Admonitions;

/// <summary>
/// The callout kinds and the names other tools use for them, so a `:::hint` from Docusaurus,
/// a ```` ```{attention} ```` from MyST or a `> [!CAUTION]` from GitHub all land somewhere sensible.
/// </summary>
public static class CalloutKinds
{
    /// <summary>Kind → default title, in the order the authoring guide lists them.</summary>
    public static readonly IReadOnlyList<(string Kind, string Title)> All =
    [
        ("note", "Note"), ("tip", "Tip"), ("important", "Important"), ("warning", "Warning"),
        ("caution", "Caution"), ("danger", "Danger"), ("seealso", "See also"),
    ];

    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["hint"] = "tip", ["info"] = "note", ["attention"] = "warning", ["error"] = "danger",
        ["success"] = "tip", ["admonition"] = "note",
    };

    /// <summary>The canonical kind for a name an author wrote, or null when it is not a callout.</summary>
    public static string? Resolve(string name)
    {
        foreach (var (kind, _) in All)
            if (string.Equals(kind, name, StringComparison.OrdinalIgnoreCase)) return kind;
        return Aliases.GetValueOrDefault(name);
    }

    public static string TitleOf(string kind) => All.First(k => k.Kind == kind).Title;

    public static IEnumerable<string> Names => All.Select(k => k.Kind).Concat(Aliases.Keys);
}
