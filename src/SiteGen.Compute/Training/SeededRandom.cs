namespace SiteGen.Compute.Training;

/// <summary>The independent random streams of a run, so that changing one use (the batch, say) leaves the others alone.</summary>
internal enum RandomStream : ulong
{
    Data = 0x6461746100000001,
    Initialisation = 0x696e697400000002,
    Shuffling = 0x7368756600000003,
}

/// <summary>
/// xoshiro256** seeded through SplitMix64: SiteGen's own generator, so that a seed gives the same
/// numbers on every machine and every .NET (System.Random promises neither). Normals come from
/// Marsaglia's polar method, which needs only IEEE arithmetic, a square root and a logarithm.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareNormal;
    private bool _hasSpare;

    public SeededRandom(long seed, RandomStream stream)
    {
        var state = (ulong)seed ^ (ulong)stream;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    public ulong NextBits()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1): the top 53 bits as a fraction, every value exact.</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    public double Uniform(double low, double high) => low + (high - low) * NextDouble();

    /// <summary>Uniform over 0 … <paramref name="bound"/> − 1 without bias (Lemire's multiply-and-reject).</summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var range = (ulong)bound;
        var high = Math.BigMul(NextBits(), range, out var low);
        if (low < range)
        {
            var threshold = (0 - range) % range;
            while (low < threshold) high = Math.BigMul(NextBits(), range, out low);
        }
        return (int)high;
    }

    /// <summary>A standard normal deviate; the polar method makes two at a time and keeps the second.</summary>
    public double NextNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        var scale = Math.Sqrt(-2 * Math.Log(s) / s);
        (_spareNormal, _hasSpare) = (v * scale, true);
        return u * scale;
    }

    public double Normal(double standardDeviation) => standardDeviation * NextNormal();

    /// <summary>Fisher–Yates: every order equally likely.</summary>
    public void Shuffle(Span<int> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
