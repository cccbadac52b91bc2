namespace SiteGen.Tests.Cli;

public class NewCommandTests
{
    private static (int Code, string Out, string Err) NewLesson(TestSite site, string title) =>
        Cli.Run("new", "lesson", title, "--content", site.Content);

    private static IReadOnlyList<string> Lessons(TestSite site) =>
        TestSite.FilesUnder(Path.Combine(site.Content, "lessons"));

    [Fact]
    public void The_first_lesson_is_number_01()
    {
        using var site = new TestSite();
        var (code, output, error) = NewLesson(site, "My Title");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(["01-my-title.md"], Lessons(site));
        Assert.Equal($"Created {site.Content}/lessons/01-my-title.md", output.Trim());
    }

    [Fact]
    public void A_new_lesson_is_numbered_after_the_existing_ones()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n", ["lessons/07-b.md"] = "# B\n", ["lessons/index.md"] = "# Lessons\n",
        });

        Assert.Equal(0, NewLesson(site, "Chain Rule: the Basics!").Code);

        Assert.Contains("08-chain-rule-the-basics.md", Lessons(site));
    }

    [Fact]
    public void A_new_lesson_has_its_title_and_weight_in_front_matter()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = "# A\n" });
        NewLesson(site, "Say \"hi\" \\ bye");

        var text = File.ReadAllText(Path.Combine(site.Content, "lessons/02-say-hi-bye.md"));
        var bag = new SiteGen.Diagnostics.DiagnosticBag();
        var (meta, _) = SiteGen.Content.FrontMatter.Split(new SiteGen.Content.SourceFile("x", "x", text), bag);
        Assert.Empty(bag.Items);
        Assert.Equal("Say \"hi\" \\ bye", meta.Title);
        Assert.Equal(2, meta.Weight);
    }

    [Theory]
    [InlineData("Evil\ndraft: true", "a line break (U+000A) at position 5")]
    [InlineData("Evil\r\nweight: 0", "a line break (U+000D) at position 5")]
    [InlineData("Tab\there", "a control character (U+0009) at position 4")]
    [InlineData("Red \u001b[31m", "a control character (U+001B) at position 5")]
    [InlineData("Line\u2028separator", "a line break (U+2028) at position 5")]
    public void A_title_with_a_line_break_or_control_character_is_wrong_usage(string title, string found)
    {
        using var site = new TestSite();
        var (code, output, error) = NewLesson(site, title);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"sitegen: the title contains {found}; give it as one line of text", error);
        Assert.False(Directory.Exists(Path.Combine(site.Content, "lessons")));
    }

    [Theory]
    [InlineData("Limits: a \"review\" # not a comment")]
    [InlineData("- [x] 'single' & *star* {braces}: done")]
    [InlineData("Ends with a backslash \\")]
    [InlineData("% @ ` | > ! ? ~ null")]
    public void A_title_with_quotes_or_a_colon_reads_back_as_it_was_given(string title)
    {
        using var site = new TestSite();
        Assert.Equal(0, NewLesson(site, title).Code);

        var path = Path.Combine(site.Content, "lessons", Assert.Single(Lessons(site)));
        var bag = new SiteGen.Diagnostics.DiagnosticBag();
        var (meta, _) = SiteGen.Content.FrontMatter.Split(new SiteGen.Content.SourceFile("x", "x", File.ReadAllText(path)), bag);
        Assert.Empty(bag.Items);
        Assert.Equal(title, meta.Title);
        Assert.Equal(1, meta.Weight);
    }

    [Fact]
    public void A_new_lesson_builds_without_a_single_diagnostic()
    {
        using var site = new TestSite();
        NewLesson(site, "Gradients");

        Assert.Equal(0, Cli.Build(site, "--strict").Code);
        var page = site.Page("lessons/gradients/index.html");
        Assert.Contains("Gradients", page);
        Assert.Contains("the slope of f at 3 is <span class=\"eval-value\">6</span>", page);
        Assert.Contains("<figure class=\"figure\" id=\"figure-1\"", page);
    }

    [Fact]
    public void An_existing_lesson_is_never_overwritten()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-my-title.md"] = "# Mine\n\nDo not lose this.\n" });

        NewLesson(site, "My Title");

        Assert.Equal("# Mine\n\nDo not lose this.\n", File.ReadAllText(Path.Combine(site.Content, "lessons/01-my-title.md")));
    }

    [Fact]
    public void A_lesson_whose_name_is_taken_is_refused_whatever_its_number()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/03-my-title.md"] = "# Mine\n" });

        var (code, _, error) = NewLesson(site, "My Title");

        Assert.Equal(1, code);
        Assert.StartsWith("sitegen: error SG1602: ", error);
        Assert.Equal(["03-my-title.md"], Lessons(site));
    }

    [Fact]
    public void Running_new_lesson_twice_with_one_title_creates_one_lesson()
    {
        using var site = new TestSite();

        Assert.Equal(0, NewLesson(site, "My Title").Code);
        Assert.Equal(1, NewLesson(site, "My Title").Code);

        Assert.Equal(["01-my-title.md"], Lessons(site));
    }

    [Fact]
    public void A_title_without_letters_or_digits_is_refused()
    {
        using var site = new TestSite();
        var (code, _, error) = NewLesson(site, "!!!");

        Assert.Equal(1, code);
        Assert.StartsWith("sitegen: error SG1103: ", error);
        Assert.False(Directory.Exists(Path.Combine(site.Content, "lessons")));
    }

    [Fact]
    public void A_title_is_required()
    {
        Assert.Equal(2, Cli.Run("new", "lesson").Code);
    }
}
