using SiteGen.Diagnostics;
using SiteGen.Directives;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Directives;

/// <summary>Options are read back by their typed declarations, each with its default in that one place.</summary>
public class DirectiveOptionsTests
{
    private static readonly Option<int> Digits = Option.Integer("digits", "significant digits", 6);
    private static readonly Option<bool> Hidden = Option.Boolean("hidden", "define without showing", false);
    private static readonly Option<string?> Caption = Option.Text("caption", "the caption");
    private static readonly Option<string> Show = Option.Choice("show", "what to show", "both", "value");
    private static readonly Option<YamlNode> Steps = Option.Structured("steps", "how many steps", @default: "20");
    private static readonly IReadOnlyList<OptionSpec> Declared = [Digits, Hidden, Caption, Show, Steps];

    private static readonly SourceLocation At = new("lesson.md", 3, 1);

    private static DirectiveOptions Bind(params RawOption[] written) =>
        DirectiveOptions.Bind("eval", Declared, written, At, new DiagnosticBag());

    private static RawOption Written(string name, string text) => new(name, At, text, null, At with { Column = 10 });

    [Fact]
    public void An_option_left_out_reads_its_declared_default()
    {
        var options = Bind();
        Assert.Equal(6, options.Get(Digits));
        Assert.False(options.Get(Hidden));
        Assert.Null(options.Get(Caption));
        Assert.Equal("both", options.Get(Show));
        Assert.False(options.IsSet(Digits));
        Assert.Null(options.LocationOf(Digits));
    }

    [Fact]
    public void An_option_written_reads_as_its_type_and_knows_where_it_was_written()
    {
        var options = Bind(Written("digits", "3"), Written("hidden", ""), Written("show", "value"));
        Assert.Equal(3, options.Get(Digits));
        Assert.True(options.Get(Hidden));
        Assert.Equal("value", options.Get(Show));
        Assert.True(options.IsSet(Digits));
        Assert.Equal(At with { Column = 10 }, options.LocationOf(Digits));
    }

    [Fact]
    public void A_structured_default_reads_as_if_the_author_had_written_it()
    {
        Assert.Equal("20", Assert.IsType<YamlScalarNode>(Bind().Get(Steps)).Value);
        Assert.Equal("20", Steps.Default);
    }

    [Fact]
    public void A_container_directive_reads_every_default()
    {
        var options = DirectiveOptions.Defaults("note", Declared);
        Assert.Equal(6, options.Get(Digits));
        Assert.False(options.IsSet(Caption));
    }

    [Fact]
    public void Reading_an_option_the_directive_does_not_declare_fails_loudly()
    {
        var elsewhere = Option.Integer("digits", "another directive's digits", 4);
        var error = Assert.Throws<ArgumentException>(() => Bind().Get(elsewhere));
        Assert.StartsWith("'digits' is not an option of the directive 'eval'", error.Message);
    }
}
