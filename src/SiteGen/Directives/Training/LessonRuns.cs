using SiteGen.Compute.Training;
using SiteGen.Diagnostics;

namespace SiteGen.Directives.Training;

/// <summary>
/// One trained run of a page: its definition, its report, the examples it trained on and the
/// key everything drawn from it is cached under.
/// </summary>
public sealed record LessonRun(string Id, string Label, RunSpec Spec, RunReport Report, Dataset Data, string Key, SourceLocation At)
{
    /// <summary>The network with its trained parameters, made once for every figure that reads it.</summary>
    public TrainedNetwork Network => field ??= TrainedNetwork.Of(Spec, Report);

    /// <summary>The last epoch the history reaches: the run's epochs, or where an allowed divergence ended it.</summary>
    public int LastEpoch => Report.Loss.Count - 1;

    public bool Classifies => Report.Accuracy is not null;

    /// <summary>The histories a run reports, by the names citations, tables and charts use for them.</summary>
    public static IReadOnlyList<string> Histories { get; } = ["loss", "accuracy", "test_loss", "test_accuracy"];

    /// <summary>The history named <paramref name="quantity"/> (one of <see cref="Histories"/>), or null when the run has none (no test split, a regression).</summary>
    public IReadOnlyList<double>? History(string quantity) => quantity switch
    {
        "loss" => Report.Loss,
        "accuracy" => Report.Accuracy,
        "test_loss" => Report.TestLoss,
        "test_accuracy" => Report.TestAccuracy,
        _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "not a history a run reports"),
    };

    /// <summary>Accuracies are shown as percentages, losses as they are.</summary>
    public static bool IsPercentage(string quantity) => quantity.EndsWith("accuracy", StringComparison.Ordinal);

    /// <summary>The run as the lesson wrote it, shown beside its summary.</summary>
    public string Definition { get; init; } = "";

    /// <summary>The palette colour (0 to 6) the lesson chose for this run in every figure, or null for the figure's order.</summary>
    public int? Colour { get; init; }
}

/// <summary>The runs a page has defined so far, by id; like definitions, visible to everything after them on the page only.</summary>
public sealed class LessonRuns
{
    private readonly Dictionary<string, LessonRun> _runs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    public IEnumerable<string> Ids => _runs.Keys;

    /// <summary>The cache keys of the runs the page trained or read, so the build keeps their cache entries.</summary>
    public IEnumerable<string> CacheKeys => _runs.Values.Select(r => r.Key);

    public bool IsDefined(string id) => _runs.ContainsKey(id) || _failed.Contains(id);

    public void Add(LessonRun run) => _runs.Add(run.Id, run);

    /// <summary>A run whose definition failed: reported there, so what reads it stays quiet instead of saying it is unknown.</summary>
    public void AddFailed(string id) => _failed.Add(id);

    /// <summary>
    /// The run named <paramref name="id"/>; null after reporting SG1807 when no run of that id is
    /// defined before <paramref name="at"/>, or quietly when its definition failed.
    /// </summary>
    public LessonRun? Find(string id, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (_runs.TryGetValue(id, out var run)) return run;
        if (_failed.Contains(id)) return null;
        var known = _runs.Count == 0 ? "no run is defined before it on this page; define one with ```{train}"
            : SiteGen.Compute.Suggestions.Closest(id, [.. _runs.Keys]) is { } near ? $"did you mean '{near}'?"
            : "the runs defined before it are " + string.Join(", ", _runs.Keys.Select(k => $"'{k}'"));
        diagnostics.Report(DiagnosticCodes.UnknownRun, $"no training run '{id}' on this page; {known}", at);
        return null;
    }
}
