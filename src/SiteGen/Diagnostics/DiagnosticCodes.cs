using SiteGen.Compute.Syntax;

namespace SiteGen.Diagnostics;

/// <summary>
/// Every diagnostic code SiteGen emits. Codes are stable: a code keeps its meaning forever,
/// and the authoring guide documents each one (a test checks that it does).
/// SG10xx files and settings, SG11xx front matter and pages, SG12xx the lesson language,
/// SG13xx links, SG14xx Markdown and directives, SG15xx themes and templates, SG16xx output, SG17xx figures.
/// </summary>
public static class DiagnosticCodes
{
    public const string FileUnreadable = "SG1001";
    public const string NotUtf8 = "SG1002";
    public const string SiteSettingsMissing = "SG1003";
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

    public const string FigureWithoutAlt = "SG1701";
    public const string DuplicateFigureId = "SG1702";
    public const string FigureFontMissing = "SG1703";
    public const string UnknownFigure = "SG1704";
    public const string FigureNotDrawable = "SG1705";

    /// <summary>One line per code, for documentation and tests.</summary>
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new SortedDictionary<string, string>
    {
        [FileUnreadable] = "a file could not be read",
        [NotUtf8] = "a file is not valid UTF-8",
        [SiteSettingsMissing] = "the content folder has no site.yml",
        [ContentDirectoryMissing] = "the content folder does not exist",
        [LinkLoop] = "a symbolic link that leads back to a folder the site already publishes, such as a loop; skipped (warning)",
        [LinkOutsideContent] = "a symbolic link that leads outside the content folder, not published unless site.yml sets 'allow_links_outside_content: true'",
        [NotAFileOrFolder] = "an entry in the content folder that is neither a regular file nor a folder, such as a FIFO, socket or device; skipped unread (warning)",
        [YamlSyntax] = "YAML that does not parse (site.yml, front matter, directive options)",
        [UnknownKey] = "a key SiteGen does not know (warning, with a suggestion for a likely typo)",
        [WrongType] = "a value of the wrong type, such as text where a number belongs",
        [RequiredKeyMissing] = "a required key is missing",
        [InvalidValue] = "a value of the right type that is not allowed",
        [FrontMatterUnclosed] = "front matter opened with --- is never closed",
        [DuplicateUrl] = "two pages, or a page and a content file, would be written to the same place",
        [InvalidSlug] = "a slug with characters that do not belong in a URL",
        [NoTitle] = "a page with neither a title in its front matter nor a heading (warning)",
        [ExpressionSyntax] = "an expression or definition that does not parse",
        [UnknownName] = "a name that is neither defined nor a constant",
        [UnknownFunction] = "a function that is neither a builtin nor defined",
        [BadArguments] = "a call with the wrong number of arguments or an argument it does not have",
        [ShapeMismatch] = "values whose shapes do not fit the operation, such as [2] + [3]",
        [NotFinite] = "a result that is NaN or infinite",
        [Redefined] = "a name defined twice, or a builtin's name defined again",
        [BadArray] = "an array that is neither a vector nor a matrix, such as rows of different lengths, or one of more than a million elements",
        [SymbolicDerivative] = "diff used wrongly (it takes an expression and a name), or a derivative that has no formula, such as f'' of a function that uses sum",
        [ComputeBudget] = "a computation that needs more operations than one expression may take: 200 million, unless site.yml sets max_operations",
        [HiddenGradient] = "a derivative inside grad (or inside another derivative) that cannot itself be differentiated, because its function uses array functions",
        [NestedTooDeeply] = "Markdown nested deeper than the parser allows (quotes, lists, containers or emphasis within one another)",
        [MissingPage] = "a link to a Markdown page that does not exist (warning; error under --strict)",
        [MissingAnchor] = "a link to an anchor that the target page does not have (warning; error under --strict)",
        [UnknownDirective] = "a directive SiteGen does not know; shown as a code block (warning; error under --strict)",
        [UnknownRole] = "an inline role SiteGen does not know; shown as code (warning; error under --strict)",
        [UnknownContainer] = "a ::: container that is not a known callout; its content is kept (warning)",
        [ForeignSyntax] = "syntax of another tool (MkDocs admonitions, Hugo shortcodes, ...) left as text (warning)",
        [UnknownOption] = "a directive option that the directive does not declare",
        [BadOptionValue] = "a directive option whose value has the wrong type or is not allowed",
        [MissingOption] = "a directive option that is required is missing",
        [MathProblem] = "a formula with an unknown command or unbalanced braces; shown marked in the page (warning; error under --strict)",
        [BrokenFence] = "a directive fence whose first line holds a backtick, which CommonMark reads as inline code instead of a block",
        [ThemeNotFound] = "the theme folder does not exist",
        [LayoutMissing] = "the theme lacks a layout the build needs",
        [TemplateSyntax] = "a template that does not parse",
        [TemplateRuntime] = "a template that fails while rendering, such as one reading a value that does not exist",
        [FigureWithoutAlt] = "a figure without ':alt:' text for readers who cannot see it (warning; error under --strict)",
        [DuplicateFigureId] = "two figures on one page with the same id",
        [FigureFontMissing] = "the theme has no figure font (fonts/figure-sans.ttf), so figures cannot be drawn",
        [UnknownFigure] = "a {numref} reference to a figure id that the page does not have",
        [FigureNotDrawable] = "a figure whose numbers cannot be drawn, such as values that overflow every pixel computation",
        [OutputFailed] = "the output folder could not be written",
        [FileExists] = "sitegen new refused to overwrite an existing file",
    };
}
