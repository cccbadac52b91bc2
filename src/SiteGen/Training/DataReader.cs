using SiteGen.Compute.Training;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Training;

/// <summary>
/// Reads a run's <c>data</c>: a generated set <c>{set, n, noise, seed, test, classes}</c> or explicit
/// examples <c>{x, y, test}</c>. Defaults follow scikit-learn's generators: 100 points, no noise.
/// </summary>
internal static class DataReader
{
    public const int DefaultCount = 100, MaxCount = 100_000, MaxClasses = 100;

    /// <summary>The largest seed every expression can write exactly (2^53 − 1).</summary>
    public const long MaxSeed = (1L << 53) - 1;

    /// <summary>The data, or null when it is missing (reported by the run) or could not be read (reported here).</summary>
    public static DataRead? Read(RunMapping run, long runSeed, RunValueReader values)
    {
        if (run.Value(RunKeys.Data) is not { } node) return null;
        if (node is not YamlMappingNode mapping)
        {
            values.Bad("'data' needs a mapping: a generated set such as {set: moons, n: 200}, or examples such as {x: [[0, 1], [1, 0]], y: [1, 1]}", node);
            return null;
        }
        var names = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToHashSet(StringComparer.Ordinal);
        var generated = names.Contains(RunKeys.Set);
        var explicitly = names.Contains(RunKeys.X) || names.Contains(RunKeys.Y);
        if (generated && explicitly)
        {
            var second = mapping.Children.Keys.First(k => k is YamlScalarNode { Value: RunKeys.X or RunKeys.Y });
            values.Bad("'data' is either a generated set ('set') or explicit examples ('x' and 'y'), not both; remove one", second);
            return null;
        }
        var errors = values.ErrorCount;
        if (generated) return Generated(RunMapping.Of(mapping, RunKeys.GeneratedData, values, name => Misplaced(name, RunKeys.ExplicitData,
            "explicit examples", RunKeys.GeneratedData, "a generated set")), runSeed, values);
        if (explicitly) return Explicit(RunMapping.Of(mapping, RunKeys.ExplicitData, values, name => Misplaced(name, RunKeys.GeneratedData,
            "a generated set", RunKeys.ExplicitData, "explicit data")), values);
        RunMapping.Of(mapping, RunKeys.AnyData, values, name => RunMapping.Suggest(name, RunKeys.AnyData, "'data'"));
        if (values.ErrorCount == errors)  // a misspelt 'set' says so itself
            values.Report(DiagnosticCodes.MissingRunKey,
                $"'data' needs 'set', a generated set ({string.Join(", ", RunNames.DataSets.Select(d => d.Name))}), or 'x' and 'y', explicit examples", node);
        return null;
    }

    // 'n' among explicit examples belongs to the other form: a suggestion of 'x' for it would mislead.
    private static string Misplaced(string name, string[] other, string otherWhat, string[] known, string what) =>
        other.Contains(name) ? $"'{name}' belongs to {otherWhat}; {what} takes {string.Join(", ", known)}"
            : RunMapping.Suggest(name, known, what);

    private static GeneratedRead? Generated(RunMapping data, long runSeed, RunValueReader values)
    {
        var errors = values.ErrorCount;
        var setNode = data.Value(RunKeys.Set)!;
        var set = values.Choice(RunKeys.Set, setNode, RunNames.DataSets);
        var count = data.Value(RunKeys.Count) is { } n ? values.Integer(RunKeys.Count, n, 1, MaxCount) : DefaultCount;
        var noise = data.Value(RunKeys.Noise) is { } s ? values.Number(RunKeys.Noise, s, NumberRule.NonNegative) : 0;
        var seed = data.Value(RunKeys.Seed) is { } d ? values.Whole(RunKeys.Seed, d, 0, MaxSeed) : runSeed;
        var test = Test(data, values);
        var classes = Classes(data, set, values);
        if (values.ErrorCount > errors || set is null || count is null || noise is null || seed is null || test is null || classes is null)
            return null;
        if (!LeavesTrainingExamples(data, count.Value, test.Value, values)) return null;
        var spec = new GeneratedData(set.Value, count.Value, noise.Value, seed.Value, classes.Value) { Test = test.Value };
        return new GeneratedRead(spec, data.Node, setNode);
    }

    private static int? Classes(RunMapping data, DataSetKind? set, RunValueReader values)
    {
        if (data.Value(RunKeys.Classes) is not { } node) return 2;
        if (set is null) return null;
        if (set is DataSetKind.Blobs or DataSetKind.Spirals) return values.Integer(RunKeys.Classes, node, 2, MaxClasses);
        values.Bad($"only blobs and spirals take 'classes'; {RunNames.Of(set.Value)} " +
            (set == DataSetKind.Curve ? "is regression, with no classes" : "has the two classes 0 and 1"), data.Key(RunKeys.Classes));
        return null;
    }

    private static ExplicitRead? Explicit(RunMapping data, RunValueReader values)
    {
        var errors = values.ErrorCount;
        foreach (var (key, what) in new[] { (RunKeys.X, "one input row per example"), (RunKeys.Y, "one target per example") })
            if (!data.Has(key))
                values.Report(DiagnosticCodes.MissingRunKey, $"explicit data needs '{key}', {what}", data.Node);
        var x = data.Value(RunKeys.X) is { } xNode ? Examples(RunKeys.X, xNode, "one input row per example, such as [[0.05, 0.10]]", values) : null;
        var y = data.Value(RunKeys.Y) is { } yNode ? Examples(RunKeys.Y, yNode, "one target per example, such as [1, 0] or [[0.01, 0.99]]", values) : null;
        var test = Test(data, values);
        if (values.ErrorCount > errors || x is null || y is null || test is null) return null;
        if (y.Length != x.Length)
        {
            values.Report(DiagnosticCodes.RunDoesNotFit,
                $"'y' has {NumberArray.Count(y.Length, "target")} but 'x' has {NumberArray.Count(x.Length, "example")}; give one target per example", y.Node);
            return null;
        }
        return LeavesTrainingExamples(data, x.Length, test.Value, values) ? new ExplicitRead(x, y, data.Node, test.Value) : null;
    }

    /// <summary>A list of examples: numbers or rows, at least one, none of them empty.</summary>
    private static NumberArray? Examples(string key, YamlNode node, string what, RunValueReader values)
    {
        if (values.Array(key, node) is not { } array) return null;
        if (array.Rank == 0 || array.Length == 0 || array.RowWidth == 0)
        {
            values.Bad($"'{key}' needs {what}", node);
            return null;
        }
        return array;
    }

    private static double? Test(RunMapping data, RunValueReader values) =>
        data.Value(RunKeys.Test) is { } node ? values.Number(RunKeys.Test, node, NumberRule.BelowOne) : 0;

    private static bool LeavesTrainingExamples(RunMapping data, int count, double test, RunValueReader values)
    {
        if (DataRead.TrainCountOf(count, test) > 0) return true;
        values.Bad($"'test: {RunValueReader.Format(test)}' holds out all {NumberArray.Count(count, "example")}, leaving none to train on; hold out fewer",
            data.Value(RunKeys.Test)!);
        return false;
    }
}
