using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>
/// Where a piece of YAML sits in its source file, so that any node parsed from it, however
/// deeply nested, can be reported at its own line and column.
/// </summary>
public sealed record YamlOrigin(SourceFile File, int FirstLine, int FirstColumn)
{
    public SourceLocation Locate(Mark mark) => YamlText.Locate(File, mark, FirstLine, FirstColumn);

    /// <summary>The node's first character of content: past the opening quote of a quoted scalar.</summary>
    public SourceLocation Locate(YamlNode node)
    {
        var at = Locate(node.Start);
        return node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } ? at with { Column = at.Column + 1 } : at;
    }
}
