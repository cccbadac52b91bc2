using CsCheck;

namespace SiteGen.Tests.Compute.Properties;

/// <summary>
/// How long the property tests run. In `dotnet test`, a fixed seed and a few hundred programs
/// each, a few seconds in all; SITEGEN_PROPERTY_SECONDS=600 runs each for that long from
/// random seeds, and SITEGEN_PROPERTY_SEED replays the seed a failure printed.
/// </summary>
internal static class PropertyRuns
{
    private const string FixedSeed = "0N0XIzNsQ0O2";

    /// <param name="threads">How many samples may run at once in a timed run: 1 for properties that share a folder.</param>
    public static void Check<T>(Gen<T> gen, Action<T> property, int iterations = 300, int threads = -1)
    {
        var seconds = Environment.GetEnvironmentVariable("SITEGEN_PROPERTY_SECONDS");
        var seed = Environment.GetEnvironmentVariable("SITEGEN_PROPERTY_SEED");
        if (int.TryParse(seconds, out var time) && time > 0)
        {
            var tried = 0L;
            gen.Sample(Watched<T>(sample => { Interlocked.Increment(ref tried); property(sample); }), seed: seed, time: time, iter: int.MaxValue, threads: threads);
            // A timed run says how much it tried, since a pass alone cannot tell a long run from a short one.
            File.AppendAllText(Path.Combine(Path.GetTempPath(), "property-samples.txt"), $"{typeof(T).Name}: {tried} samples in {time} s\n");
        }
        else gen.Sample(property, seed: seed ?? FixedSeed, iter: iterations, threads: 1);
    }

    /// <summary>
    /// In a timed run, a sample that takes more than ten seconds is written to
    /// SITEGEN_PROPERTY_SLOW (default: slow-samples.txt in the temp folder) while it still runs,
    /// so that a run that never ends still names the input it is stuck on.
    /// </summary>
    private static Action<T> Watched<T>(Action<T> property) => sample =>
    {
        var log = Environment.GetEnvironmentVariable("SITEGEN_PROPERTY_SLOW") ?? Path.Combine(Path.GetTempPath(), "slow-samples.txt");
        using var watchdog = new Timer(_ => File.AppendAllText(log, $"--- slow sample (over 10 s):\n{sample}\n"), null, 10_000, Timeout.Infinite);
        property(sample);
    };
}
