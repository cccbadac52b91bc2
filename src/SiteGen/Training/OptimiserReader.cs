using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;
using SiteGen.Diagnostics;

namespace SiteGen.Training;

/// <summary>
/// Reads a run's optimiser, its settings and the learning-rate schedule. A setting the chosen
/// optimiser does not read (beta1 with sgd) is an error rather than silently ignored.
/// </summary>
internal static class OptimiserReader
{
    public const int MaxStepEvery = RunReader.MaxEpochs;

    /// <summary>The optimiser, or null when something is missing or wrong (reported, unless it is lr missing, which the run reports).</summary>
    public static OptimiserSpec? Optimiser(RunMapping run, RunValueReader values)
    {
        var errors = values.ErrorCount;
        var kind = run.Value(RunKeys.Optimiser) is { } node ? values.Choice(RunKeys.Optimiser, node, RunNames.Optimisers) : OptimiserKind.Sgd;
        var lr = run.Value(RunKeys.Lr) is { } lrNode ? values.Number(RunKeys.Lr, lrNode, NumberRule.Positive) : null;
        // A setting of another optimiser is wrong whatever its value: that is its one message.
        var foreign = kind is { } known ? RefuseForeignSettings(run, known, values) : [];
        double? Setting(string key, NumberRule rule) => run.Value(key) is { } node && !foreign.Contains(key) ? values.Number(key, node, rule) : null;
        var momentum = Setting(RunKeys.Momentum, NumberRule.BelowOne);
        var beta1 = Setting(RunKeys.Beta1, NumberRule.BelowOne);
        var beta2 = Setting(RunKeys.Beta2, NumberRule.BelowOne);
        var alpha = Setting(RunKeys.Alpha, NumberRule.BelowOne);
        var eps = Setting(RunKeys.Eps, NumberRule.Positive);
        var decay = Setting(RunKeys.WeightDecay, NumberRule.NonNegative);
        if (values.ErrorCount > errors || kind is null || lr is null) return null;
        var spec = new OptimiserSpec(kind.Value, lr.Value) { Momentum = momentum, Eps = eps, WeightDecay = decay ?? 0 };
        if (beta1 is { } b1) spec = spec with { Beta1 = b1 };
        if (beta2 is { } b2) spec = spec with { Beta2 = b2 };
        if (alpha is { } a) spec = spec with { Alpha = a };
        return spec;
    }

    /// <summary>Reports each setting given that <paramref name="kind"/> does not read, and returns their keys.</summary>
    private static HashSet<string> RefuseForeignSettings(RunMapping run, OptimiserKind kind, RunValueReader values)
    {
        var foreign = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, usedBy) in RunKeys.OptimiserSettings)
        {
            if (!run.Has(key) || usedBy.Contains(kind)) continue;
            var users = usedBy.Select(RunNames.Of).ToArray();
            var owners = users.Length == 1 ? users[0] : string.Join(", ", users[..^1]) + " and " + users[^1];
            values.Bad($"'{key}' is a setting of {owners}, not of {RunNames.Of(kind)}, which would ignore it; " +
                $"remove it or set 'optimiser: {users[0]}'", run.Key(key));
            foreign.Add(key);
        }
        return foreign;
    }

    /// <summary>The schedule; step-every and gamma belong to 'schedule: step' alone, and step needs step-every (StepLR's step_size).</summary>
    public static ScheduleSpec? Schedule(RunMapping run, RunValueReader values)
    {
        var errors = values.ErrorCount;
        var kind = run.Value(RunKeys.Schedule) is { } node ? values.Choice(RunKeys.Schedule, node, RunNames.Schedules) : ScheduleKind.Constant;
        if (kind is { } known && known != ScheduleKind.Step)
        {
            foreach (var key in new[] { RunKeys.StepEvery, RunKeys.Gamma }.Where(run.Has))
                values.Bad($"'{key}' is a setting of 'schedule: step', not of 'schedule: {RunNames.Of(known)}'; remove it or set 'schedule: step'", run.Key(key));
            return values.ErrorCount > errors ? null : new ScheduleSpec(known);
        }
        var every = run.Value(RunKeys.StepEvery) is { } e ? values.Integer(RunKeys.StepEvery, e, 1, MaxStepEvery) : null;
        var gamma = run.Value(RunKeys.Gamma) is { } g ? values.Number(RunKeys.Gamma, g, NumberRule.Positive) : null;
        if (kind == ScheduleKind.Step && !run.Has(RunKeys.StepEvery))
            values.Report(DiagnosticCodes.MissingRunKey, "'schedule: step' needs 'step-every', the epochs between steps of the learning rate",
                run.Value(RunKeys.Schedule)!);
        if (values.ErrorCount > errors || kind is null) return null;
        return new ScheduleSpec(ScheduleKind.Step, every!.Value, gamma ?? 0.1);
    }
}
