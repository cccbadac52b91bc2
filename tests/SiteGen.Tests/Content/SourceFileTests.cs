using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Content;

public class SourceFileTests
{
    private static (SourceFile? File, List<string> Diagnostics) Decode(byte[] bytes)
    {
        var bag = new DiagnosticBag();
        var file = SourceFile.Decode("/site/content/page.md", "page.md", bytes, bag);
        return (file, bag.Items.Select(d => d.ToString()).ToList());
    }

    private static byte[] Bytes(params object[] parts) =>
        parts.SelectMany(p => p is string s ? Encoding.UTF8.GetBytes(s) : [(byte)(int)p]).ToArray();

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error_at_the_bad_byte()
    {
        var (file, diagnostics) = Decode(Bytes("line one\nab", 0xFF, "cd\n"));

        Assert.Null(file);
        Assert.StartsWith("page.md(2,3): error SG1002: ", Assert.Single(diagnostics));
    }

    [Fact]
    public void The_column_of_a_bad_byte_counts_characters_not_bytes()
    {
        // "é" and "€" are two and three bytes, one column each; 0xC3 followed by '(' is invalid.
        var (_, diagnostics) = Decode(Bytes("ok é € x", 0xC3, "(\n"));

        Assert.StartsWith("page.md(1,9): error SG1002: ", Assert.Single(diagnostics));
    }

    [Fact]
    public void A_latin1_file_is_reported_at_its_first_accented_letter()
    {
        var (_, diagnostics) = Decode(Encoding.Latin1.GetBytes("---\ntitle: Caf\u00e9\n---\n"));

        Assert.StartsWith("page.md(2,11): error SG1002: ", Assert.Single(diagnostics));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        var (file, diagnostics) = Decode(Bytes(0xEF, 0xBB, 0xBF, "---\ntitle: A\n---\n"));

        Assert.Empty(diagnostics);
        Assert.StartsWith("---", file!.Text);
    }

    [Fact]
    public void Windows_and_old_mac_line_endings_become_newlines()
    {
        var (file, _) = Decode(Bytes("a\r\nb\rc\n"));

        Assert.Equal("a\nb\nc\n", file!.Text);
    }
}
