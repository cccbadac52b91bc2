using YamlDotNet.RepresentationModel;
using SiteGen.Diagnostics;
using SiteGen.Directives.Figures;

namespace SiteGen.Directives.Training;

/// <summary>An epoch of a run as an option names it: a whole number, or `last` for the last epoch the run reached.</summary>
public static class EpochOption
{
    /// <summary>The epoch <paramref name="node"/> names in every one of <paramref name="runs"/>; null after reporting.</summary>
    public static int? Read(OptionReader reader, OptionSpec option, YamlNode node, IReadOnlyList<LessonRun> runs)
    {
        if (node is YamlScalarNode { Value: "last" }) return runs.Min(r => r.LastEpoch);
        var last = runs.Min(r => r.LastEpoch);
        if (reader.Number(option, node) is not { } value) return null;
        if (value == Math.Floor(value) && value >= 0 && value <= last) return (int)value;
        var shortest = runs.First(r => r.LastEpoch == last);
        reader.Report(DiagnosticCodes.BadRunCitation,
            $"'{option.Name}' must be an epoch from 0 to {last} (run '{shortest.Id}' ends there) or 'last', not {OptionReader.Format(value)}",
            reader.Locate(option, node));
        return null;
    }
}
