using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Directives.Syntax;
using SiteGen.Markdown;
using SiteGen.Markdown.Highlighting;
using SiteGen.Training;

namespace SiteGen.Directives.Training;

/// <summary>
/// ```` ```{train} ````: defines a training run by id (its body is a run, as training.md defines
/// it), trains it at build time (or reads it from the cache) and shows a one-line summary with
/// the definition beside it, unless hidden. Figures, tables and {run} citations after it read it by id.
/// </summary>
public sealed partial class TrainDirective : Directive<LessonRun>
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex IdPattern();

    public override string Name => "train";
    public override string Summary =>
        "Trains a small neural network at build time: the body is the run (data, layers, loss, optimiser, epochs, ...); figures, tables and {run} citations read it by its id.";

    private static readonly Option<string?> Id = Option.Text("id",
        "the run's name, which figures, tables and {run} citations use: a letter, then letters, digits, '-' or '_'") with { Required = true };
    private static readonly Option<string?> Label = Option.Text("label", "the run's name in legends and tables (the id when left out); it may cite values with {eval}");
    private static readonly Option<string> Colour = Option.Choice("colour",
        "the run's colour in every figure, so one run keeps its colour through a lesson (by default a figure colours its runs in order)",
        ["auto", .. SiteGen.Figures.Drawing.Palette.SeriesNames]);
    private static readonly Option<bool> Hidden = Option.Boolean("hidden", "train without showing the summary and the definition", false);

    public override IReadOnlyList<OptionSpec> Options { get; } = [Id, Label, Colour, Hidden];
    public override DirectiveBody Body => DirectiveBody.Text;

    public override LessonRun? Compute(DirectiveBlock block, PageComputeContext context)
    {
        var runs = context.State<LessonRuns>();
        var id = block.Options.Get(Id)?.Trim();
        var idAt = block.Options.LocationOf(Id) ?? block.At;
        if (string.IsNullOrEmpty(id)) return null;  // reported as a missing option
        if (!IdPattern().IsMatch(id))
        {
            context.Diagnostics.Report(DiagnosticCodes.BadOptionValue,
                $"run id '{id}' must start with a letter and use only letters, digits, '-' and '_'", idAt);
            return null;
        }
        if (runs.IsDefined(id))
        {
            context.Diagnostics.Report(DiagnosticCodes.DuplicateRun, $"a training run '{id}' is already defined on this page; give this one another id", idAt);
            return null;
        }
        var run = Train(block, context, id);
        if (run is null) runs.AddFailed(id);
        else runs.Add(run);
        return run;
    }

    private static LessonRun? Train(DirectiveBlock block, PageComputeContext context, string id)
    {
        var scope = context.State<LessonScope>().Names;
        var origin = new YamlOrigin(new SourceFile(block.BodyAt.Path, block.BodyAt.Path, block.Body), block.BodyAt.Line, block.BodyAt.Column);
        if (block.Body.Trim().Length == 0)
        {
            context.Diagnostics.Report(DiagnosticCodes.MissingRunKey,
                "this run has no definition; write its data, layers, loss, lr and epochs in the block, one 'key: value' per line", block.At);
            return null;
        }
        var spec = RunReader.Read(block.Body, origin, scope, context.Training.Budget, context.Diagnostics);
        if (spec is null) return null;
        var key = RunCacheKey.Of(spec);
        var outcome = context.Training.Train(spec, key);
        if (outcome.Failure is { } failure)
        {
            context.Diagnostics.Report(DiagnosticCodes.RunDiverged, $"run '{id}': {failure.Message}", block.At);
            return null;
        }
        var written = block.Options.Get(Label) is { } text ? ComputedText.Expand(text, block.Options.LocationOf(Label) ?? block.At, context).Trim() : "";
        var label = written.Length > 0 ? written : id;
        var data = SiteGen.Compute.Training.Dataset.Of(spec.Data, spec.Seed);
        var colour = Array.IndexOf([.. SiteGen.Figures.Drawing.Palette.SeriesNames], block.Options.Get(Colour));
        return new LessonRun(id, label, spec, outcome.Report!, data, key, block.At)
        {
            Definition = block.Body,
            Colour = colour >= 0 ? colour : null,
        };
    }

    public override void Render(PageHtmlRenderer renderer, DirectiveBlock block, LessonRun run)
    {
        if (block.Options.Get(Hidden)) return;
        renderer.EnsureLine();
        renderer.Write($"<div class=\"training-run\" id=\"run-{run.Id}\">\n<p class=\"run-summary\">");
        renderer.Write("<span class=\"run-name\">Run ").WriteEscape(run.Label).Write("</span>: ").WriteEscape(RunDescription.Summary(run)).Write("</p>\n");
        renderer.Write("<details class=\"run-definition\"><summary>How run ").WriteEscape(run.Label).Write(" is defined</summary>\n");
        HighlightedCodeBlockRenderer.WriteBlock(renderer, run.Definition.TrimEnd(), "yaml");
        renderer.Write("</details>\n</div>\n");
    }
}
