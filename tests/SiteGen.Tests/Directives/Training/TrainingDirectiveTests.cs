using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;
using SiteGen.Directives.Compute;

namespace SiteGen.Tests.Directives.Training;

/// <summary>{train}, the {run} role and the tables of runs, on lessons rendered in memory: every number shown is the engine's.</summary>
public class TrainingDirectiveTests
{
    /// <summary>The run of <see cref="Xor"/>, as the engine trains it directly.</summary>
    private static readonly RunSpec XorSpec = new()
    {
        Data = new GeneratedData(DataSetKind.Xor, 4, 0, 0),
        Layers = [2, 4, 1],
        Activation = Activation.Tanh,
        Loss = LossKind.Bce,
        Optimiser = new OptimiserSpec(OptimiserKind.Adam, 0.05),
        Epochs = 300,
    };

    private const string Xor = """
        ```{train}
        :id: xor
        :label: XOR net
        data: {set: xor, n: 4}
        layers: [2, 4, 1]
        activation: tanh
        loss: bce
        optimiser: adam
        lr: 0.05
        epochs: 300
        ```
        """;

    private static RunReport Expected => Trainer.Run(XorSpec).Report!;

    private static string Body(string markdown)
    {
        var (body, diagnostics) = TestSite.Lesson(markdown);
        Assert.Empty(diagnostics);
        return body!;
    }

    private static string OnlyDiagnostic(string markdown)
    {
        var (_, diagnostics) = TestSite.Lesson(markdown);
        return Assert.Single(diagnostics);
    }

    [Fact]
    public void A_run_shows_its_result_in_one_line_with_its_definition_beside_it()
    {
        var body = Body(Xor);
        var report = Expected;
        Assert.Contains("<span class=\"run-name\">Run XOR net</span>: a 2–4–1 tanh network trained with Adam (learning rate 0.05) for 300 full-batch epochs on 4 xor points: " +
            $"loss {NumberFormat.Number(report.Loss[0], 3)}, accuracy {NumberFormat.Number(report.Accuracy![0] * 100, 3)} % → loss {NumberFormat.Number(report.Loss[^1], 3)}, accuracy 100 %.", body);
        Assert.Contains("<summary>How run XOR net is defined</summary>\n<div class=\"code-block\">\n<pre tabindex=\"0\" role=\"group\" aria-label=\"YAML code\"><code class=\"language-yaml\">", body);
        // Highlighted as YAML, so the key has a style of its own, and the text reads as written.
        var definition = body[body.IndexOf("<code class=\"language-yaml\">", StringComparison.Ordinal)..body.IndexOf("</code>", StringComparison.Ordinal)];
        Assert.Contains("<span class=", definition);
        Assert.Contains("layers: [2, 4, 1]", System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(definition, "<[^>]+>", "")));
    }

    [Fact]
    public void A_hidden_run_shows_nothing_but_can_be_cited()
    {
        var body = Body(Xor.Replace(":label: XOR net", ":hidden:") + "\n\nLoss {run}`xor.loss`.\n");
        Assert.DoesNotContain("training-run", body);
        Assert.Contains($"Loss <span class=\"eval-value\">{NumberFormat.Number(Expected.Loss[^1], 4)}</span>.", body);
    }

    [Fact]
    public void Citations_show_the_engines_numbers_at_the_epoch_and_layer_asked_for()
    {
        var report = Expected;
        var body = Body(Xor + "\n\nA {run}`xor.loss[0]:3`, B {run}`xor.accuracy[0]`, C {run}`xor.grad_norm[0][2]`, D {run}`xor.lr`, " +
            "E {run}`xor.parameters`, F {run}`xor.accuracy`, G {run}`xor.loss[300]:8`.\n");
        Assert.Contains($"A <span class=\"eval-value\">{NumberFormat.Number(report.Loss[0], 3)}</span>", body);
        Assert.Contains($"B <span class=\"eval-value\">{NumberFormat.Number(report.Accuracy![0] * 100, 4)} %</span>", body);
        Assert.Contains($"C <span class=\"eval-value\">{NumberFormat.Number(report.GradNorms[0][1], 4)}</span>", body);
        Assert.Contains("D <span class=\"eval-value\">0.05</span>", body);
        Assert.Contains("E <span class=\"eval-value\">17</span>", body);
        Assert.Contains("F <span class=\"eval-value\">100 %</span>", body);
        Assert.Contains($"G <span class=\"eval-value\">{NumberFormat.Number(report.Loss[300], 8)}</span>", body);
    }

    [Fact]
    public void A_caption_cites_a_run_like_prose()
    {
        var body = Body(Xor + """


            ```{loss-curves}
            :caption: Loss falls to {run}`xor.loss:2`
            :alt: The loss of the XOR net falls.
            runs: xor
            ```
            """);
        Assert.Contains($"Loss falls to {NumberFormat.Number(Expected.Loss[^1], 2)}", body);
    }

    [Theory]
    [InlineData("See {run}`xro.loss`.", "(13,11): error SG1807: no training run 'xro' on this page; did you mean 'xor'?")]
    [InlineData("See {run}`xor.los`.", "(13,15): error SG1809: a run has no 'los'; did you mean 'loss'?")]
    [InlineData("See {run}`xor.loss[301]`.", "(13,20): error SG1809: run 'xor' has epochs 0 to 300, so '301' is not one of them")]
    [InlineData("See {run}`xor.grad_norm[0][3]`.", "(13,28): error SG1809: run 'xor' has layers 1 to 2, so '3' is not one of them")]
    [InlineData("See {run}`xor.grad_norm[0]`.", "(13,25): error SG1809: 'grad_norm' takes an epoch and a layer counted from 1, such as grad_norm[0][1] for the first layer at initialisation")]
    [InlineData("See {run}`xor.test_loss`.", "(13,15): error SG1809: run 'xor' holds out no test examples; give its data a 'test' fraction")]
    [InlineData("See {run}`xor.diverged_at`.", "(13,15): error SG1809: run 'xor' did not diverge, so it has no 'diverged_at'")]
    [InlineData("See {run}`xor`.", "(13,11): error SG1809: 'xor' is not a run citation; write the run's id, a dot and a quantity, such as deep.loss, deep.accuracy[100] or deep.grad_norm[0][1]")]
    public void A_citation_that_names_nothing_is_one_error_at_its_own_column(string prose, string expected)
    {
        Assert.Equal("content/lessons/01-page.md" + expected, OnlyDiagnostic(Xor + "\n\n" + prose + "\n"));
    }

    [Fact]
    public void A_run_cited_before_it_is_defined_is_unknown()
    {
        Assert.Equal("content/lessons/01-page.md(1,11): error SG1807: no training run 'xor' on this page; no run is defined before it on this page; define one with ```{train}",
            OnlyDiagnostic("See {run}`xor.loss`.\n\n" + Xor));
    }

    [Fact]
    public void Two_runs_with_one_id_are_an_error_at_the_second_id()
    {
        Assert.Equal("content/lessons/01-page.md(14,6): error SG1808: a training run 'xor' is already defined on this page; give this one another id",
            OnlyDiagnostic(Xor + "\n\n" + Xor));
    }

    [Fact]
    public void A_run_that_fails_is_reported_once_and_what_reads_it_stays_quiet()
    {
        var broken = Xor.Replace("lr: 0.05", "lr: -1");
        var diagnostic = OnlyDiagnostic(broken + "\n\nSee {run}`xor.loss`.\n\n```{loss-curves} Loss\n:alt: Loss.\nruns: xor\n```\n");
        Assert.StartsWith("content/lessons/01-page.md(9,5): error SG1802:", diagnostic);
    }

    /// <summary>A linear regression whose learning rate is far too high: every step multiplies the error, until it overflows.</summary>
    private const string Wild = """
        ```{train}
        :id: wild
        data: {set: curve, n: 20}
        layers: [1, 8, 1]
        activation: linear
        loss: mse
        lr: 5
        epochs: 500
        ```
        """;

    [Fact]
    public void A_diverging_run_stops_the_lesson_with_the_epoch_unless_divergence_is_allowed()
    {
        var diagnostic = OnlyDiagnostic(Wild);
        Assert.Matches(@"^content/lessons/01-page\.md\(1,1\): error SG1806: run 'wild': .*epoch \d+", diagnostic);

        var allowed = Wild.Replace("epochs: 500", "epochs: 500\nallow-divergence: true");
        var body = Body(allowed + "\n\nIt diverged at epoch {run}`wild.diverged_at`; its loss reached {run}`wild.loss`.\n");
        var epoch = Trainer.Run(XorSpec with
        {
            Data = new GeneratedData(DataSetKind.Curve, 20, 0, 0), Layers = [1, 8, 1], Activation = Activation.Linear, Loss = LossKind.Mse,
            Optimiser = new OptimiserSpec(OptimiserKind.Sgd, 5), Epochs = 500, AllowDivergence = true,
        }).Report!.Diverged!.Epoch;
        Assert.Contains($"it diverged at epoch {epoch} (", body);
        Assert.Contains($"It diverged at epoch <span class=\"eval-value\">{epoch}</span>;", body);
    }

    [Fact]
    public void A_history_table_lists_the_engines_numbers_at_the_default_epochs()
    {
        var report = Expected;
        var body = Body(Xor + "\n\n```{training-table} XOR by epoch\nruns: xor\n```\n");
        Assert.Contains("<figcaption id=\"table-1-caption\"><span class=\"table-label\">Table 1</span> XOR by epoch</figcaption>", body);
        Assert.Contains("<th scope=\"col\">epoch</th><th scope=\"col\">training loss</th><th scope=\"col\">training accuracy</th>", body);
        foreach (var epoch in new[] { 0, 1, 10, 100, 300 })
            Assert.Contains($"<tr><th scope=\"row\">{epoch}</th><td>{NumberFormat.Number(report.Loss[epoch], 4)}</td>", body);
        Assert.DoesNotContain("<th scope=\"row\">1000</th>", body);
    }

    [Fact]
    public void A_gradient_norms_table_has_a_row_per_layer_and_a_column_per_run()
    {
        var report = Expected;
        var body = Body(Xor + "\n\n```{training-table}\nruns: [xor]\nshow: gradient-norms\nepoch: last\n```\n");
        Assert.Contains($"<tr><th scope=\"row\">1</th><td>{NumberFormat.Number(report.GradNorms[300][0], 4)}</td></tr>", body);
        Assert.Contains($"<tr><th scope=\"row\">2</th><td>{NumberFormat.Number(report.GradNorms[300][1], 4)}</td></tr>", body);
    }

    [Theory]
    [InlineData("runs: xor\ncolumns: [loss, acuracy]", "(15,17): error SG1406: 'columns' has no 'acuracy'; did you mean 'accuracy'?")]
    [InlineData("runs: xor\nepochs: [0, 400]", "(15,13): error SG1809: 'epochs' must be an epoch from 0 to 300 (run 'xor' ends there) or 'last', not 400")]
    [InlineData("runs: [xor, nor]", "(14,13): error SG1807: no training run 'nor' on this page; did you mean 'xor'?")]
    public void A_table_option_that_names_nothing_is_one_error_at_its_value(string options, string expected)
    {
        Assert.Equal("content/lessons/01-page.md" + expected, OnlyDiagnostic(Xor + "\n\n```{training-table}\n" + options + "\n```\n"));
    }

    [Fact]
    public void Runs_that_differ_in_their_optimiser_take_its_colour_and_a_chosen_colour_wins()
    {
        var sgd = Xor.Replace(":id: xor", ":id: a").Replace("optimiser: adam", "optimiser: sgd");
        var adam = Xor.Replace(":id: xor", ":id: b").Replace(":label: XOR net", ":label: B");
        var runs = new[] { sgd, adam }.Select(text => new SiteGen.Directives.Training.LessonRun(
            "x", "x", XorSpec with { Optimiser = new OptimiserSpec(text.Contains("sgd") ? OptimiserKind.Sgd : OptimiserKind.Adam, 0.05) },
            Expected, Dataset.Of(XorSpec.Data, 0), "k", default)).ToList();
        Assert.Equal([SiteGen.Directives.Figures.OptimiserColours.Of(OptimiserKind.Sgd), SiteGen.Directives.Figures.OptimiserColours.Of(OptimiserKind.Adam)],
            SiteGen.Directives.Training.RunSelection.Colours(runs));
        Assert.Equal([0, 1], SiteGen.Directives.Training.RunSelection.Colours([runs[1], runs[1] with { Id = "y" }]));
        Assert.Equal([5, SiteGen.Directives.Figures.OptimiserColours.Of(OptimiserKind.Adam)],
            SiteGen.Directives.Training.RunSelection.Colours([runs[0] with { Colour = 5 }, runs[1]]));
    }

    [Fact]
    public void A_label_cites_the_lessons_values()
    {
        var body = Body("```{define}\n:hidden:\neta = 0.05\n```\n\n" + Xor.Replace(":label: XOR net", ":label: rate {eval}`eta`").Replace("lr: 0.05", "lr: eta"));
        Assert.Contains("<span class=\"run-name\">Run rate 0.05</span>", body);
    }
}
