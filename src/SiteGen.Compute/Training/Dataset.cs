namespace SiteGen.Compute.Training;

/// <summary>
/// Examples as contiguous rows: Inputs[i * InputWidth + j]; Targets likewise with TargetWidth
/// (for cross-entropy, TargetWidth is 1 and each target is the class index).
/// </summary>
public sealed record Examples(double[] Inputs, int InputWidth, double[] Targets, int TargetWidth, int Count);

/// <summary>A run's examples, split into the training set and the held-out test set (maybe empty).</summary>
public sealed record Dataset(Examples Train, Examples Test)
{
    /// <summary>
    /// The examples a run's data spec names: generated (see <see cref="DataSetKind"/>) or explicit.
    /// The test split is the last round(n · Test) examples (halves away from zero): a random choice
    /// for a generated set, which is shuffled; the last rows as written for explicit data.
    /// A generated set takes its seed from its own spec, where the reader puts the run's
    /// <paramref name="runSeed"/> when the author gave the data none, so the argument is not read again here.
    /// </summary>
    public static Dataset Of(DataSpec data, long runSeed)
    {
        _ = runSeed;
        if (!(data.Test >= 0 && data.Test < 1))
            throw new ArgumentOutOfRangeException(nameof(data), data.Test, "the test fraction must be at least 0 and below 1");
        var (inputs, inputWidth, targets, targetWidth) = data switch
        {
            GeneratedData generated => Generated(generated),
            ExplicitData given => Explicit(given),
            _ => throw new ArgumentException($"no such data: {data.GetType().Name}", nameof(data)),
        };
        return Split(inputs, inputWidth, targets, targetWidth, data.Test);
    }

    /// <summary>How many of <paramref name="count"/> examples a test fraction holds out.</summary>
    public static int TestCount(int count, double test) => (int)Math.Round(count * test, MidpointRounding.AwayFromZero);

    private static (double[], int, double[], int) Generated(GeneratedData data)
    {
        var (inputs, width, targets) = GeneratedSets.Make(data);
        return (inputs, width, targets, 1);
    }

    private static (double[], int, double[], int) Explicit(ExplicitData data)
    {
        var count = data.Inputs.Length;
        if (count == 0) throw new ArgumentException("explicit data needs at least one example", nameof(data));
        var width = data.Inputs[0].Length;
        var inputs = Rows(data.Inputs, width, "input");
        if ((data.Targets is null) == (data.Classes is null))
            throw new ArgumentException("explicit data gives its targets either as rows of numbers or as class indices", nameof(data));
        if (data.Classes is { } classes)
        {
            if (classes.Length != count) throw new ArgumentException($"{count} inputs but {classes.Length} classes", nameof(data));
            return (inputs, width, classes.Select(c => (double)c).ToArray(), 1);
        }
        var rows = data.Targets!;
        if (rows.Length != count) throw new ArgumentException($"{count} inputs but {rows.Length} targets", nameof(data));
        var targetWidth = rows[0].Length;
        return (inputs, width, Rows(rows, targetWidth, "target"), targetWidth);
    }

    private static double[] Rows(double[][] rows, int width, string what)
    {
        if (width == 0) throw new ArgumentException($"an {what} row needs at least one number");
        var flat = new double[rows.Length * width];
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Length != width) throw new ArgumentException($"{what} row {i + 1} has {rows[i].Length} numbers, not {width} as the first");
            rows[i].CopyTo(flat, i * width);
        }
        return flat;
    }

    private static Dataset Split(double[] inputs, int inputWidth, double[] targets, int targetWidth, double test)
    {
        var count = targets.Length / targetWidth;
        var held = TestCount(count, test);
        var kept = count - held;
        if (kept < 1) throw new ArgumentException($"a test fraction of {test} leaves none of the {count} examples to train on");
        return new Dataset(
            new Examples(inputs[..(kept * inputWidth)], inputWidth, targets[..(kept * targetWidth)], targetWidth, kept),
            new Examples(inputs[(kept * inputWidth)..], inputWidth, targets[(kept * targetWidth)..], targetWidth, held));
    }
}
