using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Training;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Training;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Cli;

/// <summary>
/// `sitegen train [--json] FILE`: trains the run in FILE (training.md) with the default budget and
/// prints a summary, or with --json its report as one JSON object. A run that diverged with
/// 'allow-divergence: true' adds "diverged_at", the epoch whose update made it diverge; its
/// histories end at the last finite epoch.
/// </summary>
public static class TrainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var json = new Option<bool>("--json")
        {
            Description = "Print the report as one JSON object: loss, accuracy, test_loss, test_accuracy, grad_norms, weights, biases " +
                "(those that apply), and diverged_at, the epoch of an allowed divergence.",
        };
        var file = new Argument<string?>("file") { Description = "A YAML file holding one training run.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("train", "Train the run in a YAML file and print its final loss and accuracy.") { json, file };
        command.SetAction(parse =>
        {
            if (parse.GetValue(file) is not { } path)
            {
                error.WriteLine("sitegen: train needs a file holding a run, such as: sitegen train run.yml");
                return CliApp.UsageError;
            }
            return Train(Path.GetFullPath(path), parse.GetValue(json), output, error);
        });
        return command;
    }

    private static int Train(string path, bool json, TextWriter output, TextWriter error)
    {
        var diagnostics = new DiagnosticBag();
        if (Directory.Exists(path))
        {
            // Reading a folder fails with "access denied", which would send the author after permissions.
            diagnostics.Report(DiagnosticCodes.FileUnreadable, "this is a folder; give the YAML file that holds the run",
                new SourceLocation(SourceFile.DisplayPathOf(path), 1, 1));
            return Failed(diagnostics, error);
        }
        var file = SourceFile.Read(path, diagnostics);
        var mapping = file is null ? null : YamlText.ParseMapping(file.Text, file, 1, 1, diagnostics);
        var spec = mapping is null ? null : RunReader.Read(mapping, new YamlOrigin(file!, 1, 1), new Scope(), RunCost.DefaultBudget, diagnostics);
        if (spec is null) return Failed(diagnostics, error);
        var clock = Stopwatch.StartNew();
        var outcome = Trainer.Run(spec);
        clock.Stop();
        if (outcome.Failure is { } failure)
        {
            // The learning rate is what an author changes first when a run diverges: point at it.
            diagnostics.Report(DiagnosticCodes.RunDiverged, failure.Message, LearningRateAt(mapping!, file!));
            return Failed(diagnostics, error);
        }
        var report = outcome.Report!;
        output.Write(json ? Json(report) + "\n" : Summary(spec, report, clock.ElapsedMilliseconds));
        return CliApp.Success;
    }

    private static int Failed(DiagnosticBag diagnostics, TextWriter error)
    {
        CliApp.Print(DiagnosticOrder.Sorted(diagnostics.Items, strict: false), error);
        return CliApp.InputErrors;
    }

    private static SourceLocation LearningRateAt(YamlMappingNode mapping, SourceFile file)
    {
        var key = mapping.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: "lr" });
        return key is null ? file.At(1, 1) : YamlText.Locate(file, key.Start, 1, 1);
    }

    /// <summary>A few lines for a person: each history from its first epoch to its last, then the epochs and the time.</summary>
    private static string Summary(RunSpec spec, RunReport report, long milliseconds)
    {
        var text = new StringBuilder();
        void History(string name, IReadOnlyList<double>? values, bool percent = false)
        {
            if (values is { Count: > 0 })
                text.Append(CultureInfo.InvariantCulture, $"{name,-15}{N(values[^1], percent)}  (epoch 0: {N(values[0], percent)})\n");
        }
        History("loss", report.Loss);
        History("accuracy", report.Accuracy, percent: true);
        History("test loss", report.TestLoss);
        History("test accuracy", report.TestAccuracy, percent: true);
        var epochs = report.Loss.Count - 1;
        text.Append(CultureInfo.InvariantCulture, $"{"epochs",-15}{epochs} of {spec.Epochs}, {report.UpdatesPerEpoch} update{(report.UpdatesPerEpoch == 1 ? "" : "s")} each\n");
        if (report.Diverged is { } diverged)
            text.Append(CultureInfo.InvariantCulture, $"{"diverged",-15}at epoch {diverged.Epoch}: {diverged.What}; the history ends before it\n");
        text.Append(CultureInfo.InvariantCulture, $"{"time",-15}{milliseconds} ms\n");
        return text.ToString();
    }

    /// <summary>As a lesson cites it: 1.55014 × 10⁻⁵, and accuracies as percentages.</summary>
    private static string N(double value, bool percent) => new SiteGen.Directives.Training.RunValue(value, 6, percent).Text;

    /// <summary>The report as training.md's JSON object, written without reflection (Native AOT), numbers in round-trip form.</summary>
    private static string Json(RunReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            Numbers(json, "loss", report.Loss);
            if (report.Accuracy is { } accuracy) Numbers(json, "accuracy", accuracy);
            if (report.TestLoss is { } testLoss) Numbers(json, "test_loss", testLoss);
            if (report.TestAccuracy is { } testAccuracy) Numbers(json, "test_accuracy", testAccuracy);
            json.WriteStartArray("grad_norms");
            foreach (var epoch in report.GradNorms) Numbers(json, null, epoch);
            json.WriteEndArray();
            json.WriteStartArray("weights");
            foreach (var layer in report.Weights)
            {
                json.WriteStartArray();
                foreach (var row in layer) Numbers(json, null, row);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartArray("biases");
            foreach (var layer in report.Biases) Numbers(json, null, layer);
            json.WriteEndArray();
            if (report.Diverged is { } diverged) json.WriteNumber("diverged_at", diverged.Epoch);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Numbers(Utf8JsonWriter json, string? name, IReadOnlyList<double> values)
    {
        if (name is null) json.WriteStartArray();
        else json.WriteStartArray(name);
        foreach (var value in values) json.WriteNumberValue(value);
        json.WriteEndArray();
    }
}
