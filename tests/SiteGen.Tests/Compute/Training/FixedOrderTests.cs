using SiteGen.Compute.Training;

namespace SiteGen.Tests.Compute.Training;

/// <summary>
/// The reductions' one order, whatever the machine's vectors: four lanes of fused multiply-adds over the whole blocks,
/// (lane 0 + lane 1) + (lane 2 + lane 3), then the rest in turn. Written out here in scalars,
/// the definition the vector code must match bit for bit.
/// </summary>
public class FixedOrderTests
{
    private static double[] Values(int n, double phase) => [.. Enumerable.Range(0, n).Select(i => Math.Sin(i * 1.37 + phase) * Math.Pow(10, i % 7 - 3))];

    private static double Definition(double[] x, double[] y)
    {
        var lanes = new double[4];
        var blocks = x.Length / 4 * 4;
        for (var i = 0; i < blocks; i++) lanes[i % 4] = Math.FusedMultiplyAdd(x[i], y[i], lanes[i % 4]);
        var total = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
        for (var i = blocks; i < x.Length; i++) total = Math.FusedMultiplyAdd(x[i], y[i], total);
        return total;
    }

    private static long Bits(double x) => BitConverter.DoubleToInt64Bits(x);

    [Fact]
    public void Sums_and_dot_products_add_in_the_defined_order()
    {
        for (var n = 0; n <= 41; n++)
        {
            var (x, y) = (Values(n, 0.2), Values(n, 1.9));
            var ones = Enumerable.Repeat(1.0, n).ToArray();
            Assert.Equal(Bits(Definition(x, y)), Bits(FixedOrder.Dot(x, y)));
            Assert.Equal(Bits(Definition(x, ones)), Bits(FixedOrder.Sum(x)));
        }
    }

    [Fact]
    public void A_sum_of_values_arriving_one_by_one_is_the_sum_of_the_array()
    {
        for (var n = 0; n <= 41; n++)
        {
            var x = Values(n, 0.7);
            var sum = new FixedOrderSum(n);
            foreach (var v in x) sum.Add(v);
            Assert.Equal(Bits(FixedOrder.Sum(x)), Bits(sum.Total));
        }
    }

    [Fact]
    public void Dot_products_eight_and_four_at_once_are_each_the_single_one()
    {
        const int stride = 45;
        for (var n = 1; n <= stride; n += 4)
        {
            var delta = Values(n, 0.3);
            var rows = Values(15 * stride, 2.1);
            var results = new double[15];     // eight at once, four at once, then three one by one
            DenseKernels.Dots(delta, rows, stride, n, results);
            for (var j = 0; j < 15; j++) Assert.Equal(Bits(FixedOrder.Dot(delta, rows.AsSpan(j * stride, n))), Bits(results[j]));
        }
    }

    [Fact]
    public void A_combination_of_rows_is_each_example_s_own_chain_of_adds()
    {
        const int stride = 50;
        for (var n = 1; n <= stride; n += 7)
        {
            var weights = Values(3 * 5, 0.9);
            var rows = Values(5 * stride, 1.3);
            var start = Values(n, 2.2);
            var output = new double[n];
            var fromRow = new double[n];
            DenseKernels.Combine(weights, 3, 5, rows, stride, 0.25, [], output, n);
            DenseKernels.Combine(weights, 3, 5, rows, stride, 0, start, fromRow, n);
            for (var e = 0; e < n; e++)
            {
                double a = 0.25, b = start[e];
                for (var t = 0; t < 5; t++)
                {
                    a = Math.FusedMultiplyAdd(weights[3 * t], rows[t * stride + e], a);
                    b = Math.FusedMultiplyAdd(weights[3 * t], rows[t * stride + e], b);
                }
                Assert.Equal(Bits(a), Bits(output[e]));
                Assert.Equal(Bits(b), Bits(fromRow[e]));
            }
        }
    }

    [Fact]
    public void Relu_taken_as_the_sums_are_stored_is_relu_of_the_sums_and_a_gate_selects_like_threshold_backward()
    {
        const int stride = 50;
        for (var n = 1; n <= stride; n += 7)
        {
            var weights = Values(5, 0.9);
            var rows = Values(5 * stride, 1.3);
            double[] special = [double.NaN, 0.0, -0.0, -1e-300, 1e-300, double.PositiveInfinity, -2];
            var gate = Enumerable.Range(0, n).Select(e => e % 3 == 0 ? special[e / 3 % special.Length] : Math.Sin(e)).ToArray();
            var (plain, rectified, gated) = (new double[n], new double[n], new double[n]);
            DenseKernels.Combine(weights, 1, 5, rows, stride, -0.01, [], plain, n);
            var alsoPlain = new double[n];
            DenseKernels.Combine(weights, 1, 5, rows, stride, -0.01, [], alsoPlain, n, rectified: rectified);
            DenseKernels.Combine(weights, 1, 5, rows, stride, -0.01, [], gated, n, gate: gate);
            for (var e = 0; e < n; e++)
            {
                Assert.Equal(Bits(plain[e]), Bits(alsoPlain[e]));
                Assert.Equal(Bits(plain[e] > 0 ? plain[e] : 0.0), Bits(rectified[e]));
                Assert.Equal(Bits(gate[e] > 0 ? plain[e] : 0.0), Bits(gated[e]));
            }
        }
    }
}
