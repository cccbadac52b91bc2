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
        public const string UnknownName = "SG1202";
        public const string UnknownFunction = "SG1203";
        public const string Arguments = "SG1204";
        public const string Shape = "SG1205";
        public const string NotFinite = "SG1206";
        public const string Redefined = "SG1207";
        public const string BadValue = "SG1208";
        /// <summary>diff used wrongly, or a derivative that cannot be written as a formula.</summary>
        public const string Symbolic = "SG1209";
        /// <summary>A derivative inside grad(...) that grad cannot differentiate in turn.</summary>
        public const string HiddenGradient = "SG1210";
        /// <summary>A computation that needs more work than one expression may take.</summary>
        public const string Budget = "SG1211";
    }
}

/// <summary>Thrown inside the parser and evaluator to stop at the first error; never escapes them.</summary>
internal sealed class ExpressionErrorException(ExpressionError error) : Exception(error.Message)
{
    public ExpressionError Error { get; } = error;
}
