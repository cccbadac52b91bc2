using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>The site's own settings, from content/site.yml.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    string BaseUrl,
    string RepoUrl,
    string Language,
    string Author,
    string Theme)
{
    public const string FileName = "site.yml";

    /// <summary>Whether symbolic links in the content folder may lead outside it: off, so no link publishes a secret by accident.</summary>
    public bool AllowLinksOutsideContent { get; init; }

    /// <summary>The operations one lesson expression may take (SG1211 past it).</summary>
    public long MaxOperations { get; init; } = SiteGen.Compute.Evaluation.ComputeBudget.DefaultLimit;

    /// <summary>The most a training run may cost, parameters × training examples × epochs (SG1805 past it).</summary>
    public long MaxTrainingCost { get; init; } = SiteGen.Compute.Training.RunCost.DefaultBudget;

    private static readonly string[] Keys =
        ["title", "description", "base_url", "repo_url", "language", "author", "theme", "allow_links_outside_content", "max_operations", "max_training_cost"];

    public static SiteSettings? Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentDirectory, FileName);
        // A folder of Markdown builds as it is; the build says which defaults it took.
        if (!File.Exists(path)) return Defaults(contentDirectory);
        var file = SourceFile.Read(path, diagnostics);
        if (file is null) return null;
        var mapping = YamlText.ParseMapping(file.Text, file, 1, 1, diagnostics);
        if (mapping is null) return null;

        var reader = new SettingsReader(mapping, file, 1, 1, diagnostics, "site.yml");
        reader.WarnAboutUnknownKeys(Keys);
        reader.Require("title");
        if (string.IsNullOrWhiteSpace(reader.String("title")))
            reader.Invalid("title", "the site's title may not be empty");
        var baseUrl = reader.String("base_url") ?? "";
        if (baseUrl.Length > 0 && !IsAbsoluteHttpUrl(baseUrl))
            reader.Invalid("base_url", $"base_url must be an absolute http(s) URL, not '{baseUrl}'");
        return new SiteSettings(
            Title: reader.String("title") ?? "",
            Description: reader.String("description") ?? "",
            BaseUrl: NormalizeBaseUrl(baseUrl),
            RepoUrl: reader.String("repo_url") ?? "",
            Language: reader.String("language") ?? "en",
            Author: reader.String("author") ?? "",
            Theme: reader.String("theme") ?? "default")
        {
            AllowLinksOutsideContent = reader.Boolean("allow_links_outside_content") ?? false,
            MaxOperations = MaxOperationsOf(reader),
            MaxTrainingCost = MaxTrainingCostOf(reader),
        };
    }

    private static long MaxOperationsOf(SettingsReader reader)
    {
        var value = reader.Integer("max_operations");
        if (value is null or >= 1_000_000) return value ?? SiteGen.Compute.Evaluation.ComputeBudget.DefaultLimit;
        reader.Invalid("max_operations", $"max_operations must be at least 1000000, not {value}");
        return SiteGen.Compute.Evaluation.ComputeBudget.DefaultLimit;
    }

    private static long MaxTrainingCostOf(SettingsReader reader)
    {
        var value = reader.Long("max_training_cost");
        if (value is null or >= 1_000_000) return value ?? SiteGen.Compute.Training.RunCost.DefaultBudget;
        reader.Invalid("max_training_cost", $"max_training_cost must be at least 1000000, not {value}");
        return SiteGen.Compute.Training.RunCost.DefaultBudget;
    }

    /// <summary>Whether there was no site.yml and these are the defaults: the build then titles the site after its home page.</summary>
    public bool IsDefault { get; init; }

    /// <summary>The settings of a content folder without site.yml: titled after the folder ("notes" for ~/notes), in English.</summary>
    public static SiteSettings Defaults(string contentDirectory) =>
        new(Path.GetFileName(Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar)) is { Length: > 0 } name ? name : "Site",
            "", "", "", "en", "", "default") { IsDefault = true };

    public static bool IsAbsoluteHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Base URLs always end with one slash, so page URLs can be appended.</summary>
    public static string NormalizeBaseUrl(string url) => url.Length == 0 ? "" : url.TrimEnd('/') + "/";
}
