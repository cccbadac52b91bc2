using SiteGen.Content;
using SiteGen.Compute.Training;
using SiteGen.Training;

namespace SiteGen.Directives.Training;

/// <summary>The cache key of a run: everything that determines its report, and the engine that trains it.</summary>
public static class RunCacheKey
{
    /// <summary>Changes whenever the engine's code changes, so a new engine retrains every run.</summary>
    public static string Engine { get; } = typeof(Trainer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Of(RunSpec spec) => ContentHash.Of(Engine + "\n" + RunKeyText.Of(spec));
}
