using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>What to build and how: the `sitegen build` options.</summary>
public sealed record BuildOptions(
    string ContentDirectory,
    string OutputDirectory,
    string? ThemeDirectory = null,
    string? BaseUrl = null,
    bool Strict = false,
    bool IncludeDrafts = false);

/// <summary>The outcome of a build: what was written and everything worth telling the author.</summary>
public sealed record BuildResult(int PageCount, IReadOnlyList<Diagnostic> Diagnostics, long ElapsedMilliseconds,
    IReadOnlyList<(string Stage, long Milliseconds)> Stages)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count - ErrorCount;
    public bool Succeeded => ErrorCount == 0;
}
