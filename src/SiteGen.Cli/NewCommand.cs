using System.CommandLine;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>`sitegen new lesson "Title"`: creates the next numbered lesson file.</summary>
public static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var title = new Argument<string>("title") { Description = "The lesson's title." };
        // A title that cannot be written as one line is wrong usage (exit 2), refused before any file is touched.
        title.Validators.Add(result =>
        {
            if (LessonScaffold.TitleProblem(result.GetValueOrDefault<string>() ?? "") is { } problem) result.AddError(problem);
        });
        var content = new Option<string>("--content") { Description = "The content folder.", DefaultValueFactory = _ => "content" };
        var lesson = new Command("lesson", "Create the next lesson, numbered after the existing ones.") { title, content };
        lesson.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var path = LessonScaffold.Create(parse.GetValue(content)!, parse.GetValue(title)!, diagnostics);
            CliApp.Print(diagnostics.Items, error);
            if (path is null) return CliApp.InputErrors;
            output.WriteLine($"Created {SourceFile.DisplayPathOf(Path.GetFullPath(path))}");
            return CliApp.Success;
        });
        return new Command("new", "Create new content from a skeleton.") { lesson };
    }
}
