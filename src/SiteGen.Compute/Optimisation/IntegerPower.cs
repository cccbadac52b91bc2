namespace SiteGen.Compute.Optimisation;

/// <summary>
/// xⁿ for a whole n, correctly rounded in practice and the same on every machine. Math.Pow is the
/// platform's C library, whose last bit may differ between systems; this squares and multiplies in
/// double-double arithmetic (Dekker's exact products, plain IEEE operations) and rounds once.
/// </summary>
internal static class IntegerPower
{
    public static double Of(double x, long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var (resultHigh, resultLow) = (1.0, 0.0);
        var (baseHigh, baseLow) = (x, 0.0);
        for (var e = n; e > 0; e >>= 1)
        {
            if ((e & 1) != 0) (resultHigh, resultLow) = Multiply(resultHigh, resultLow, baseHigh, baseLow);
            if (e > 1) (baseHigh, baseLow) = Multiply(baseHigh, baseLow, baseHigh, baseLow);
        }
        return resultHigh + resultLow;
    }

    private static (double High, double Low) Multiply(double aHigh, double aLow, double bHigh, double bLow)
    {
        var (product, error) = ExactProduct(aHigh, bHigh);
        error += aHigh * bLow + aLow * bHigh;
        var high = product + error;
        return (high, error - (high - product));
    }

    /// <summary>Dekker's TwoProduct: a·b = product + error exactly, for |a·b| well inside the double range.</summary>
    private static (double Product, double Error) ExactProduct(double a, double b)
    {
        var product = a * b;
        var (aHigh, aLow) = Split(a);
        var (bHigh, bLow) = Split(b);
        var error = ((aHigh * bHigh - product) + aHigh * bLow + aLow * bHigh) + aLow * bLow;
        return (product, error);
    }

    private static (double High, double Low) Split(double a)
    {
        const double splitter = 134217729; // 2^27 + 1
        var t = splitter * a;
        var high = t - (t - a);
        return (high, a - high);
    }
}
