namespace SiteGen.Markdown.MathML;

/// <summary>A problem found while converting TeX: what went wrong and where, as a character offset into the TeX.</summary>
public sealed record MathProblem(string Message, int Offset);

/// <summary>The MathML written for a formula and the problems met on the way (the MathML is complete either way).</summary>
public sealed record MathResult(string MathML, IReadOnlyList<MathProblem> Problems);
