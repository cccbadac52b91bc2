using SiteGen.Compute.Training;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Training;

/// <summary>A run's data as read, with the nodes that later checks of the run report at.</summary>
internal abstract record DataRead(YamlNode Node, double Test)
{
    /// <summary>The width of one example's input, which the first layer must have.</summary>
    public abstract int InputWidth { get; }
    public abstract int Count { get; }

    /// <summary>How many examples are trained on: the rest, round(count × test), are held out.</summary>
    public int TrainCount => TrainCountOf(Count, Test);

    /// <summary>The engine's own split, so that the budget counts the examples it trains on.</summary>
    public static int TrainCountOf(int count, double test) => count - Dataset.TestCount(count, test);
}

/// <summary>A generated set, complete: its targets follow from the set.</summary>
internal sealed record GeneratedRead(GeneratedData Spec, YamlNode Node, YamlNode SetNode) : DataRead(Node, Spec.Test)
{
    public override int InputWidth => Spec.Set == DataSetKind.Curve ? 1 : 2;
    public override int Count => Spec.Count;
    public bool IsRegression => Spec.Set == DataSetKind.Curve;
}

/// <summary>
/// Explicit examples: inputs as rows (a flat list is one input per example), targets still as
/// written, since the loss says whether numbers are values or class indices.
/// </summary>
internal sealed record ExplicitRead(NumberArray X, NumberArray Y, YamlNode Node, double Test) : DataRead(Node, Test)
{
    public override int InputWidth => X.RowWidth;
    public override int Count => X.Length;
    /// <summary>x was written as a flat list: one input per example, a likely slip for one row.</summary>
    public bool FlatX => X.Rank == 1;
}
