using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SiteGen.Compute.Training;

/// <summary>
/// The loops the network spends its time in, fast and the same to the last bit on every machine.
/// A sum's order is part of its value, and Vector&lt;T&gt;'s width differs between machines, so
/// every reduction here adds in one fixed order: four lanes, lane j taking elements 4q + j of
/// the whole blocks, combined as (lane 0 + lane 1) + (lane 2 + lane 3), then the remaining
/// elements one by one. Vector256 computes exactly that order where the hardware has it; elsewhere
/// four scalars do. Elementwise loops change no order, so they use whatever width the machine has.
/// A dot product's multiply-adds are fused (one rounding each), which IEEE 754 defines exactly:
/// hardware without FMA computes the same bits in software, only slower.
/// </summary>
internal static class FixedOrder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Sum(ReadOnlySpan<double> x)
    {
        var blocks = x.Length / 4 * 4;
        double total;
        if (Vector256.IsHardwareAccelerated && blocks > 0)
        {
            var lanes = Vector256<double>.Zero;
            foreach (var block in MemoryMarshal.Cast<double, Vector256<double>>(x)) lanes += block;
            total = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
        }
        else
        {
            double l0 = 0, l1 = 0, l2 = 0, l3 = 0;
            for (var i = 0; i < blocks; i += 4) { l0 += x[i]; l1 += x[i + 1]; l2 += x[i + 2]; l3 += x[i + 3]; }
            total = (l0 + l1) + (l2 + l3);
        }
        for (var i = blocks; i < x.Length; i++) total += x[i];
        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (y.Length != x.Length) throw new ArgumentException("a dot product needs two spans of one length");
        var blocks = x.Length / 4 * 4;
        double total;
        if (Vector256.IsHardwareAccelerated && blocks > 0)
        {
            var lanes = Vector256<double>.Zero;
            var xs = MemoryMarshal.Cast<double, Vector256<double>>(x);
            var ys = MemoryMarshal.Cast<double, Vector256<double>>(y);
            for (var v = 0; v < xs.Length; v++) lanes = Vector256.FusedMultiplyAdd(xs[v], ys[v], lanes);
            total = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
        }
        else
        {
            double l0 = 0, l1 = 0, l2 = 0, l3 = 0;
            for (var i = 0; i < blocks; i += 4)
            {
                l0 = Math.FusedMultiplyAdd(x[i], y[i], l0);
                l1 = Math.FusedMultiplyAdd(x[i + 1], y[i + 1], l1);
                l2 = Math.FusedMultiplyAdd(x[i + 2], y[i + 2], l2);
                l3 = Math.FusedMultiplyAdd(x[i + 3], y[i + 3], l3);
            }
            total = (l0 + l1) + (l2 + l3);
        }
        for (var i = blocks; i < x.Length; i++) total = Math.FusedMultiplyAdd(x[i], y[i], total);
        return total;
    }

    /// <summary>The Euclidean norm, √(Σ x²) in the fixed order.</summary>
    public static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(Dot(x, x));

    /// <summary>y ← y + a·x, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddScaled(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        if (y.Length != x.Length) throw new ArgumentException("y ← y + a·x needs two spans of one length");
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var scale = new Vector<double>(a);
            var xs = MemoryMarshal.Cast<double, Vector<double>>(x);
            var ys = MemoryMarshal.Cast<double, Vector<double>>(y);
            for (var v = 0; v < xs.Length; v++) ys[v] += scale * xs[v];
            i = xs.Length * Vector<double>.Count;
        }
        for (; i < x.Length; i++) y[i] += a * x[i];
    }

    /// <summary>y ← y + x, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Add(ReadOnlySpan<double> x, Span<double> y)
    {
        if (y.Length != x.Length) throw new ArgumentException("y ← y + x needs two spans of one length");
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var xs = MemoryMarshal.Cast<double, Vector<double>>(x);
            var ys = MemoryMarshal.Cast<double, Vector<double>>(y);
            for (var v = 0; v < xs.Length; v++) ys[v] += xs[v];
            i = xs.Length * Vector<double>.Count;
        }
        for (; i < x.Length; i++) y[i] += x[i];
    }
}

/// <summary>
/// <see cref="FixedOrder.Sum"/> of values that arrive one at a time, such as one example's loss
/// after another: the same total, bit for bit, without storing them.
/// </summary>
internal struct FixedOrderSum(int count)
{
    private readonly int _blocks = count / 4 * 4;
    private int _added;
    private double _l0, _l1, _l2, _l3, _tail;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(double value)
    {
        if (_added < _blocks)
        {
            switch (_added & 3)
            {
                case 0: _l0 += value; break;
                case 1: _l1 += value; break;
                case 2: _l2 += value; break;
                default: _l3 += value; break;
            }
            if (++_added == _blocks) _tail = (_l0 + _l1) + (_l2 + _l3);
            return;
        }
        _added++;
        _tail += value;
    }

    public readonly double Total => _blocks == 0 || _added >= _blocks ? _tail : (_l0 + _l1) + (_l2 + _l3);
}
