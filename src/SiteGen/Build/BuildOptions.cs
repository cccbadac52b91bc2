using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>What to build and how: the `sitegen build` options.</summary>
public sealed record BuildOptions(
    string ContentDirectory,
    string OutputDirectory,
    string? ThemeDirectory = null,
    string? BaseUrl = null,
    bool Strict = false,
    bool IncludeDrafts = false)
{
    /// <summary>Where drawn figures are kept between builds; beside the output folder when not given.</summary>
    public string? CacheDirectory { get; init; }
    /// <summary>Draw every figure afresh and keep nothing.</summary>
    public bool NoCache { get; init; }
    /// <summary>The theme compiled into the command, used when no theme folder is given or found.</summary>
    public Templates.EmbeddedThemeSource? BuiltInTheme { get; init; }
    /// <summary>
    /// `sitegen check`: every stage runs and reports, but nothing is written, neither the output
    /// folder nor the cache, which is read (unchanged pages, figures and runs are taken from it).
    /// </summary>
    public bool CheckOnly { get; init; }
    /// <summary>Counted as the build goes, for a progress line; null when nobody shows one.</summary>
    public BuildProgress? Progress { get; init; }

    /// <summary>`.sitegen-cache` beside the output folder: outside it, so swapping the output never loses it.</summary>
    public static string DefaultCacheFor(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(output) ?? output, ".sitegen-cache");
    }
}

/// <summary>The outcome of a build: what was written and everything worth telling the author.</summary>
public sealed record BuildResult(int PageCount, IReadOnlyList<Diagnostic> Diagnostics, long ElapsedMilliseconds,
    IReadOnlyList<(string Stage, long Milliseconds)> Stages)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count - ErrorCount;
    public bool Succeeded => ErrorCount == 0;
    public int FiguresDrawn { get; init; }
    public int FiguresCached { get; init; }
    /// <summary>Training runs of the pages this build computed: trained now, and read from the cache.</summary>
    public int RunsTrained { get; init; }
    public int RunsCached { get; init; }
    /// <summary>Pages this build parsed, computed and rendered; the rest it took whole from the last build.</summary>
    public int PagesRendered { get; init; }
    public int PagesReused { get; init; }
    /// <summary>Files written into the output folder; a rebuild with nothing changed writes none.</summary>
    public int FilesWritten { get; init; }
    /// <summary>What the author should know that is not a problem, one line each, such as the defaults a site without site.yml took.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
