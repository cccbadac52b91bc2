using SiteGen.Content;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Syntax;

/// <summary>
/// A `:key: [a, b]` value read as YAML, so that a list option takes the same values in the
/// `:key:` form as in an options block (`:x: [-1, 1]` is the range from -1 to 1).
/// </summary>
public static class FlowValue
{
    // The value is parsed as the mapping "_: VALUE", whose value starts three columns in.
    private const string Key = "_: ";

    /// <summary>Where the parsed value's nodes sit: its text starts at <paramref name="valueAt"/>.</summary>
    public static YamlOrigin Origin(SourceFile file, SourceLocation valueAt) => new(file, valueAt.Line, valueAt.Column - Key.Length);

    /// <summary>The YAML node the text is, or null after reporting why it is not YAML.</summary>
    public static YamlNode? Parse(string text, YamlOrigin origin, DiagnosticBag diagnostics)
    {
        var mapping = YamlText.ParseMapping(Key + text, origin.File, origin.FirstLine, origin.FirstColumn, diagnostics);
        return mapping?.Children.Single().Value;
    }
}
