using SiteGen.Compute;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Training;

/// <summary>
/// The entries of a run's mapping (or its data's) by key, each keeping its key node so that a
/// problem with the key itself is reported where the key is written. Unknown keys are reported once, here.
/// </summary>
internal sealed class RunMapping
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    private RunMapping(YamlMappingNode node) => Node = node;

    public YamlMappingNode Node { get; }

    /// <summary>
    /// Indexes <paramref name="mapping"/>, reporting each key not in <paramref name="known"/> (and leaving it
    /// out) with what <paramref name="hint"/> says about it.
    /// </summary>
    public static RunMapping Of(YamlMappingNode mapping, IReadOnlyCollection<string> known, RunValueReader values,
        Func<string, string> hint)
    {
        var entries = new RunMapping(mapping);
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (known.Contains(name))
            {
                entries._entries[name] = (key, value);
                continue;
            }
            values.Report(DiagnosticCodes.UnknownRunKey, $"unknown key '{name}'; {hint(name)}", key);
        }
        return entries;
    }

    /// <summary>"did you mean" the closest of <paramref name="known"/>, or else what the mapping takes.</summary>
    public static string Suggest(string name, IReadOnlyCollection<string> known, string what) =>
        Suggestions.Closest(name, known) is { } near ? $"did you mean '{near}'?" : $"{what} takes {string.Join(", ", known)}";

    public int Count => _entries.Count;

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Value(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>The key's own node; only for a key the mapping has.</summary>
    public YamlNode Key(string key) => _entries[key].Key;
}
