using SiteGen.Diagnostics;
using SiteGen.Directives.Figures;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Training;

/// <summary>The training runs a figure or table reads, by the ids their {train} blocks gave them.</summary>
public static class RunSelection
{
    /// <summary>Seven palette colours; more runs in one figure could not be told apart.</summary>
    public const int MaxRuns = 7;

    /// <summary>The runs <paramref name="option"/> names (one id, or a list), in order; null after reporting.</summary>
    public static IReadOnlyList<LessonRun>? Read(OptionReader reader, Option<YamlNode?> option, int max = MaxRuns)
    {
        var items = reader.Items(option, max);
        if (reader.Failed || items.Count == 0)
        {
            if (!reader.Failed)
                reader.Report(DiagnosticCodes.MissingOption, $"'{option.Name}' needs the id of a run defined before it with ```{{train}}", reader.At(option));
            return null;
        }
        var runs = new List<LessonRun>();
        var failed = false;
        foreach (var item in items)
        {
            if (reader.Text(option, item, "a run's id") is not { } id) return null;
            var run = reader.Context.State<LessonRuns>().Find(id.Trim(), reader.Locate(option, item), reader.Diagnostics);
            if (run is null) failed = true;
            else if (runs.Contains(run))
            {
                reader.Report(DiagnosticCodes.BadOptionValue, $"'{option.Name}' names run '{id.Trim()}' twice", reader.Locate(option, item));
                failed = true;
            }
            else runs.Add(run);
        }
        return failed ? null : runs;
    }

    /// <summary>The one run <paramref name="option"/> names; null after reporting.</summary>
    public static LessonRun? ReadOne(OptionReader reader, Option<YamlNode?> option)
    {
        if (reader.Options.Get(option) is YamlSequenceNode list && list.Children.Count != 1)
        {
            reader.Report(DiagnosticCodes.BadOptionValue, $"'{option.Name}' takes one run's id", reader.At(option));
            return null;
        }
        return Read(reader, option, 1)?[0];
    }

    /// <summary>
    /// The colours of a figure's runs: each run's own (`:colour:`); else, when the runs differ in
    /// their optimisers, each optimiser's colour, as {descent} races draw them; else the palette in order.
    /// </summary>
    public static IReadOnlyList<int> Colours(IReadOnlyList<LessonRun> runs)
    {
        var kinds = runs.Select(r => r.Spec.Optimiser.Kind).ToList();
        var byOptimiser = runs.Count > 1 && kinds.Distinct().Count() == runs.Count ? OptimiserColours.For(kinds) : null;
        return runs.Select((run, i) => run.Colour ?? byOptimiser?[i] ?? i).ToList();
    }

    /// <summary>What a drawing of these runs depends on: their keys, so retraining one redraws only its figures.</summary>
    public static string CacheInputs(IEnumerable<LessonRun> runs) => string.Join(',', runs.Select(r => r.Id + "=" + r.Key + ":" + r.Label + ":" + r.Colour));
}
