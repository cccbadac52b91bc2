using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;

namespace SiteGen.Directives.Training;

/// <summary>A number a run produced or was given, as a citation shows it: accuracies as percentages.</summary>
public sealed record RunValue(double Value, int Digits, bool Percent)
{
    public string Text => Percent ? NumberFormat.Number(Value * 100, Digits) + " %" : NumberFormat.Number(Value, Digits);
}

/// <summary>
/// The text of a {run} citation: `ID.QUANTITY`, an epoch in brackets where the quantity has a
/// history (`deep.loss[0]`; the last epoch when left out), a layer counted from 1 after it for
/// gradient norms (`deep.grad_norm[0][1]`), and `:N` for N significant digits, as {eval} takes.
/// The one place a run's number is looked up, for prose, captions, alt text and labels alike.
/// </summary>
public static partial class RunCitation
{
    /// <summary>Trained numbers to four significant digits unless asked otherwise: more would claim a precision the lesson does not need.</summary>
    public const int DefaultDigits = 4;

    [GeneratedRegex(@"^\s*(?<id>[A-Za-z][A-Za-z0-9_-]*)\.(?<quantity>[A-Za-z_]+)(\[\s*(?<first>[^\]]*)\])?(\[\s*(?<second>[^\]]*)\])?\s*(:\s*(?<digits>[^:]*))?$")]
    private static partial Regex Shape();

    /// <summary>Numbers of the run itself: what it was given and what it did.</summary>
    private static readonly Dictionary<string, Func<LessonRun, double?>> Facts = new(StringComparer.Ordinal)
    {
        ["lr"] = run => run.Spec.Optimiser.LearningRate,
        ["epochs"] = run => run.Spec.Epochs,
        ["last_epoch"] = run => run.LastEpoch,
        ["diverged_at"] = run => run.Report.Diverged?.Epoch,
        ["batch"] = run => run.Spec.Batch ?? run.Data.Train.Count,
        ["updates"] = run => (double)run.Report.UpdatesPerEpoch * run.LastEpoch,
        ["parameters"] = run => SiteGen.Compute.Training.RunCost.Parameters(run.Spec.Layers),
        ["layers"] = run => run.Spec.Layers.Count - 1,
        ["train_count"] = run => run.Data.Train.Count,
        ["test_count"] = run => run.Data.Test.Count,
        ["min_loss"] = run => run.Report.Loss.Min(),
        ["seed"] = run => run.Spec.Seed,
    };

    public static IReadOnlyList<string> Quantities { get; } = [.. LessonRun.Histories, "grad_norm", .. Facts.Keys];

    /// <summary>The value <paramref name="text"/> cites, which starts at <paramref name="at"/>; null after reporting what is wrong.</summary>
    public static RunValue? Evaluate(string text, SourceLocation at, LessonRuns runs, DiagnosticBag diagnostics)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            diagnostics.Report(DiagnosticCodes.BadRunCitation,
                $"'{text.Trim()}' is not a run citation; write the run's id, a dot and a quantity, such as deep.loss, deep.accuracy[100] or deep.grad_norm[0][1]", at);
            return null;
        }
        SourceLocation At(Group group) => at with { Column = at.Column + group.Index };
        var digits = Digits(match.Groups["digits"], At, diagnostics);
        if (digits is null) return null;
        var run = runs.Find(match.Groups["id"].Value, At(match.Groups["id"]), diagnostics);
        if (run is null) return null;
        var quantity = match.Groups["quantity"];
        var (first, second) = (match.Groups["first"], match.Groups["second"]);
        if (Facts.TryGetValue(quantity.Value, out var fact))
        {
            if (first.Success) return Problem($"'{quantity.Value}' is one number for the whole run and takes no [epoch]", At(first), diagnostics);
            if (fact(run) is { } value) return new RunValue(value, digits.Value, false);
            return Problem($"run '{run.Id}' did not diverge, so it has no 'diverged_at'", At(quantity), diagnostics);
        }
        if (LessonRun.Histories.Contains(quantity.Value))
        {
            var percent = LessonRun.IsPercentage(quantity.Value);
            if (second.Success) return Problem($"'{quantity.Value}' takes one index, the epoch", At(second), diagnostics);
            var history = run.History(quantity.Value);
            if (history is null)
                return Problem(quantity.Value.Contains("accuracy") && !run.Classifies
                    ? $"run '{run.Id}' is a regression (loss {run.Spec.Loss.ToString().ToLowerInvariant()}), so it has no accuracy"
                    : $"run '{run.Id}' holds out no test examples; give its data a 'test' fraction", At(quantity), diagnostics);
            var epoch = Index(first, run.LastEpoch, "epoch", run, At, diagnostics, fromOne: false);
            return epoch is null ? null : new RunValue(history[epoch.Value], digits.Value, percent);
        }
        if (quantity.Value == "grad_norm")
        {
            if (!second.Success)
                return Problem("'grad_norm' takes an epoch and a layer counted from 1, such as grad_norm[0][1] for the first layer at initialisation",
                    first.Success ? At(first) : At(quantity), diagnostics);
            var epoch = Index(first, run.LastEpoch, "epoch", run, At, diagnostics, fromOne: false);
            var layer = epoch is null ? null : Index(second, run.Spec.Layers.Count - 1, "layer", run, At, diagnostics, fromOne: true);
            return layer is null ? null : new RunValue(run.Report.GradNorms[epoch!.Value][layer.Value - 1], digits.Value, false);
        }
        var near = SiteGen.Compute.Suggestions.Closest(quantity.Value, Quantities);
        return Problem($"a run has no '{quantity.Value}'" + (near is null ? $"; it has {string.Join(", ", Quantities)}" : $"; did you mean '{near}'?"),
            At(quantity), diagnostics);
    }

    /// <summary>The epoch (0 … last, the last when left out) or layer (1 … count) an index names.</summary>
    private static int? Index(Group group, int last, string what, LessonRun run, Func<Group, SourceLocation> at, DiagnosticBag diagnostics,
        bool fromOne)
    {
        if (!group.Success) return last;
        var first = fromOne ? 1 : 0;
        if (int.TryParse(group.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= first && index <= last)
            return index;
        var reached = what == "epoch" && run.Report.Diverged is { } diverged ? $" (it diverged at epoch {diverged.Epoch})" : "";
        diagnostics.Report(DiagnosticCodes.BadRunCitation,
            $"run '{run.Id}' has {what}s {first} to {last}{reached}, so '{group.Value.Trim()}' is not one of them", at(group));
        return null;
    }

    private static int? Digits(Group group, Func<Group, SourceLocation> at, DiagnosticBag diagnostics)
    {
        if (!group.Success) return DefaultDigits;
        if (int.TryParse(group.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var digits)
            && digits >= NumberFormat.MinDigits && digits <= NumberFormat.MaxDigits) return digits;
        diagnostics.Report(DiagnosticCodes.BadOptionValue,
            $"the significant digits after ':' must be from {NumberFormat.MinDigits} to {NumberFormat.MaxDigits}, not {group.Value.Trim()}", at(group));
        return null;
    }

    private static RunValue? Problem(string message, SourceLocation at, DiagnosticBag diagnostics)
    {
        diagnostics.Report(DiagnosticCodes.BadRunCitation, message, at);
        return null;
    }
}
