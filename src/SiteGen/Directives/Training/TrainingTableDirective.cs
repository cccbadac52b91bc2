using System.Net;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Directives.Figures;
using SiteGen.Directives.Syntax;
using SiteGen.Markdown;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Training;

/// <summary>
/// ```` ```{training-table} ````: the numbers of training runs as a table: loss and accuracy at
/// chosen epochs, or each layer's gradient norm at one epoch, for one or several runs side by side.
/// </summary>
public sealed class TrainingTableDirective : Directive<TrainingTableDirective.Table>, INumberedTable
{
    public override string Name => "training-table";
    public override string Summary => "A table of training runs: loss and accuracy at chosen epochs, or each layer's gradient norm at one epoch.";
    public override DirectiveBody Body => DirectiveBody.Yaml;

    private static readonly Option<YamlNode?> Runs = Option.Structured("runs", "the runs: one id or a list of ids, up to 7", required: true);
    private static readonly Option<string> Show = Option.Choice("show",
        "history: a row per epoch; gradient-norms: a row per layer, at 'epoch'", "history", "gradient-norms");
    private static readonly Option<YamlNode?> Epochs = Option.Structured("epochs",
        "the rows of a history: a list of epochs (by default 0, 1, 10, 100, … and the last)");
    private static readonly Option<YamlNode?> Columns = Option.Structured("columns",
        "the columns of a history, for each run: loss, accuracy, test_loss, test_accuracy (by default the loss, and the accuracy of classifiers)");
    private static readonly Option<YamlNode> Epoch = Option.Structured("epoch", "the epoch of a gradient-norms table: 0 (initialisation), a later one, or 'last'", "0");

    private static readonly Option<int> Digits = Option.Integer("digits", "significant digits of the numbers shown", RunCitation.DefaultDigits)
        with { Range = (NumberFormat.MinDigits, NumberFormat.MaxDigits) };

    public override IReadOnlyList<OptionSpec> Options { get; } = [Runs, Show, Epochs, Columns, Epoch, Digits, NumberedTable.Id];

    /// <summary>A computed table: header cells, then rows of cells (the first cell of each row is its heading).</summary>
    public sealed record Table(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
    {
        /// <summary>The table's number and anchor on its page.</summary>
        public FigureNumber Number { get; init; } = new(0, "", false, FigureNumbers.TableKind);
    }


    public override Table? Compute(DirectiveBlock block, PageComputeContext context)
    {
        var reader = new OptionReader(block, context);
        var number = context.Figures.Of(block);
        NumberedTable.Anchor(block, reader, number);
        var runs = RunSelection.Read(reader, Runs);
        if (runs is null) return null;
        var digits = block.Options.Get(Digits);
        var caption = ComputedText.Expand(block.Argument.Trim(), block.ArgumentAt, context);
        var table = block.Options.Get(Show) == "history" ? History(reader, runs, digits, caption) : Norms(reader, runs, digits, caption);
        return reader.Failed || table is null ? null : table with { Number = number };
    }

    private static Table? History(OptionReader reader, IReadOnlyList<LessonRun> runs, int digits, string caption)
    {
        var last = runs.Min(r => r.LastEpoch);
        var epochs = reader.Options.IsSet(Epochs) ? ReadEpochs(reader, runs) : DefaultEpochs(last);
        var columns = reader.Options.IsSet(Columns) ? ReadColumns(reader, runs) : DefaultColumns(runs);
        if (epochs is null || columns is null) return null;
        var headers = new List<string> { "epoch" };
        foreach (var run in runs)
            headers.AddRange(columns.Select(c => runs.Count > 1 ? $"{run.Label}: {Heading(c)}" : Heading(c)));
        var rows = epochs.Select(epoch => (IReadOnlyList<string>)[RunDescription.Count(epoch),
            .. runs.SelectMany(run => columns.Select(c => Cell(run, c, epoch, digits)))]).ToList();
        return new Table(caption, headers, rows);
    }

    private static Table? Norms(OptionReader reader, IReadOnlyList<LessonRun> runs, int digits, string caption)
    {
        var epoch = EpochOption.Read(reader, Epoch, reader.Options.Get(Epoch), runs);
        if (epoch is null) return null;
        var layers = runs.Max(r => r.Spec.Layers.Count - 1);
        var headers = new List<string> { "layer" };
        headers.AddRange(runs.Select(r => runs.Count > 1 ? $"{r.Label}: ‖∂L/∂W‖" : "‖∂L/∂W‖"));
        var rows = Enumerable.Range(0, layers).Select(l => (IReadOnlyList<string>)[(l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            .. runs.Select(r => l < r.Report.GradNorms[epoch.Value].Count ? NumberFormat.Number(r.Report.GradNorms[epoch.Value][l], digits) : "")]).ToList();
        return new Table(caption, headers, rows);
    }

    /// <summary>0, 1, 10, 100, … up to the last epoch, and the last: where a loss curve changes, on a log scale of time.</summary>
    private static List<int> DefaultEpochs(int last)
    {
        var epochs = new List<int> { 0 };
        for (var e = 1; e < last; e *= 10) epochs.Add(e);
        if (last > 0) epochs.Add(last);
        return epochs;
    }

    private static List<int>? ReadEpochs(OptionReader reader, IReadOnlyList<LessonRun> runs)
    {
        var epochs = new List<int>();
        foreach (var item in reader.Items(Epochs))
            if (EpochOption.Read(reader, Epochs, item, runs) is { } epoch) epochs.Add(epoch);
        return reader.Failed ? null : epochs;
    }

    private static List<string> DefaultColumns(IReadOnlyList<LessonRun> runs) =>
        runs.All(r => r.Classifies) ? ["loss", "accuracy"] : ["loss"];

    private static List<string>? ReadColumns(OptionReader reader, IReadOnlyList<LessonRun> runs)
    {
        var columns = new List<string>();
        foreach (var item in reader.Items(Columns))
        {
            if (reader.Text(Columns, item, "a quantity") is not { } name) continue;
            name = name.Trim();
            if (!LessonRun.Histories.Contains(name))
            {
                var near = SiteGen.Compute.Suggestions.Closest(name, LessonRun.Histories);
                reader.Report(DiagnosticCodes.BadOptionValue, $"'columns' has no '{name}'; " +
                    (near is null ? "it takes " + string.Join(", ", LessonRun.Histories) : $"did you mean '{near}'?"), reader.Locate(Columns, item));
                continue;
            }
            var lacking = runs.FirstOrDefault(r => name.Contains("accuracy") ? !r.Classifies : r.Report.TestLoss is null);
            if (name != "loss" && lacking is not null)
                reader.Report(DiagnosticCodes.BadRunCitation, name.Contains("accuracy") && !lacking.Classifies
                    ? $"run '{lacking.Id}' is a regression, so it has no accuracy"
                    : $"run '{lacking.Id}' holds out no test examples, so it has no {name}", reader.Locate(Columns, item));
            else columns.Add(name);
        }
        return reader.Failed ? null : columns;
    }

    private static string Heading(string quantity) => quantity switch
    {
        "loss" => "training loss",
        "accuracy" => "training accuracy",
        "test_loss" => "test loss",
        _ => "test accuracy",
    };

    private static string Cell(LessonRun run, string quantity, int epoch, int digits) =>
        new RunValue(run.History(quantity)![epoch], digits, LessonRun.IsPercentage(quantity)).Text;

    public override void Render(PageHtmlRenderer renderer, DirectiveBlock block, Table table)
    {
        var html = new StringBuilder();
        html.Append("<thead><tr>").Append(string.Concat(table.Headers.Select(h => $"<th scope=\"col\">{WebUtility.HtmlEncode(h)}</th>"))).Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
            html.Append("<tr><th scope=\"row\">").Append(WebUtility.HtmlEncode(row[0])).Append("</th>")
                .Append(string.Concat(row.Skip(1).Select(c => $"<td>{WebUtility.HtmlEncode(c)}</td>"))).Append("</tr>\n");
        html.Append("</tbody>");
        renderer.EnsureLine();
        renderer.Write(NumberedTable.Html(table.Number, "computed training-table", WebUtility.HtmlEncode(table.Caption), html.ToString()));
    }
}
