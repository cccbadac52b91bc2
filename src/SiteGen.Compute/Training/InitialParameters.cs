namespace SiteGen.Compute.Training;

/// <summary>
/// A run's parameters before training: the author's explicit weights and biases, or PyTorch's
/// <c>nn.init</c> schemes drawn from the run's initialisation stream, layer by layer, each weight
/// matrix row by row. Biases start at 0 unless the author gives them (with or without weights).
/// </summary>
internal static class InitialParameters
{
    public static double[] Of(RunSpec spec, NetworkShape shape)
    {
        if (spec.Weights is { } weights) return Explicit(shape, weights, spec.Biases);
        var parameters = new double[shape.ParameterCount];
        var random = new SeededRandom(spec.Seed, RandomStream.Initialisation);
        for (var l = 0; l < shape.LayerCount; l++)
        {
            var (fanIn, fanOut) = (shape.InputsOf(l), shape.UnitsOf(l));
            var layer = parameters.AsSpan(shape.WeightOffset(l), shape.WeightCount(l));
            for (var i = 0; i < layer.Length; i++) layer[i] = spec.InitScale * Draw(spec.Init, fanIn, fanOut, random);
        }
        if (spec.Biases is { } biases)
        {
            CheckBiases(shape, biases);
            for (var l = 0; l < shape.LayerCount; l++) biases[l].CopyTo(parameters, shape.BiasOffset(l));
        }
        return parameters;
    }

    /// <summary>
    /// One weight, with torch's formulas: xavier_uniform_ U(−a, a), a = √3·√(2/(fan_in + fan_out));
    /// xavier_normal_ std √(2/(fan_in + fan_out)); kaiming_uniform_ (a = 0, fan_in, gain √2)
    /// bound √3·√2/√fan_in; kaiming_normal_ std √2/√fan_in.
    /// </summary>
    private static double Draw(Initialisation init, int fanIn, int fanOut, SeededRandom random)
    {
        var gain = Math.Sqrt(2.0);
        return init switch
        {
            Initialisation.XavierUniform => Bounded(Math.Sqrt(3.0) * Math.Sqrt(2.0 / (fanIn + fanOut)), random),
            Initialisation.XavierNormal => random.Normal(Math.Sqrt(2.0 / (fanIn + fanOut))),
            Initialisation.HeUniform => Bounded(Math.Sqrt(3.0) * (gain / Math.Sqrt(fanIn)), random),
            _ => random.Normal(gain / Math.Sqrt(fanIn)),
        };
    }

    private static double Bounded(double bound, SeededRandom random) => random.Uniform(-bound, bound);

    private static double[] Explicit(NetworkShape shape, double[][][] weights, double[][]? biases)
    {
        if (weights.Length != shape.LayerCount)
            throw new ArgumentException($"the network has {shape.LayerCount} layers but {weights.Length} weight matrices are given", nameof(weights));
        if (biases is not null) CheckBiases(shape, biases);
        for (var l = 0; l < shape.LayerCount; l++)
            if (weights[l].Length != shape.UnitsOf(l) || weights[l].Any(row => row.Length != shape.InputsOf(l)))
                throw new ArgumentException($"layer {l + 1}'s weights must be {shape.UnitsOf(l)} rows of {shape.InputsOf(l)} numbers", nameof(weights));
        var zeros = new double[shape.LayerCount][];
        for (var l = 0; l < shape.LayerCount; l++) zeros[l] = new double[shape.UnitsOf(l)];
        return shape.Flatten(weights, biases ?? zeros);
    }

    private static void CheckBiases(NetworkShape shape, double[][] biases)
    {
        if (biases.Length != shape.LayerCount)
            throw new ArgumentException($"the network has {shape.LayerCount} layers but {biases.Length} bias vectors are given", nameof(biases));
        for (var l = 0; l < shape.LayerCount; l++)
            if (biases[l].Length != shape.UnitsOf(l))
                throw new ArgumentException($"layer {l + 1}'s biases must be {shape.UnitsOf(l)} numbers", nameof(biases));
    }
}
