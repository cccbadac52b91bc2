using SiteGen.Compute.Syntax;

namespace SiteGen.Diagnostics;

/// <summary>
/// Every diagnostic code SiteGen emits. Codes are stable: a code keeps its meaning forever,
/// and the authoring guide documents each one (a test checks that it does).
/// SG10xx files and settings, SG11xx front matter and pages, SG12xx the lesson language,
/// SG13xx links, SG14xx Markdown and directives, SG15xx themes and templates, SG16xx output, SG17xx figures, SG18xx training.
/// </summary>
public static class DiagnosticCodes
{
    public const string FileUnreadable = "SG1001";
    public const string NotUtf8 = "SG1002";
    // SG1003 (no site.yml) is retired: a content folder without site.yml builds with defaults.
    public const string ContentDirectoryMissing = "SG1004";
    public const string LinkLoop = "SG1005";
    public const string LinkOutsideContent = "SG1006";
    public const string NotAFileOrFolder = "SG1007";
    public const string YamlSyntax = "SG1010";
    public const string UnknownKey = "SG1011";
    public const string WrongType = "SG1012";
    public const string RequiredKeyMissing = "SG1013";
    public const string InvalidValue = "SG1014";

    public const string FrontMatterUnclosed = "SG1101";
    public const string DuplicateUrl = "SG1102";
    public const string InvalidSlug = "SG1103";
    public const string NoTitle = "SG1104";

    // The lesson language's own codes, defined where its errors are made.
    public const string ExpressionSyntax = ExpressionError.Codes.Syntax;
    public const string UnknownName = ExpressionError.Codes.UnknownName;
    public const string UnknownFunction = ExpressionError.Codes.UnknownFunction;
    public const string BadArguments = ExpressionError.Codes.Arguments;
    public const string ShapeMismatch = ExpressionError.Codes.Shape;
    public const string NotFinite = ExpressionError.Codes.NotFinite;
    public const string Redefined = ExpressionError.Codes.Redefined;
    public const string BadArray = ExpressionError.Codes.BadValue;
    public const string SymbolicDerivative = ExpressionError.Codes.Symbolic;
    public const string HiddenGradient = ExpressionError.Codes.HiddenGradient;
    public const string ComputeBudget = ExpressionError.Codes.Budget;

    public const string MissingPage = "SG1301";
    public const string MissingAnchor = "SG1302";

    public const string UnknownDirective = "SG1401";
    public const string UnknownRole = "SG1402";
    public const string UnknownContainer = "SG1403";
    public const string ForeignSyntax = "SG1404";
    public const string UnknownOption = "SG1405";
    public const string BadOptionValue = "SG1406";
    public const string MissingOption = "SG1407";
    public const string MathProblem = "SG1408";
    public const string BrokenFence = "SG1409";
    public const string NestedTooDeeply = "SG1410";

    public const string ThemeNotFound = "SG1501";
    public const string LayoutMissing = "SG1502";
    public const string TemplateSyntax = "SG1503";
    public const string TemplateRuntime = "SG1504";

    public const string OutputFailed = "SG1601";
    public const string FileExists = "SG1602";
    public const string PortInUse = "SG1603";

    public const string FigureWithoutAlt = "SG1701";
    public const string DuplicateFigureId = "SG1702";
    public const string FigureFontMissing = "SG1703";
    public const string UnknownFigure = "SG1704";
    public const string FigureNotDrawable = "SG1705";
    public const string TangentOutsideRange = "SG1706";

    public const string UnknownRunKey = "SG1801";
    public const string BadRunValue = "SG1802";
    public const string MissingRunKey = "SG1803";
    public const string RunDoesNotFit = "SG1804";
    public const string TrainingBudget = "SG1805";
    public const string RunDiverged = "SG1806";
    public const string UnknownRun = "SG1807";
    public const string DuplicateRun = "SG1808";
    public const string BadRunCitation = "SG1809";

    // Not one of the lesson language's own codes: both captions given.
    public const string DuplicateCaption = "SG1411";

    /// <summary>
    /// Every code with its default severity and one line for the guide's table. A diagnostic's
    /// severity comes from here, never from where it is reported; --strict makes every warning an error.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticKind> Catalog = new SortedDictionary<string, DiagnosticKind>(new[]
    {
        Kind(FileUnreadable, Severity.Error, "a file could not be read"),
        Kind(NotUtf8, Severity.Error, "a file is not valid UTF-8"),
        Kind(ContentDirectoryMissing, Severity.Error, "the content folder does not exist"),
        Kind(LinkLoop, Severity.Warning, "a symbolic link that leads back to a folder the site already publishes, such as a loop; skipped"),
        Kind(LinkOutsideContent, Severity.Error, "a symbolic link that leads outside the content folder, not published unless site.yml sets 'allow_links_outside_content: true'"),
        Kind(NotAFileOrFolder, Severity.Warning, "an entry in the content folder that is neither a regular file nor a folder, such as a FIFO, socket or device; skipped unread"),
        Kind(YamlSyntax, Severity.Error, "YAML that does not parse (site.yml, front matter, directive options)"),
        Kind(UnknownKey, Severity.Warning, "a key SiteGen does not know, with a suggestion for a likely typo"),
        Kind(WrongType, Severity.Error, "a value of the wrong type, such as text where a number belongs"),
        Kind(RequiredKeyMissing, Severity.Error, "a required key is missing"),
        Kind(InvalidValue, Severity.Error, "a value of the right type that is not allowed"),
        Kind(FrontMatterUnclosed, Severity.Error, "front matter opened with --- is never closed"),
        Kind(DuplicateUrl, Severity.Error, "two pages, or a page and a content file, would be written to the same place"),
        Kind(InvalidSlug, Severity.Error, "a slug with characters that do not belong in a URL"),
        Kind(NoTitle, Severity.Warning, "a page with neither a title in its front matter nor a heading"),
        Kind(ExpressionSyntax, Severity.Error, "an expression or definition that does not parse"),
        Kind(UnknownName, Severity.Error, "a name that is neither defined nor a constant"),
        Kind(UnknownFunction, Severity.Error, "a function that is neither a builtin nor defined"),
        Kind(BadArguments, Severity.Error, "a call with the wrong number of arguments or an argument it does not have"),
        Kind(ShapeMismatch, Severity.Error, "values whose shapes do not fit the operation, such as [2] + [3]"),
        Kind(NotFinite, Severity.Error, "a result that is NaN or infinite"),
        Kind(Redefined, Severity.Error, "a name defined twice, or a builtin's name defined again"),
        Kind(BadArray, Severity.Error, "an array that is neither a vector nor a matrix, such as rows of different lengths, or one of more than a million elements"),
        Kind(SymbolicDerivative, Severity.Error, "diff used wrongly (it takes an expression and a name), a derivative that has no formula, such as f'' of a function that uses sum, or one whose formula grows too large to write out"),
        Kind(ComputeBudget, Severity.Error, "a computation that needs more operations than one expression may take: 200 million, unless site.yml sets max_operations"),
        Kind(HiddenGradient, Severity.Error, "a derivative inside grad (or inside another derivative) that cannot itself be differentiated, because its function uses array functions"),
        Kind(NestedTooDeeply, Severity.Error, "Markdown nested deeper than the parser allows (quotes, lists, containers or emphasis within one another)"),
        Kind(MissingPage, Severity.Warning, "a link to a Markdown page that does not exist"),
        Kind(MissingAnchor, Severity.Warning, "a link to an anchor that the target page does not have"),
        Kind(UnknownDirective, Severity.Warning, "a directive SiteGen does not know; shown as a code block"),
        Kind(UnknownRole, Severity.Warning, "an inline role SiteGen does not know; shown as code"),
        Kind(UnknownContainer, Severity.Warning, "a ::: container that is not a known callout; its content is kept"),
        Kind(ForeignSyntax, Severity.Warning, "syntax of another tool (MkDocs admonitions, Hugo shortcodes, ...) left as text"),
        Kind(UnknownOption, Severity.Error, "a directive option that the directive does not declare"),
        Kind(BadOptionValue, Severity.Error, "a directive option whose value has the wrong type or is not allowed"),
        Kind(MissingOption, Severity.Error, "a directive option that is required is missing"),
        Kind(MathProblem, Severity.Warning, "a formula with an unknown command or unbalanced braces; shown marked in the page"),
        Kind(BrokenFence, Severity.Error, "a directive fence whose first line holds a backtick, which CommonMark reads as inline code instead of a block"),
        Kind(ThemeNotFound, Severity.Error, "the theme folder does not exist"),
        Kind(LayoutMissing, Severity.Error, "the theme lacks a layout the build needs"),
        Kind(TemplateSyntax, Severity.Error, "a template that does not parse"),
        Kind(TemplateRuntime, Severity.Error, "a template that fails while rendering, such as one reading a value that does not exist"),
        Kind(FigureWithoutAlt, Severity.Warning, "a figure without ':alt:' text for readers who cannot see it"),
        Kind(DuplicateFigureId, Severity.Error, "two figures or tables on one page with the same id"),
        Kind(FigureFontMissing, Severity.Error, "the theme has no figure font (fonts/figure-sans.ttf), so figures cannot be drawn"),
        Kind(UnknownFigure, Severity.Warning, "a {numref} reference to a figure id that the page does not have; shown as the id, as a broken link is"),
        Kind(FigureNotDrawable, Severity.Error, "a figure whose numbers cannot be drawn, such as values that overflow every pixel computation"),
        Kind(TangentOutsideRange, Severity.Warning, "a tangent point outside the plot's x range, which draws no tangent"),
        Kind(OutputFailed, Severity.Error, "the output folder could not be written"),
        Kind(FileExists, Severity.Error, "sitegen new or sitegen init refused to overwrite an existing file or write into a folder that is not empty"),
        Kind(PortInUse, Severity.Error, "the port given to 'sitegen serve --port' is in use by another program"),
        Kind(UnknownRunKey, Severity.Error, "a key that a training run does not have, with a suggestion for a likely typo"),
        Kind(BadRunValue, Severity.Error, "a training run's value of the wrong type or not allowed, such as a learning rate of 0 or an optimiser setting the optimiser does not use"),
        Kind(MissingRunKey, Severity.Error, "a training run without a key it needs: data, layers, loss, lr or epochs"),
        Kind(RunDoesNotFit, Severity.Error, "a training run whose parts do not fit together, such as widths that differ from the data's or from explicit weights, or targets the loss cannot read"),
        Kind(TrainingBudget, Severity.Error, "a training run that costs more (parameters × training examples × epochs) than the site's training budget, unless site.yml sets max_training_cost"),
        Kind(RunDiverged, Severity.Error, "a training run whose loss or gradient became NaN or infinite, unless it sets 'allow-divergence: true'"),
        Kind(UnknownRun, Severity.Error, "a figure or citation naming a run id that is not defined earlier on the page"),
        Kind(DuplicateRun, Severity.Error, "two training runs on one page with the same id"),
        Kind(BadRunCitation, Severity.Error, "a citation of a run's number that does not exist, such as an unknown quantity or an epoch or layer out of range"),
        Kind(DuplicateCaption, Severity.Warning, "a figure with a caption both after its name and in ':caption:'; the option wins"),
    }.ToDictionary(k => k.Code), StringComparer.Ordinal);

    private static DiagnosticKind Kind(string code, Severity severity, string title) => new(code, severity, title);

    /// <summary>The catalogue entry of a code; a code missing from it is a bug, caught by the tests.</summary>
    public static DiagnosticKind Of(string code) =>
        Catalog.TryGetValue(code, out var kind) ? kind : throw new ArgumentException($"diagnostic code {code} is not in the catalogue", nameof(code));
}
