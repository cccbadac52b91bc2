using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Compute.Training;
using SiteGen.Directives.Training;

namespace SiteGen.Build;

/// <summary>
/// Training runs' reports on disk, by key (a hash of the run and the engine, <see cref="RunCacheKey"/>):
/// a rebuild trains only runs that changed. A damaged entry is trained again; a run that failed
/// is never kept, so its error shows on every build until it is fixed. A read-only cache (for
/// `sitegen check`) is read but never written.
/// </summary>
public sealed class RunCache(string? directory, long budget, bool readOnly = false, BuildProgress? progress = null) : ITrainingService
{
    private int _trained, _loaded;

    /// <summary>How a page's record names a run's entry among its figures' cache entries.</summary>
    public const string EntryPrefix = "run:";

    /// <summary>Entries this build trained, read or kept for a page it reused; the rest belong to runs that have changed since.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    public long Budget => budget;

    /// <summary>Runs this build trained, and runs it read from the cache.</summary>
    public (int Trained, int Loaded) Counts => (_trained, _loaded);

    public TrainingOutcome Train(RunSpec spec, string key)
    {
        _used[key] = true;
        progress?.RunStarted();
        if (Load(key) is { } report)
        {
            Interlocked.Increment(ref _loaded);
            progress?.RunDone();
            return new TrainingOutcome(report, null);
        }
        var outcome = Trainer.Run(spec);
        Interlocked.Increment(ref _trained);
        progress?.RunDone();
        if (outcome.Report is { } trained) Save(key, trained);
        return outcome;
    }

    /// <summary>Marks a run as used by this build without reading it: a page reused whole still needs its runs kept.</summary>
    public void Keep(string key) => _used[key] = true;

    /// <summary>Deletes the entries this build did not use, after it succeeded, so runs that changed do not pile up.</summary>
    public void Prune()
    {
        if (directory is null || !Directory.Exists(directory)) return;
        foreach (var path in Directory.EnumerateFiles(directory, "*.json"))
        {
            if (_used.ContainsKey(Path.GetFileNameWithoutExtension(path))) continue;
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Another build may be reading it; it goes next time.
            }
        }
    }

    private string PathOf(string key) => Path.Combine(directory!, key + ".json");

    private RunReport? Load(string key)
    {
        if (directory is null) return null;
        try
        {
            using var stream = File.OpenRead(PathOf(key));
            return JsonSerializer.Deserialize(stream, RunReportJson.Default.RunReport);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private void Save(string key, RunReport report)
    {
        if (directory is null || readOnly) return;
        try
        {
            Directory.CreateDirectory(directory);
            var temporary = $"{PathOf(key)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(report, RunReportJson.Default.RunReport));
            File.Move(temporary, PathOf(key), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time on the next build.
        }
    }
}

/// <summary>Source-generated JSON for cached reports, so Native AOT needs no reflection; doubles round-trip exactly.</summary>
[JsonSerializable(typeof(RunReport))]
internal sealed partial class RunReportJson : JsonSerializerContext;
