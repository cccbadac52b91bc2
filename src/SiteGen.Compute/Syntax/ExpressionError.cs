namespace SiteGen.Compute.Syntax;

/// <summary>
/// A problem in an expression: a stable code, a message for the author, and where it is in
/// the expression's text. The site maps the position into the lesson file.
/// </summary>
public sealed record ExpressionError(string Code, string Message, TextSpan Span)
{
    /// <summary>Codes of the lesson language, SG12xx; documented in the authoring guide.</summary>
    public static class Codes
    {
        public const string Syntax = "SG1201";
    }
}

/// <summary>Thrown inside the parser to stop at the first error; never escapes the parser.</summary>
internal sealed class ExpressionErrorException(ExpressionError error) : Exception(error.Message)
{
    public ExpressionError Error { get; } = error;
}
