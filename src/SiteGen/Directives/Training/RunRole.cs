using SiteGen.Directives.Syntax;
using SiteGen.Markdown;

namespace SiteGen.Directives.Training;

/// <summary>{run}`deep.loss`: a number a training run produced, inside a sentence, so no trained number is typed by hand.</summary>
public sealed class RunRole : Role<RunValue>
{
    public override string Name => "run";
    public override string Summary =>
        "A number from a training run: {run}`deep.loss` (final loss), {run}`deep.accuracy[100]` (at epoch 100), {run}`deep.grad_norm[0][1]:3` (layer 1 at initialisation, 3 digits).";

    public override RunValue? Compute(RoleInline role, PageComputeContext context) =>
        RunCitation.Evaluate(role.Text, role.TextAt, context.State<LessonRuns>(), context.Diagnostics);

    public override void Render(PageHtmlRenderer renderer, RoleInline role, RunValue value) =>
        renderer.Write("<span class=\"eval-value\">").WriteEscape(value.Text).Write("</span>");
}
