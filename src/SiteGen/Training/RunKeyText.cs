using System.Globalization;
using System.Text;
using SiteGen.Compute.Training;

namespace SiteGen.Training;

/// <summary>
/// The canonical text of a run, for cache keys: every field that determines its result, one per
/// line, numbers in round-trip form and arrays written out in full (a record's ToString names an
/// array's type, not its numbers). Two runs with one text train to the same numbers.
/// </summary>
public static class RunKeyText
{
    /// <summary>Changes when the text's format does, so that old keys cannot match new texts.</summary>
    private const string Format = "run 1";

    public static string Of(RunSpec spec)
    {
        var text = new StringBuilder(Format).Append('\n');
        Line(text, "data", Data(spec.Data));
        Line(text, "layers", string.Join(",", spec.Layers.Select(w => w.ToString(CultureInfo.InvariantCulture))));
        Line(text, "activation", RunNames.Of(spec.Activation));
        Line(text, "output", spec.Output is { } output ? RunNames.Of(output) : "-");
        Line(text, "loss", RunNames.Of(spec.Loss));
        Line(text, "init", $"{RunNames.Of(spec.Init)} scale={N(spec.InitScale)}");
        Line(text, "weights", spec.Weights is { } weights ? string.Join(";", weights.Select(Rows)) : "-");
        Line(text, "biases", spec.Biases is { } biases ? Rows(biases) : "-");
        Line(text, "skip", B(spec.Skip));
        var o = spec.Optimiser;
        Line(text, "optimiser", $"{RunNames.Of(o.Kind)} lr={N(o.LearningRate)} momentum={N(o.Momentum)} beta1={N(o.Beta1)} beta2={N(o.Beta2)} " +
            $"alpha={N(o.Alpha)} eps={N(o.Eps)} weight-decay={N(o.WeightDecay)}");
        Line(text, "schedule", $"{RunNames.Of(spec.Schedule.Kind)} step-every={spec.Schedule.StepEvery} gamma={N(spec.Schedule.Gamma)}");
        Line(text, "clip", $"norm={N(spec.ClipNorm)} value={N(spec.ClipValue)}");
        Line(text, "epochs", spec.Epochs.ToString(CultureInfo.InvariantCulture));
        Line(text, "batch", spec.Batch is { } batch ? batch.ToString(CultureInfo.InvariantCulture) : "full");
        Line(text, "shuffle", spec.Shuffle is { } shuffle ? B(shuffle) : "-");
        Line(text, "seed", spec.Seed.ToString(CultureInfo.InvariantCulture));
        Line(text, "allow-divergence", B(spec.AllowDivergence));
        return text.ToString();
    }

    private static string Data(DataSpec data) => data switch
    {
        GeneratedData g => $"{RunNames.Of(g.Set)} n={g.Count} noise={N(g.Noise)} seed={g.Seed} classes={g.Classes} test={N(g.Test)}",
        ExplicitData e => $"x={Rows(e.Inputs)} y={(e.Targets is { } t ? Rows(t) : "-")} " +
            $"classes={(e.Classes is { } c ? string.Join(",", c.Select(i => i.ToString(CultureInfo.InvariantCulture))) : "-")} test={N(e.Test)}",
        _ => throw new ArgumentOutOfRangeException(nameof(data), data.GetType().Name, "a data spec RunKeyText does not know"),
    };

    private static void Line(StringBuilder text, string key, string value) => text.Append(key).Append(' ').Append(value).Append('\n');

    private static string Rows(double[][] rows) => "[" + string.Join("|", rows.Select(r => string.Join(",", r.Select(v => N(v))))) + "]";

    private static string N(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "-";
    private static string B(bool value) => value ? "true" : "false";
}
