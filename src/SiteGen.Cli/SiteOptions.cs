using System.CommandLine;
using SiteGen.Build;

namespace SiteGen.Cli;

/// <summary>The options `build` and `serve` share, declared once.</summary>
public sealed class SiteOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "The content folder (site.yml and Markdown).", DefaultValueFactory = _ => "content" };
    public Option<string> Out { get; } = new("--out") { Description = "The output folder, replaced when the build succeeds.", DefaultValueFactory = _ => "output" };
    public Option<string?> Theme { get; } = new("--theme") { Description = "The theme folder (default: themes/NAME from site.yml, found beside or above the content folder, else the built-in theme)." };
    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat every warning as an error." };
    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include pages marked 'draft: true'." };
    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Draw every figure afresh instead of reusing unchanged ones from .sitegen-cache/ beside the output folder." };

    /// <summary>Adds the options; `check`, which is always strict, leaves out --strict.</summary>
    public void AddTo(Command command, bool strictOption = true)
    {
        command.Add(Content);
        command.Add(Out);
        command.Add(Theme);
        if (strictOption) command.Add(Strict);
        command.Add(Drafts);
        command.Add(NoCache);
    }

    public BuildOptions Read(ParseResult parse, string? baseUrl, bool? strict = null) =>
        new(parse.GetValue(Content)!, parse.GetValue(Out)!, parse.GetValue(Theme), baseUrl, strict ?? parse.GetValue(Strict), parse.GetValue(Drafts))
        {
            NoCache = parse.GetValue(NoCache),
            BuiltInTheme = BuiltIn.Theme,
        };
}
