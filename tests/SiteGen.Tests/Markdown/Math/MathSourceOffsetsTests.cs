using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using SiteGen.Markdown;
using SiteGen.Directives.Syntax;
using SiteGen.Markdown.MathML;

namespace SiteGen.Tests.Markdown.MathML;

public class MathSourceOffsetsTests
{
    [Fact]
    public void An_inline_problem_maps_to_its_place_in_the_markdown()
    {
        const string markdown = "Some text\nand $a + \\foo$ here.\n";
        var math = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Create()).Descendants<MathInline>().Single();

        var problem = Assert.Single(LatexToMathML.Convert(math.Content.ToString(), false).Problems);

        Assert.Equal(markdown.IndexOf("\\foo"), MathSourceOffsets.ToMarkdownOffset(math, problem.Offset));
    }

    [Fact]
    public void A_block_problem_on_a_later_line_maps_to_that_line()
    {
        const string markdown = "Intro.\n\n$$\nx = 1\n  + \\bar{y} \\foo\n$$\n";
        var math = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Create()).Descendants<MathBlock>().Single();

        var problem = Assert.Single(LatexToMathML.Convert(math.Lines.ToString(), true).Problems);

        Assert.Equal(markdown.IndexOf("\\foo"), MathSourceOffsets.ToMarkdownOffset(math, problem.Offset));
    }
}
