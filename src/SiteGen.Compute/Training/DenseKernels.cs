using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SiteGen.Compute.Training;

/// <summary>
/// The dense layer's loops over a batch stored unit by unit (row stride = the batch's capacity).
/// Each example's value is one chain of fused multiply-adds in a fixed order (the start, then
/// term 0, 1, …), exactly as one example's scalar loop computes it with
/// <see cref="Math.FusedMultiplyAdd"/>, so the vector width only decides how many chains run side
/// by side, never a result. Eight vectors of examples (or four, near the end) are in
/// flight at once to hide the latency of each add. Dot products keep <see cref="FixedOrder"/>'s four-lane order,
/// four of them computed together for the same reason.
/// A build trains each run once, too briefly for tiered compilation to reach the hot loops before
/// the run ends, so they (here and in the batch pass) are compiled fully optimised from the start.
/// </summary>
internal static class DenseKernels
{
    /// <summary>
    /// output[e] = start + Σ_t weights[t·weightStride]·rows[t·rowStride + e] over t ascending, for e &lt; count;
    /// start is <paramref name="startRow"/>[e] when given, else <paramref name="start"/>.
    /// Relu's two passes can ride along, saving a pass over the rows: with <paramref name="gate"/>, output[e] is
    /// the sum where gate[e] &gt; 0 and 0 elsewhere (relu's slope, as torch's threshold_backward selects it);
    /// with <paramref name="rectified"/>, rectified[e] is also relu(output[e]).
    /// </summary>
    public static void Combine(ReadOnlySpan<double> weights, int weightStride, int terms, ReadOnlySpan<double> rows, int rowStride,
        double start, ReadOnlySpan<double> startRow, Span<double> output, int count,
        ReadOnlySpan<double> gate = default, Span<double> rectified = default)
    {
        if ((!gate.IsEmpty && gate.Length < count) || (!rectified.IsEmpty && rectified.Length < count))
            throw new ArgumentException("the gate or rectified row is shorter than the count");
        if (!gate.IsEmpty && !rectified.IsEmpty) throw new ArgumentException("a combination is gated or rectified, not both");
        if (terms > 0 && (weights.Length < (terms - 1) * weightStride + 1 || rows.Length < (terms - 1) * rowStride + count))
            throw new ArgumentException("the weights or rows are shorter than the terms need");
        if (output.Length < count || (!startRow.IsEmpty && startRow.Length < count))
            throw new ArgumentException("the output or start row is shorter than the count");
        var ends = new Ends(ref MemoryMarshal.GetReference(output), ref MemoryMarshal.GetReference(gate), ref MemoryMarshal.GetReference(rectified));
        if (!gate.IsEmpty) Sums<GatedStore>(weights, weightStride, terms, rows, rowStride, start, startRow, ends, count);
        else if (!rectified.IsEmpty) Sums<RectifyingStore>(weights, weightStride, terms, rows, rowStride, start, startRow, ends, count);
        else Sums<PlainStore>(weights, weightStride, terms, rows, rowStride, start, startRow, ends, count);
    }

    /// <summary><see cref="Combine"/> with one way of storing its sums, compiled once for each, so the store costs no test per vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sums<TStore>(ReadOnlySpan<double> weights, int weightStride, int terms, ReadOnlySpan<double> rows, int rowStride,
        double start, ReadOnlySpan<double> startRow, in Ends ends, int count) where TStore : struct, IStore
    {
        ref var w = ref MemoryMarshal.GetReference(weights);
        ref var x = ref MemoryMarshal.GetReference(rows);
        ref var s = ref MemoryMarshal.GetReference(startRow);
        var fromRow = !startRow.IsEmpty;
        var e = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var n = Vector<double>.Count;
            var first = new Vector<double>(start);
            for (; e <= count - 8 * n; e += 8 * n) CombineBlock<TStore>(ref w, weightStride, terms, ref x, rowStride, first, fromRow, ref s, ends, e, 8);
            for (; e <= count - 4 * n; e += 4 * n) CombineBlock<TStore>(ref w, weightStride, terms, ref x, rowStride, first, fromRow, ref s, ends, e, 4);
            for (; e <= count - n; e += n)
            {
                var a = fromRow ? Vector.LoadUnsafe(ref s, (nuint)e) : first;
                for (var t = 0; t < terms; t++)
                    a = Vector.FusedMultiplyAdd(new Vector<double>(Unsafe.Add(ref w, t * weightStride)), Vector.LoadUnsafe(ref x, (nuint)(t * rowStride + e)), a);
                TStore.Store(ends, a, (nuint)e);
            }
        }
        for (; e < count; e++)
        {
            var a = fromRow ? Unsafe.Add(ref s, e) : start;
            for (var t = 0; t < terms; t++) a = Math.FusedMultiplyAdd(Unsafe.Add(ref w, t * weightStride), Unsafe.Add(ref x, t * rowStride + e), a);
            TStore.Store(ends, a, e);
        }
    }

    /// <summary>Where a combination's sums go: the output row, and the gate or rectified row when there is one.</summary>
    private readonly ref struct Ends(ref double output, ref double gate, ref double rectified)
    {
        public readonly ref double Output = ref output;
        public readonly ref double Gate = ref gate;
        public readonly ref double Rectified = ref rectified;
    }

    private interface IStore
    {
        static abstract void Store(in Ends ends, Vector<double> sum, nuint at);
        static abstract void Store(in Ends ends, double sum, int at);
    }

    private struct PlainStore : IStore
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(in Ends ends, Vector<double> sum, nuint at) => sum.StoreUnsafe(ref ends.Output, at);
        public static void Store(in Ends ends, double sum, int at) => Unsafe.Add(ref ends.Output, at) = sum;
    }

    /// <summary>The sum, and relu of it beside.</summary>
    private struct RectifyingStore : IStore
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(in Ends ends, Vector<double> sum, nuint at)
        {
            sum.StoreUnsafe(ref ends.Output, at);
            (sum & Vector.GreaterThan(sum, Vector<double>.Zero).As<long, double>()).StoreUnsafe(ref ends.Rectified, at);
        }

        public static void Store(in Ends ends, double sum, int at)
        {
            Unsafe.Add(ref ends.Output, at) = sum;
            Unsafe.Add(ref ends.Rectified, at) = sum > 0 ? sum : 0;
        }
    }

    /// <summary>The sum where the gate is positive, 0 elsewhere (NaN gates included).</summary>
    private struct GatedStore : IStore
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(in Ends ends, Vector<double> sum, nuint at) =>
            (sum & Vector.GreaterThan(Vector.LoadUnsafe(ref ends.Gate, at), Vector<double>.Zero).As<long, double>()).StoreUnsafe(ref ends.Output, at);

        public static void Store(in Ends ends, double sum, int at) => Unsafe.Add(ref ends.Output, at) = Unsafe.Add(ref ends.Gate, at) > 0 ? sum : 0;
    }

    /// <summary>Examples e … e + vectors·n − 1 of <see cref="Combine"/>, with 4 or 8 vectors' chains in flight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CombineBlock<TStore>(ref double w, int weightStride, int terms, ref double x, int rowStride,
        Vector<double> first, bool fromRow, ref double s, in Ends ends, int e, int vectors) where TStore : struct, IStore
    {
        var n = Vector<double>.Count;
        Vector<double> a0, a1, a2, a3, a4 = first, a5 = first, a6 = first, a7 = first;
        if (fromRow)
        {
            a0 = Vector.LoadUnsafe(ref s, (nuint)e);
            a1 = Vector.LoadUnsafe(ref s, (nuint)(e + n));
            a2 = Vector.LoadUnsafe(ref s, (nuint)(e + 2 * n));
            a3 = Vector.LoadUnsafe(ref s, (nuint)(e + 3 * n));
            if (vectors == 8)
            {
                a4 = Vector.LoadUnsafe(ref s, (nuint)(e + 4 * n));
                a5 = Vector.LoadUnsafe(ref s, (nuint)(e + 5 * n));
                a6 = Vector.LoadUnsafe(ref s, (nuint)(e + 6 * n));
                a7 = Vector.LoadUnsafe(ref s, (nuint)(e + 7 * n));
            }
        }
        else (a0, a1, a2, a3) = (first, first, first, first);
        if (vectors == 8)
        {
            // Offsets, not references, step through the terms: a reference one row past the last would point outside the array.
            var (row, term) = ((nuint)e, (nuint)0);
            for (var t = 0; t < terms; t++, row += (nuint)rowStride, term += (nuint)weightStride)
            {
                var weight = new Vector<double>(Unsafe.Add(ref w, term));
                a0 = Vector.FusedMultiplyAdd(weight, Vector.LoadUnsafe(ref x, row), a0);
                a1 = Vector.FusedMultiplyAdd(weight, Vector.LoadUnsafe(ref x, row + (nuint)n), a1);
                a2 = Vector.FusedMultiplyAdd(weight, Vector.LoadUnsafe(ref x, row + (nuint)(2 * n)), a2);
                a3 = Vector.FusedMultiplyAdd(weight, Vector.LoadUnsafe(ref x, row + (nuint)(3 * n)), a3);
                a4 = Vector.FusedMultiplyAdd(weight, Vector.LoadUnsafe(ref x, row + (nuint)(4 * n)), a4);
                a5 = Vector.FusedMultiplyAdd(weight, Vector.LoadUnsafe(ref x, row + (nuint)(5 * n)), a5);
                a6 = Vector.FusedMultiplyAdd(weight, Vector.LoadUnsafe(ref x, row + (nuint)(6 * n)), a6);
                a7 = Vector.FusedMultiplyAdd(weight, Vector.LoadUnsafe(ref x, row + (nuint)(7 * n)), a7);
            }
        }
        else
        {
            // Offsets, not references, step through the terms: a reference one row past the last would point outside the array.
            var (row, term) = ((nuint)e, (nuint)0);
            for (var t = 0; t < terms; t++, row += (nuint)rowStride, term += (nuint)weightStride)
            {
                var weight = new Vector<double>(Unsafe.Add(ref w, term));
                a0 = Vector.FusedMultiplyAdd(weight, Vector.LoadUnsafe(ref x, row), a0);
                a1 = Vector.FusedMultiplyAdd(weight, Vector.LoadUnsafe(ref x, row + (nuint)n), a1);
                a2 = Vector.FusedMultiplyAdd(weight, Vector.LoadUnsafe(ref x, row + (nuint)(2 * n)), a2);
                a3 = Vector.FusedMultiplyAdd(weight, Vector.LoadUnsafe(ref x, row + (nuint)(3 * n)), a3);
            }
        }
        var at = (nuint)e;
        TStore.Store(ends, a0, at);
        TStore.Store(ends, a1, at + (nuint)n);
        TStore.Store(ends, a2, at + (nuint)(2 * n));
        TStore.Store(ends, a3, at + (nuint)(3 * n));
        if (vectors != 8) return;
        TStore.Store(ends, a4, at + (nuint)(4 * n));
        TStore.Store(ends, a5, at + (nuint)(5 * n));
        TStore.Store(ends, a6, at + (nuint)(6 * n));
        TStore.Store(ends, a7, at + (nuint)(7 * n));
    }

    /// <summary>
    /// results[j] = <see cref="FixedOrder.Dot"/>(delta, rows[(first + j)·rowStride …]) for j &lt; results.Length,
    /// over the first <paramref name="count"/> elements: eight (then four) dot products at a time,
    /// sharing each load of <paramref name="delta"/>, each in the fixed order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Dots(ReadOnlySpan<double> delta, ReadOnlySpan<double> rows, int rowStride, int count, Span<double> results)
    {
        if (delta.Length < count || (results.Length > 0 && rows.Length < (results.Length - 1) * rowStride + count))
            throw new ArgumentException("the rows are shorter than the count");
        var j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var d = ref MemoryMarshal.GetReference(delta);
            ref var r = ref MemoryMarshal.GetReference(rows);
            for (; j + 8 <= results.Length; j += 8) EightDots(ref d, ref Unsafe.Add(ref r, j * rowStride), rowStride, count, results.Slice(j, 8));
            for (; j + 4 <= results.Length; j += 4) FourDots(ref d, ref Unsafe.Add(ref r, j * rowStride), rowStride, count, results.Slice(j, 4));
        }
        for (; j < results.Length; j++) results[j] = FixedOrder.Dot(delta[..count], rows.Slice(j * rowStride, count));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void EightDots(ref double d, ref double r, int rowStride, int count, Span<double> results)
    {
        var (l0, l1, l2, l3, l4, l5, l6, l7) = (Vector256<double>.Zero, Vector256<double>.Zero, Vector256<double>.Zero, Vector256<double>.Zero,
            Vector256<double>.Zero, Vector256<double>.Zero, Vector256<double>.Zero, Vector256<double>.Zero);
        var blocks = count / 4 * 4;
        ref var r1 = ref Unsafe.Add(ref r, rowStride);
        ref var r2 = ref Unsafe.Add(ref r1, rowStride);
        ref var r3 = ref Unsafe.Add(ref r2, rowStride);
        ref var r4 = ref Unsafe.Add(ref r3, rowStride);
        ref var r5 = ref Unsafe.Add(ref r4, rowStride);
        ref var r6 = ref Unsafe.Add(ref r5, rowStride);
        ref var r7 = ref Unsafe.Add(ref r6, rowStride);
        for (var e = 0; e < blocks; e += 4)
        {
            var at = (nuint)e;
            var dv = Vector256.LoadUnsafe(ref d, at);
            l0 = Vector256.FusedMultiplyAdd(dv, Vector256.LoadUnsafe(ref r, at), l0);
            l1 = Vector256.FusedMultiplyAdd(dv, Vector256.LoadUnsafe(ref r1, at), l1);
            l2 = Vector256.FusedMultiplyAdd(dv, Vector256.LoadUnsafe(ref r2, at), l2);
            l3 = Vector256.FusedMultiplyAdd(dv, Vector256.LoadUnsafe(ref r3, at), l3);
            l4 = Vector256.FusedMultiplyAdd(dv, Vector256.LoadUnsafe(ref r4, at), l4);
            l5 = Vector256.FusedMultiplyAdd(dv, Vector256.LoadUnsafe(ref r5, at), l5);
            l6 = Vector256.FusedMultiplyAdd(dv, Vector256.LoadUnsafe(ref r6, at), l6);
            l7 = Vector256.FusedMultiplyAdd(dv, Vector256.LoadUnsafe(ref r7, at), l7);
        }
        results[0] = Lanes(l0);
        results[1] = Lanes(l1);
        results[2] = Lanes(l2);
        results[3] = Lanes(l3);
        results[4] = Lanes(l4);
        results[5] = Lanes(l5);
        results[6] = Lanes(l6);
        results[7] = Lanes(l7);
        Tails(ref d, ref r, rowStride, blocks, count, results);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FourDots(ref double d, ref double r, int rowStride, int count, Span<double> results)
    {
        var (l0, l1, l2, l3) = (Vector256<double>.Zero, Vector256<double>.Zero, Vector256<double>.Zero, Vector256<double>.Zero);
        var blocks = count / 4 * 4;
        ref var r1 = ref Unsafe.Add(ref r, rowStride);
        ref var r2 = ref Unsafe.Add(ref r1, rowStride);
        ref var r3 = ref Unsafe.Add(ref r2, rowStride);
        for (var e = 0; e < blocks; e += 4)
        {
            var at = (nuint)e;
            var dv = Vector256.LoadUnsafe(ref d, at);
            l0 = Vector256.FusedMultiplyAdd(dv, Vector256.LoadUnsafe(ref r, at), l0);
            l1 = Vector256.FusedMultiplyAdd(dv, Vector256.LoadUnsafe(ref r1, at), l1);
            l2 = Vector256.FusedMultiplyAdd(dv, Vector256.LoadUnsafe(ref r2, at), l2);
            l3 = Vector256.FusedMultiplyAdd(dv, Vector256.LoadUnsafe(ref r3, at), l3);
        }
        results[0] = Lanes(l0);
        results[1] = Lanes(l1);
        results[2] = Lanes(l2);
        results[3] = Lanes(l3);
        Tails(ref d, ref r, rowStride, blocks, count, results);
    }

    /// <summary>The remaining elements of each result, after every lane is summed, so that no vector stays live across a call (it would be spilled on every iteration).</summary>
    private static void Tails(ref double d, ref double r, int rowStride, int blocks, int count, Span<double> results)
    {
        for (var j = 0; j < results.Length; j++) results[j] = Tail(results[j], ref d, ref r, j * rowStride, blocks, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Lanes(Vector256<double> lanes) => (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);

    private static double Tail(double total, ref double d, ref double r, int offset, int blocks, int count)
    {
        for (var e = blocks; e < count; e++) total = Math.FusedMultiplyAdd(Unsafe.Add(ref d, e), Unsafe.Add(ref r, offset + e), total);
        return total;
    }
}
