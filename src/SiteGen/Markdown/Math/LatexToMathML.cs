namespace SiteGen.Markdown.MathML;

/// <summary>
/// Converts the TeX of a formula into MathML at build time, so pages show math without any
/// script. Never throws: whatever cannot be converted is shown in an &lt;merror&gt; and reported
/// as a problem with its character offset into the TeX.
/// </summary>
public static class LatexToMathML
{
    public const string Namespace = "http://www.w3.org/1998/Math/MathML";

    public static MathResult Convert(string latex, bool display)
    {
        latex ??= "";
        var parser = new MathParser(latex, display);
        string body;
        try
        {
            body = parser.ParseAll();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A safety net only: the parser is written not to throw, and the fuzz tests check it.
            parser.Problems.Add(new MathProblem("Could not convert this formula: " + exception.Message, 0));
            body = MathParser.Error(latex);
        }
        var open = display
            ? $"<math xmlns=\"{Namespace}\" display=\"block\">"
            : $"<math xmlns=\"{Namespace}\">";
        return new MathResult(open + body + "</math>", parser.Problems);
    }
}
