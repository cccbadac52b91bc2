using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markdown;

/// <summary>
/// A task list item's box (<c>- [x]</c>) as a disabled checkbox with a name, "Done" or "To do":
/// a form control without a label is a fault to screen readers and accessibility checkers.
/// </summary>
public sealed class LabelledTaskListRenderer : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList task)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(task.Checked ? "[x]" : "[ ]");
            return;
        }
        renderer.Write(task.Checked
            ? "<input type=\"checkbox\" disabled checked aria-label=\"Done\">"
            : "<input type=\"checkbox\" disabled aria-label=\"To do\">");
    }
}
