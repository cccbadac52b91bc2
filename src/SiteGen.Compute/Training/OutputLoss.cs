using System.Runtime.CompilerServices;
using SiteGen.Compute.Builtins;

namespace SiteGen.Compute.Training;

/// <summary>
/// One example's output activation, loss and gradient with respect to the output layer's
/// pre-activation z, in the stable forms of PyTorch's losses. The batch pass and a trained
/// network's single examples both come here, so their numbers agree bit for bit.
/// A batch's loss is the sum of its examples' losses over <see cref="Divisor"/> (reduction "mean").
/// </summary>
internal static class OutputLoss
{
    /// <summary>The number of terms a batch's loss is the mean of: every output of every example, or (cross-entropy) every example.</summary>
    public static double Divisor(NetworkShape shape, int examples) =>
        shape.Loss == LossKind.CrossEntropy ? examples : (double)examples * shape.OutputWidth;

    /// <summary>
    /// Σ over outputs of the example's loss terms; writes the prediction (after the output activation)
    /// and, when <paramref name="gradient"/> is not empty, ∂(loss / divisor)/∂z.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Of(NetworkShape shape, ReadOnlySpan<double> z, ReadOnlySpan<double> target,
        Span<double> prediction, Span<double> gradient, double divisor)
    {
        if (shape.Loss == LossKind.Bce) return BinaryCrossEntropy(z, target, prediction, gradient, divisor);
        Predict(shape.Output, z, prediction);
        return shape.Loss == LossKind.Mse
            ? SquaredError(shape.Output, target, prediction, gradient, divisor)
            : CrossEntropy(z, ClassOf(target[0], z.Length), prediction, gradient, divisor);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Predict(OutputActivation output, ReadOnlySpan<double> z, Span<double> prediction)
    {
        switch (output)
        {
            case OutputActivation.Sigmoid:
                for (var k = 0; k < z.Length; k++) prediction[k] = ElementwiseFunctions.Sigmoid(z[k]);
                break;
            case OutputActivation.Softmax:
                var max = double.NegativeInfinity;
                foreach (var v in z) max = Math.Max(max, v);
                var total = 0.0;
                for (var k = 0; k < z.Length; k++) total += prediction[k] = Math.Exp(z[k] - max);
                for (var k = 0; k < z.Length; k++) prediction[k] /= total;
                break;
            default:
                z.CopyTo(prediction);
                break;
        }
    }

    /// <summary>How many of the example's outputs are classified right: p &gt; ½ is class 1 for bce; the largest logit, the first of equals, for cross-entropy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Correct(NetworkShape shape, ReadOnlySpan<double> z, ReadOnlySpan<double> target, ReadOnlySpan<double> prediction)
    {
        if (shape.Loss == LossKind.Bce)
        {
            var correct = 0;
            for (var k = 0; k < z.Length; k++)
                if (prediction[k] > 0.5 == target[k] > 0.5) correct++;
            return correct;
        }
        var best = 0;
        for (var k = 1; k < z.Length; k++)
            if (z[k] > z[best]) best = k;
        return best == ClassOf(target[0], z.Length) ? 1 : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double SquaredError(OutputActivation output, ReadOnlySpan<double> target, ReadOnlySpan<double> prediction,
        Span<double> gradient, double divisor)
    {
        var loss = 0.0;
        for (var k = 0; k < prediction.Length; k++)
        {
            var difference = prediction[k] - target[k];
            loss += difference * difference;
            if (!gradient.IsEmpty) gradient[k] = 2 * difference / divisor;
        }
        if (gradient.IsEmpty) return loss;
        if (output == OutputActivation.Sigmoid)
        {
            for (var k = 0; k < prediction.Length; k++) gradient[k] *= prediction[k] * (1 - prediction[k]);
        }
        else if (output == OutputActivation.Softmax)
        {
            // Through softmax's Jacobian: ∂/∂z_k = p_k (g_k − Σ_j g_j p_j).
            var along = 0.0;
            for (var j = 0; j < prediction.Length; j++) along += gradient[j] * prediction[j];
            for (var k = 0; k < prediction.Length; k++) gradient[k] = prediction[k] * (gradient[k] - along);
        }
        return loss;
    }

    /// <summary>The bce terms of one example's outputs, added in output order, with their predictions and gradients.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double BinaryCrossEntropy(ReadOnlySpan<double> z, ReadOnlySpan<double> target, Span<double> prediction,
        Span<double> gradient, double divisor)
    {
        var loss = 0.0;
        for (var k = 0; k < z.Length; k++)
        {
            loss += BinaryCrossEntropyTerm(z[k], target[k], out prediction[k]);
            if (!gradient.IsEmpty) gradient[k] = (prediction[k] - target[k]) / divisor;
        }
        return loss;
    }

    /// <summary>
    /// BCEWithLogitsLoss of one output: (1 − y)·z − log σ(z), with log σ(z) = min(z, 0) − log(1 + e^−|z|), finite
    /// for every finite z. The prediction σ(z) shares e^−|z|: it is <see cref="ElementwiseFunctions.Sigmoid"/>'s own
    /// arithmetic, one exponential fewer. The batch pass and single examples both call this, so they agree bit for bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double BinaryCrossEntropyTerm(double z, double target, out double prediction)
    {
        var small = Math.Exp(-Math.Abs(z));
        prediction = z >= 0 ? 1 / (1 + small) : small / (1 + small);
        var logSigmoid = Math.Min(z, 0) - ElementwiseFunctions.LogOnePlus(small);
        return (1 - target) * z - logSigmoid;
    }

    /// <summary>CrossEntropyLoss with a class index: log Σ e^(z − max) − (z_c − max), the gradient (softmax − one-hot) / divisor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double CrossEntropy(ReadOnlySpan<double> z, int label, ReadOnlySpan<double> prediction, Span<double> gradient, double divisor)
    {
        var max = double.NegativeInfinity;
        foreach (var v in z) max = Math.Max(max, v);
        var total = 0.0;
        foreach (var v in z) total += Math.Exp(v - max);
        if (!gradient.IsEmpty)
            for (var k = 0; k < z.Length; k++) gradient[k] = (prediction[k] - (k == label ? 1 : 0)) / divisor;
        return -((z[label] - max) - Math.Log(total));
    }

    private static int ClassOf(double target, int classes)
    {
        if (!(target >= 0 && target < classes) || target != Math.Floor(target))
            throw new ArgumentException($"a cross-entropy target must be a class index from 0 to {classes - 1}, not {target}");
        return (int)target;
    }
}
