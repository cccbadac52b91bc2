using System.Text.Json;
using SiteGen.Compute.Training;
using SiteGen.Tests.Training;

namespace SiteGen.Tests.Cli;

/// <summary>`sitegen train [--json] FILE`, as training.md specifies it.</summary>
public sealed class TrainCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));

    public TrainCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string yaml, string name = "run.yml")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    private const string Split = """
        data: {set: moons, n: 100, noise: 0.1, test: 0.25}
        layers: [2, 8, 1]
        loss: bce
        lr: 0.5
        epochs: 20
        """;

    /// <summary>Gradient descent on a quadratic whose curvature is 5 at a rate of 10: each epoch multiplies the error by 49.</summary>
    private const string Diverging = """
        data: {x: [[1], [2]], y: [1, 2]}
        layers: [1, 1]
        loss: mse
        lr: 10
        epochs: 1000
        """;

    [Fact]
    public void The_textbook_runs_first_loss_is_mazurs_0_298371109()
    {
        var (code, output, error) = Cli.Run("train", "--json", Write(Runs.Textbook));
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0.298371109, json.RootElement.GetProperty("loss")[0].GetDouble(), 9);
    }

    [Fact]
    public void Json_has_the_reports_numbers_bit_for_bit()
    {
        var (code, output, error) = Cli.Run("train", "--json", Write(Split));
        Assert.True(code == 0, error);
        var report = Trainer.Run(Runs.Spec(Split)).Report!;
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;

        Assert.Equal(["loss", "accuracy", "test_loss", "test_accuracy", "grad_norms", "weights", "biases"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(report.Loss, Numbers(root.GetProperty("loss")));
        Assert.Equal(report.Accuracy!, Numbers(root.GetProperty("accuracy")));
        Assert.Equal(report.TestLoss!, Numbers(root.GetProperty("test_loss")));
        Assert.Equal(report.TestAccuracy!, Numbers(root.GetProperty("test_accuracy")));
        Assert.Equal(report.GradNorms.Select(e => e.ToArray()), root.GetProperty("grad_norms").EnumerateArray().Select(Numbers));
        Assert.Equal(report.Weights.SelectMany(l => l).Select(r => r.ToArray()),
            root.GetProperty("weights").EnumerateArray().SelectMany(l => l.EnumerateArray()).Select(Numbers));
        Assert.Equal(report.Biases.Select(b => b.ToArray()), root.GetProperty("biases").EnumerateArray().Select(Numbers));
    }

    [Fact]
    public void Json_leaves_out_accuracy_for_regression_and_test_histories_without_a_split()
    {
        var (_, output, _) = Cli.Run("train", "--json", Write(Runs.Textbook));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["loss", "grad_norms", "weights", "biases"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, json.RootElement.GetProperty("loss").GetArrayLength());
        Assert.Equal(2, json.RootElement.GetProperty("weights")[1][0].GetArrayLength());
    }

    [Fact]
    public void The_summary_shows_the_final_loss_accuracy_test_split_epochs_and_time()
    {
        var (code, output, error) = Cli.Run("train", Write(Split));
        Assert.True(code == 0, error);
        var report = Trainer.Run(Runs.Spec(Split)).Report!;
        var lines = Cli.Lines(output);
        Assert.Equal(["loss", "accuracy", "test loss", "test accuracy", "epochs", "time"], lines.Select(l => l[..15].TrimEnd()));
        Assert.StartsWith($"loss           {report.Loss[^1].ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}  (epoch 0: ", lines[0]);
        Assert.Equal("epochs         20 of 20, 1 update each", lines[4]);
        Assert.Matches(@"^time +\d+ ms$", lines[5]);
    }

    [Fact]
    public void A_bad_run_is_a_positioned_diagnostic_on_stderr_with_exit_1()
    {
        var path = Write(Split.Replace("lr: 0.5", "lr: 0.5\noptimizer: adam"));
        var (code, output, error) = Cli.Run("train", path);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal($"{path}(5,1): error SG1801: unknown key 'optimizer'; did you mean 'optimiser'?", error.Trim());
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic_with_exit_1()
    {
        var path = Path.Combine(_folder, "absent.yml");
        var (code, _, error) = Cli.Run("train", path);
        Assert.Equal(1, code);
        Assert.StartsWith($"{path}(1,1): error SG1001: cannot read file", error.Trim());
    }

    [Fact]
    public void A_folder_is_not_a_run() =>
        Assert.Equal($"{_folder}(1,1): error SG1001: this is a folder; give the YAML file that holds the run", Cli.Run("train", _folder).Err.Trim());

    [Fact]
    public void Yaml_that_does_not_parse_is_a_diagnostic_with_exit_1()
    {
        var (code, _, error) = Cli.Run("train", Write("layers: [2, 8\nloss: mse\n"));
        Assert.Equal(1, code);
        Assert.Contains(": error SG1010: invalid YAML", error);
    }

    [Fact]
    public void A_run_that_diverges_is_SG1806_at_its_learning_rate_with_exit_1()
    {
        var path = Write(Diverging);
        var (code, output, error) = Cli.Run("train", path);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith($"{path}(4,1): error SG1806: the run diverged at epoch ", error.Trim());
        Assert.Contains("'allow-divergence: true'", error);
    }

    [Fact]
    public void A_run_allowed_to_diverge_reports_its_history_and_the_epoch_it_diverged_at()
    {
        var (code, output, error) = Cli.Run("train", "--json", Write(Diverging + "\nallow-divergence: true"));
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var at = json.RootElement.GetProperty("diverged_at").GetInt32();
        Assert.InRange(at, 1, 1000);
        Assert.Equal(at, json.RootElement.GetProperty("loss").GetArrayLength());
        Assert.Contains("diverged", Cli.Run("train", Write(Diverging + "\nallow-divergence: true", "again.yml")).Out);
    }

    [Fact]
    public void Train_without_a_file_is_wrong_usage() => Assert.Equal(2, Cli.Run("train").Code);

    [Fact]
    public void Train_with_two_files_is_wrong_usage() => Assert.Equal(2, Cli.Run("train", Write(Split), Write(Split, "b.yml")).Code);

    [Fact]
    public void Train_with_an_unknown_option_is_wrong_usage() => Assert.Equal(2, Cli.Run("train", "--fast", Write(Split)).Code);

    private static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(n => n.GetDouble()).ToArray();
}
