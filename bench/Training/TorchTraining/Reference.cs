using SiteGen.Compute.Training;

namespace TorchTraining;

/// <summary>
/// A third engine, to tell whose a disagreement is: the benchmark's network (ReLU hidden layers,
/// one logit out, BCEWithLogitsLoss, Adam with TorchSharp's update) written out as plain loops
/// over the whole training set, sharing no code with SiteGen or libtorch.
/// </summary>
static class Reference
{
    public static History Train(Examples train, double[][][] weights, double[][] biases, RunSpec spec)
    {
        var layers = weights.Length;
        var n = train.Count;
        var w = weights.Select(l => l.Select(r => (double[])r.Clone()).ToArray()).ToArray();
        var b = biases.Select(r => (double[])r.Clone()).ToArray();
        var gw = w.Select(l => l.Select(r => new double[r.Length]).ToArray()).ToArray();
        var gb = b.Select(r => new double[r.Length]).ToArray();
        var mw = w.Select(l => l.Select(r => new double[r.Length]).ToArray()).ToArray();
        var vw = w.Select(l => l.Select(r => new double[r.Length]).ToArray()).ToArray();
        var mb = b.Select(r => new double[r.Length]).ToArray();
        var vb = b.Select(r => new double[r.Length]).ToArray();
        // z[l][i] and h[l][i]: layer l's pre-activation and output for example i; h[-1] is the input.
        var z = w.Select(l => Enumerable.Range(0, n).Select(_ => new double[l.Length]).ToArray()).ToArray();
        var input = Enumerable.Range(0, n).Select(i => train.Inputs.AsSpan(i * train.InputWidth, train.InputWidth).ToArray()).ToArray();
        var delta = w.Select(l => new double[l.Length]).ToArray();

        var (beta1, beta2, lr) = (spec.Optimiser.Beta1, spec.Optimiser.Beta2, spec.Optimiser.LearningRate);
        var eps = spec.Optimiser.Eps ?? 1e-8;
        var epochs = spec.Epochs;
        var loss = new double[epochs + 1];
        var accuracy = new double[epochs + 1];
        var gradNorms = new double[epochs + 1][];

        double[] Output(int l, int i) => l < 0 ? input[i] : Relu(z[l][i]);
        for (var k = 0; k <= epochs; k++)
        {
            // Forward.
            for (var i = 0; i < n; i++)
                for (var l = 0; l < layers; l++)
                {
                    var below = l == 0 ? input[i] : z[l - 1][i];
                    for (var o = 0; o < w[l].Length; o++)
                    {
                        var sum = 0.0;
                        for (var j = 0; j < below.Length; j++) sum += w[l][o][j] * (l == 0 ? below[j] : Math.Max(below[j], 0));
                        z[l][i][o] = sum + b[l][o];
                    }
                }
            // Loss, accuracy, and the backward pass, summed over examples.
            foreach (var g in gw) foreach (var r in g) Array.Clear(r);
            foreach (var r in gb) Array.Clear(r);
            double total = 0, correct = 0;
            for (var i = 0; i < n; i++)
            {
                var logit = z[layers - 1][i][0];
                var y = train.Targets[i];
                // libtorch's form: (1 − y)·z − log σ(z), with log σ(z) = min(z, 0) − log1p(e^−|z|).
                total += (1 - y) * logit - (Math.Min(logit, 0) - Log1P(Math.Exp(-Math.Abs(logit))));
                var p = 1 / (1 + Math.Exp(-logit));
                if ((p > 0.5 ? 1 : 0) == (y > 0.5 ? 1 : 0)) correct++;
                delta[layers - 1][0] = (p - y) / n;
                for (var l = layers - 1; l >= 0; l--)
                {
                    var below = Output(l - 1, i);
                    for (var o = 0; o < w[l].Length; o++)
                    {
                        gb[l][o] += delta[l][o];
                        for (var j = 0; j < below.Length; j++) gw[l][o][j] += delta[l][o] * below[j];
                    }
                    if (l == 0) break;
                    for (var j = 0; j < w[l][0].Length; j++)
                    {
                        var sum = 0.0;
                        for (var o = 0; o < w[l].Length; o++) sum += w[l][o][j] * delta[l][o];
                        delta[l - 1][j] = z[l - 1][i][j] > 0 ? sum : 0;
                    }
                }
            }
            loss[k] = total / n;
            accuracy[k] = correct / n;
            gradNorms[k] = [.. gw.Select(g => Math.Sqrt(g.Sum(r => r.Sum(v => v * v))))];
            if (k == epochs) break;

            // Adam, as TorchSharp 0.107.0 writes it.
            var step = k + 1;
            var bias1 = 1 - Math.Pow(beta1, step);
            var bias2Sqrt = Math.Sqrt(1 - Math.Pow(beta2, step));
            var stepSize = lr / bias1;
            void Update(double[] p, double[] g, double[] m, double[] v)
            {
                for (var j = 0; j < p.Length; j++)
                {
                    m[j] = m[j] * beta1 + (1 - beta1) * g[j];
                    v[j] = v[j] * beta2 + (1 - beta2) * g[j] * g[j];
                    p[j] += -stepSize * (m[j] / (Math.Sqrt(v[j]) / bias2Sqrt + eps));
                }
            }
            for (var l = 0; l < layers; l++)
            {
                for (var o = 0; o < w[l].Length; o++) Update(w[l][o], gw[l][o], mw[l][o], vw[l][o]);
                Update(b[l], gb[l], mb[l], vb[l]);
            }
        }
        return new History(loss, accuracy, gradNorms, w, b);
    }

    /// <summary>log(1 + u) without losing u's digits when u is small (Goldberg's formula).</summary>
    static double Log1P(double u)
    {
        var w = 1 + u;
        return w == 1 ? u : Math.Log(w) * u / (w - 1);
    }

    static double[] Relu(double[] z) => [.. z.Select(v => Math.Max(v, 0))];
}
