using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Directives.Training;

/// <summary>
/// A network parameter as a lesson names it, counted from 1 as the text says them: `W2[1,3]` is
/// layer 2's weight from input 3 to unit 1 (row 1, column 3 of W₂), `b1[2]` layer 1's bias of unit 2.
/// </summary>
public sealed partial record ParameterName(bool Weight, int Layer, int Row, int Column)
{
    [GeneratedRegex(@"^\s*(?<kind>[Wb])(?<layer>\d+)\s*\[\s*(?<row>\d+)\s*(,\s*(?<column>\d+)\s*)?\]\s*$")]
    private static partial Regex Shape();

    public static ParameterName? Parse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success) return null;
        var weight = match.Groups["kind"].Value == "W";
        if (weight != match.Groups["column"].Success) return null;
        int Read(string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 1;
        return new ParameterName(weight, Read("layer"), Read("row"), Read("column"));
    }

    /// <summary>What is wrong with this name in a network of these widths, or null.</summary>
    public string? Problem(IReadOnlyList<int> layers)
    {
        var count = layers.Count - 1;
        if (Layer < 1 || Layer > count) return $"the network has layers 1 to {count}, so it has no layer {Layer}";
        var (rows, columns) = (layers[Layer], layers[Layer - 1]);
        if (Row < 1 || Row > rows) return $"layer {Layer} has {rows} unit{(rows == 1 ? "" : "s")}, so it has no row {Row}";
        if (Weight && (Column < 1 || Column > columns)) return $"layer {Layer} takes {columns} input{(columns == 1 ? "" : "s")}, so W{Layer} has no column {Column}";
        return null;
    }

    public override string ToString() => Weight ? $"W{Layer}[{Row},{Column}]" : $"b{Layer}[{Row}]";
}
