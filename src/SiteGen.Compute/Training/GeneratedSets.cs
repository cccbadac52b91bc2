namespace SiteGen.Compute.Training;

/// <summary>
/// The generated data sets (defined on <see cref="DataSetKind"/>'s members), made from the data
/// stream of the set's seed. Each builds its points, then shuffles them and then adds noise, in
/// the order scikit-learn's make_moons does, so a seed fixes every number.
/// </summary>
internal static class GeneratedSets
{
    private const double BlobRadius = 2;
    private const double BlobSpreadWhenNoNoise = 0.5;
    private const double SpiralTurn = 4;
    private const double CircleFactor = 0.5;

    /// <summary>Rows of inputs (width 2, or 1 for the curve) and one target each: the class, or the curve's value.</summary>
    public static (double[] Inputs, int InputWidth, double[] Targets) Make(GeneratedData data)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(data.Count);
        if (!(data.Noise >= 0) || !double.IsFinite(data.Noise))
            throw new ArgumentOutOfRangeException(nameof(data), data.Noise, "the noise must be a number at least 0");
        if (data.Set is DataSetKind.Blobs or DataSetKind.Spirals && data.Classes < 2)
            throw new ArgumentOutOfRangeException(nameof(data), data.Classes, "blobs and spirals need at least 2 classes");
        var random = new SeededRandom(data.Seed, RandomStream.Data);
        var (n, noise) = (data.Count, data.Noise);
        return data.Set switch
        {
            DataSetKind.Xor => Xor(n, noise, random),
            DataSetKind.Moons => Moons(n, noise, random),
            DataSetKind.Circles => Circles(n, noise, random),
            DataSetKind.Spirals => Spirals(n, noise, data.Classes, random),
            DataSetKind.Blobs => Blobs(n, noise, data.Classes, random),
            _ => Curve(n, noise, random),
        };
    }

    private static (double[], int, double[]) Xor(int n, double noise, SeededRandom random)
    {
        if (n == 4 && noise == 0)
            return ([0, 0, 0, 1, 1, 0, 1, 1], 2, [0, 1, 1, 0]);
        var (inputs, targets) = (new double[2 * n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            var x = random.Uniform(-1, 1);
            var y = random.Uniform(-1, 1);
            (inputs[2 * i], inputs[2 * i + 1], targets[i]) = (x, y, x * y < 0 ? 1 : 0);
        }
        AddNoise(inputs, noise, random);
        return (inputs, 2, targets);
    }

    private static (double[], int, double[]) Moons(int n, double noise, SeededRandom random)
    {
        var (outer, inner) = (n / 2, n - n / 2);
        var (inputs, targets) = (new double[2 * n], new double[n]);
        for (var i = 0; i < outer; i++)
        {
            var t = Linspace(0, Math.PI, outer, i);
            (inputs[2 * i], inputs[2 * i + 1]) = (Math.Cos(t), Math.Sin(t));
        }
        for (var j = 0; j < inner; j++)
        {
            var t = Linspace(0, Math.PI, inner, j);
            var i = outer + j;
            (inputs[2 * i], inputs[2 * i + 1], targets[i]) = (1 - Math.Cos(t), 1 - Math.Sin(t) - 0.5, 1);
        }
        return ShuffledWithNoise(inputs, 2, targets, noise, random);
    }

    private static (double[], int, double[]) Circles(int n, double noise, SeededRandom random)
    {
        var (outer, inner) = (n / 2, n - n / 2);
        var (inputs, targets) = (new double[2 * n], new double[n]);
        for (var i = 0; i < outer; i++)
        {
            var t = i * (2 * Math.PI / outer);
            (inputs[2 * i], inputs[2 * i + 1]) = (Math.Cos(t), Math.Sin(t));
        }
        for (var j = 0; j < inner; j++)
        {
            var t = j * (2 * Math.PI / inner);
            var i = outer + j;
            (inputs[2 * i], inputs[2 * i + 1], targets[i]) = (Math.Cos(t) * CircleFactor, Math.Sin(t) * CircleFactor, 1);
        }
        return ShuffledWithNoise(inputs, 2, targets, noise, random);
    }

    private static (double[], int, double[]) Spirals(int n, double noise, int classes, SeededRandom random)
    {
        var (inputs, targets) = (new double[2 * n], new double[n]);
        var i = 0;
        for (var arm = 0; arm < classes; arm++)
        {
            var points = ShareOf(n, classes, arm);
            for (var p = 0; p < points; p++, i++)
            {
                var r = Linspace(0, 1, points, p);
                var angle = SpiralTurn * r + arm * (2 * Math.PI / classes) + random.Normal(noise);
                (inputs[2 * i], inputs[2 * i + 1], targets[i]) = (r * Math.Sin(angle), r * Math.Cos(angle), arm);
            }
        }
        return ShuffledWithNoise(inputs, 2, targets, 0, random);
    }

    private static (double[], int, double[]) Blobs(int n, double noise, int classes, SeededRandom random)
    {
        var spread = noise > 0 ? noise : BlobSpreadWhenNoNoise;
        var (inputs, targets) = (new double[2 * n], new double[n]);
        var i = 0;
        for (var blob = 0; blob < classes; blob++)
        {
            var angle = blob * (2 * Math.PI / classes);
            var (cx, cy) = (BlobRadius * Math.Cos(angle), BlobRadius * Math.Sin(angle));
            for (var p = 0; p < ShareOf(n, classes, blob); p++, i++)
                (inputs[2 * i], inputs[2 * i + 1], targets[i]) = (cx + random.Normal(spread), cy + random.Normal(spread), blob);
        }
        return ShuffledWithNoise(inputs, 2, targets, 0, random);
    }

    private static (double[], int, double[]) Curve(int n, double noise, SeededRandom random)
    {
        var (inputs, targets) = (new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            inputs[i] = Linspace(-3, 3, n, i);
            targets[i] = Math.Sin(inputs[i]);
        }
        Shuffle(inputs, 1, targets, random);
        AddNoise(targets, noise, random);
        return (inputs, 1, targets);
    }

    /// <summary>The first n mod k groups take one point more than the others, as make_blobs shares them out.</summary>
    private static int ShareOf(int n, int groups, int group) => n / groups + (group < n % groups ? 1 : 0);

    /// <summary>numpy.linspace(start, stop, count)[i]: start + i·step, with the last point exactly <paramref name="stop"/>.</summary>
    private static double Linspace(double start, double stop, int count, int i)
    {
        if (count == 1) return start;
        if (i == count - 1) return stop;
        return i * ((stop - start) / (count - 1)) + start;
    }

    private static (double[], int, double[]) ShuffledWithNoise(double[] inputs, int width, double[] targets, double noise, SeededRandom random)
    {
        Shuffle(inputs, width, targets, random);
        AddNoise(inputs, noise, random);
        return (inputs, width, targets);
    }

    private static void Shuffle(double[] inputs, int width, double[] targets, SeededRandom random)
    {
        var order = new int[targets.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        random.Shuffle(order);
        var (source, sourceTargets) = (inputs.ToArray(), targets.ToArray());
        for (var i = 0; i < order.Length; i++)
        {
            Array.Copy(source, order[i] * width, inputs, i * width, width);
            targets[i] = sourceTargets[order[i]];
        }
    }

    private static void AddNoise(double[] values, double noise, SeededRandom random)
    {
        if (noise == 0) return;
        for (var i = 0; i < values.Length; i++) values[i] += random.Normal(noise);
    }
}
