using SiteGen.Compute.Builtins;
using SiteGen.Compute.Values;

namespace SiteGen.Compute.Autodiff;

/// <summary>
/// Every operation of the language, each with its forward value and its backward rule side
/// by side, micrograd-style, on tensors. Broadcast operands get their gradients summed back
/// to their own shape, as in PyTorch.
/// </summary>
public static class Operations
{
    /// <summary>An elementwise binary operation with the partial derivatives of <paramref name="op"/>.</summary>
    public static Node Binary(Tape tape, Node left, Node right, string symbol, Func<double, double, double> op,
        Func<double, double, double> dLeft, Func<double, double, double> dRight)
    {
        var (l, r) = (left.Value, right.Value);
        var plan = Broadcasting.PlanFor(l, r, symbol);
        var result = new double[plan.Left.Length];
        for (var i = 0; i < result.Length; i++) result[i] = op(l[plan.Left[i]], r[plan.Right[i]]);
        return tape.Record(Tensor.WithShape(plan.Shape, result), [left, right], grad =>
        {
            if (left.RequiresGrad)
            {
                var g = left.GradBuffer();
                for (var i = 0; i < grad.Length; i++) g[plan.Left[i]] += grad[i] * dLeft(l[plan.Left[i]], r[plan.Right[i]]);
            }
            if (right.RequiresGrad)
            {
                var g = right.GradBuffer();
                for (var i = 0; i < grad.Length; i++) g[plan.Right[i]] += grad[i] * dRight(l[plan.Left[i]], r[plan.Right[i]]);
            }
        });
    }

    public static Node Add(Tape t, Node a, Node b) => Binary(t, a, b, "+", (x, y) => x + y, (_, _) => 1, (_, _) => 1);
    public static Node Subtract(Tape t, Node a, Node b) => Binary(t, a, b, "-", (x, y) => x - y, (_, _) => 1, (_, _) => -1);
    public static Node Multiply(Tape t, Node a, Node b) => Binary(t, a, b, "*", (x, y) => x * y, (_, y) => y, (x, _) => x);
    public static Node Divide(Tape t, Node a, Node b) => Binary(t, a, b, "/", (x, y) => x / y, (_, y) => 1 / y, (x, y) => -x / (y * y));

    /// <summary>x^y; the exponent's derivative x^y·ln x is taken only where x &gt; 0, and is 0 elsewhere.</summary>
    public static Node Power(Tape t, Node a, Node b) => Binary(t, a, b, "^", Math.Pow,
        (x, y) => y == 0 ? 0 : y * Math.Pow(x, y - 1),
        (x, y) => x > 0 ? Math.Pow(x, y) * Math.Log(x) : 0);

    /// <summary>max and min send the whole gradient to the winner, and half to each on a tie (PyTorch).</summary>
    public static Node Max(Tape t, Node a, Node b) => Binary(t, a, b, "max", Math.Max,
        (x, y) => x > y ? 1 : x == y ? 0.5 : 0, (x, y) => y > x ? 1 : x == y ? 0.5 : 0);

    public static Node Min(Tape t, Node a, Node b) => Binary(t, a, b, "min", Math.Min,
        (x, y) => x < y ? 1 : x == y ? 0.5 : 0, (x, y) => y < x ? 1 : x == y ? 0.5 : 0);

    /// <summary>The angle of the point (x, y) from the x axis, in radians, from −π to π.</summary>
    public static Node Atan2(Tape t, Node y, Node x) => Binary(t, y, x, "atan2", Math.Atan2,
        (b, a) => a * a + b * b == 0 ? 0 : a / (a * a + b * b), (b, a) => a * a + b * b == 0 ? 0 : -b / (a * a + b * b));

    public static Node Negate(Tape tape, Node a) => Elementwise(tape, a, x => -x, _ => -1);


    /// <summary>
    /// An elementwise builtin whose options (slope, alpha) are scalar nodes: the gradient flows into
    /// the input through the builtin's derivative, and into each option through its partial.
    /// </summary>
    public static Node Elementwise(Tape tape, Node a, ElementwiseFunction function, IReadOnlyList<Node> options)
    {
        var input = a.Value;
        var p = OptionValues(options);
        return tape.Record(input.Map(x => function.Value(x, p)), [a, .. options], grad =>
        {
            if (a.RequiresGrad)
            {
                var g = a.GradBuffer();
                for (var i = 0; i < grad.Length; i++) g[i] += grad[i] * function.Derivative(input[i], p);
            }
            for (var k = 0; k < options.Count; k++)
            {
                if (!options[k].RequiresGrad) continue;
                var partial = function.Parameters[k].Partial;
                var total = 0.0;
                for (var i = 0; i < grad.Length; i++) total += grad[i] * partial(input[i], p);
                options[k].GradBuffer()[0] += total;
            }
        });
    }

    /// <summary>
    /// The derivative of an elementwise builtin as a value (for `relu'(x)`), with options that
    /// no gradient needs; the evaluator writes it as a formula instead when one might.
    /// </summary>
    public static Node ElementwiseDerivative(Tape tape, Node a, ElementwiseFunction function, IReadOnlyList<Node> options)
    {
        if (a.RequiresGrad || options.Any(o => o.RequiresGrad))
            throw new InvalidOperationException("a differentiated builtin's slope needs its formula, not its numeric derivative");
        var p = OptionValues(options);
        return tape.Record(a.Value.Map(x => function.Derivative(x, p)), [a, .. options], _ => { });
    }

    /// <summary>
    /// The options' numbers, read in a plain loop. LINQ's Select(...).ToArray() here, even over no
    /// options, left the vector registers' upper halves dirty, and every exp and tanh that glibc then
    /// computed for the elements paid an AVX-to-SSE transition: 15 times slower on 1,000 elements.
    /// </summary>
    private static double[] OptionValues(IReadOnlyList<Node> options)
    {
        var values = new double[options.Count];
        for (var i = 0; i < values.Length; i++) values[i] = options[i].Value.ScalarValue;
        return values;
    }

    private static Node Elementwise(Tape tape, Node a, Func<double, double> value, Func<double, double> derivative)
    {
        var input = a.Value;
        return tape.Record(input.Map(value), [a], grad =>
        {
            var g = a.GradBuffer();
            for (var i = 0; i < grad.Length; i++) g[i] += grad[i] * derivative(input[i]);
        });
    }

    /// <summary>Element <paramref name="index"/> of an array, as a scalar (a point's coordinates for grad and hessian).</summary>
    public static Node Element(Tape tape, Node a, int index) =>
        tape.Record(Tensor.Scalar(a.Value[index]), [a], grad => a.GradBuffer()[index] += grad[0]);

    /// <summary>
    /// Sums a broadcast result back to the shape of the operand it was broadcast from, as
    /// PyTorch sums a broadcast operand's gradient: a scalar gets the total, a vector the sums
    /// of the matrix's columns.
    /// </summary>
    public static Node SumToShape(Tape tape, Node a, Tensor shapeOf)
    {
        if (a.Value.Shape.SequenceEqual(shapeOf.Shape)) return a;
        var plan = Broadcasting.PlanFor(shapeOf, a.Value, "+");
        if (!plan.Shape.SequenceEqual(a.Value.Shape)) throw new ShapeException($"shape {a.Value.ShapeText} does not reduce to {shapeOf.ShapeText}");
        var totals = new double[shapeOf.Count];
        for (var i = 0; i < plan.Left.Length; i++) totals[plan.Left[i]] += a.Value[plan.Right[i]];
        return tape.Record(Tensor.Like(shapeOf, totals), [a], grad =>
        {
            var g = a.GradBuffer();
            for (var i = 0; i < plan.Left.Length; i++) g[plan.Right[i]] += grad[plan.Left[i]];
        });
    }

    public static Node MatrixProduct(Tape tape, Node left, Node right)
    {
        var (l, r) = (left.Value, right.Value);
        var (m, k, n) = Broadcasting.ProductSizes(l, r);
        return tape.Record(Broadcasting.MatrixProduct(l, r), [left, right], grad =>
        {
            // grad is m×n; dL = grad @ Rᵀ (m×k), dR = Lᵀ @ grad (k×n).
            if (left.RequiresGrad)
            {
                var g = left.GradBuffer();
                for (var i = 0; i < m; i++)
                    for (var t = 0; t < k; t++)
                        for (var j = 0; j < n; j++) g[i * k + t] += grad[i * n + j] * r[t * n + j];
            }
            if (right.RequiresGrad)
            {
                var g = right.GradBuffer();
                for (var t = 0; t < k; t++)
                    for (var j = 0; j < n; j++)
                        for (var i = 0; i < m; i++) g[t * n + j] += l[i * k + t] * grad[i * n + j];
            }
        });
    }

    public static Node Sum(Tape tape, Node a) => Reduce(tape, a, values => values.Sum(), (_, _) => 1);

    public static Node Mean(Tape tape, Node a) => Reduce(tape, a, values => values.Sum() / values.Length, (values, _) => 1.0 / values.Length);

    /// <summary>The Euclidean norm; at the zero vector its gradient is 0, as in PyTorch.</summary>
    public static Node Norm(Tape tape, Node a)
    {
        var norm = Math.Sqrt(a.Value.Data.ToArray().Sum(v => v * v));
        return Reduce(tape, a, _ => norm, (values, i) => norm == 0 ? 0 : values[i] / norm);
    }

    /// <summary>log Σ e^v, shifted by the maximum; its gradient is softmax(v).</summary>
    public static Node LogSumExp(Tape tape, Node a)
    {
        var total = ArrayFunctions.LogSumExp(a.Value.Data);
        return Reduce(tape, a, _ => total, (values, i) => Math.Exp(values[i] - total));
    }

    /// <summary>The largest element; ties share the gradient evenly, as PyTorch's amax does.</summary>
    public static Node Largest(Tape tape, Node a) => Extreme(tape, a, Math.Max);

    public static Node Smallest(Tape tape, Node a) => Extreme(tape, a, Math.Min);

    private static Node Extreme(Tape tape, Node a, Func<double, double, double> pick)
    {
        var values = a.Value.Data.ToArray();
        if (values.Length == 0) throw new ShapeException("an empty array has no largest or smallest element");
        var best = values.Aggregate(pick);
        var ties = values.Count(v => v == best);
        return Reduce(tape, a, _ => best, (vs, i) => vs[i] == best ? 1.0 / ties : 0);
    }

    /// <summary>
    /// n evenly spaced numbers from a to b, both included, like NumPy's linspace; differentiable
    /// in a and b (n is a count, with slope 0).
    /// </summary>
    public static Node Linspace(Tape tape, Node a, Node b, Node n)
    {
        if (!a.Value.IsScalar || !b.Value.IsScalar || !n.Value.IsScalar)
            throw new ShapeException("linspace(a, b, n) needs three numbers");
        var (from, to, count) = (a.Value.ScalarValue, b.Value.ScalarValue, n.Value.ScalarValue);
        if (count != Math.Floor(count) || count < 2 || count > Tensor.MaxElements)
            throw new ShapeException($"linspace needs a whole number of points from 2 to {Tensor.MaxElements}, not {count}");
        var values = new double[(int)count];
        var last = values.Length - 1;
        for (var i = 0; i < values.Length; i++) values[i] = i == last ? to : from + (to - from) * i / last;
        return tape.Record(Tensor.Vector(values), [a, b, n], grad =>
        {
            for (var i = 0; i < grad.Length; i++)
            {
                var share = i == last ? 1 : (double)i / last;
                if (a.RequiresGrad) a.GradBuffer()[0] += grad[i] * (i == last ? 0 : 1 - share);
                if (b.RequiresGrad) b.GradBuffer()[0] += grad[i] * share;
            }
        });
    }

    private static Node Reduce(Tape tape, Node a, Func<double[], double> value, Func<double[], int, double> derivative)
    {
        var values = a.Value.Data.ToArray();
        return tape.Record(Tensor.Scalar(value(values)), [a], grad =>
        {
            var g = a.GradBuffer();
            for (var i = 0; i < values.Length; i++) g[i] += grad[0] * derivative(values, i);
        });
    }

    public static Node Dot(Tape tape, Node a, Node b)
    {
        if (a.Value.Rank != 1 || b.Value.Rank != 1 || a.Value.Count != b.Value.Count)
            throw new ShapeException($"dot needs two vectors of one length, not shapes {a.Value.ShapeText} and {b.Value.ShapeText}");
        return MatrixProduct(tape, a, b);
    }

    /// <summary>e^v / Σ e^v, shifted by the maximum; backward is s ⊙ (g − g·s).</summary>
    public static Node Softmax(Tape tape, Node a)
    {
        var s = ArrayFunctions.Softmax(a.Value);
        return tape.Record(s, [a], grad =>
        {
            var g = a.GradBuffer();
            var gs = 0.0;
            for (var i = 0; i < grad.Length; i++) gs += grad[i] * s[i];
            for (var i = 0; i < grad.Length; i++) g[i] += s[i] * (grad[i] - gs);
        });
    }

    /// <summary>An array literal: scalars make a vector, vectors of one length make a matrix.</summary>
    public static Node Stack(Tape tape, IReadOnlyList<Node> items, Tensor value)
    {
        return tape.Record(value, items, grad =>
        {
            var offset = 0;
            foreach (var item in items)
            {
                var count = item.Value.Count;
                if (item.RequiresGrad)
                {
                    var g = item.GradBuffer();
                    for (var i = 0; i < count; i++) g[i] += grad[offset + i];
                }
                offset += count;
            }
        });
    }
}
