using YamlDotNet.RepresentationModel;

namespace SiteGen.Training;

/// <summary>
/// Numbers read from a run: a scalar, a vector or a matrix (row-major), with the node of each
/// top-level item, so that a bad row or target is reported where it is written. Items that came
/// from one expression (a defined matrix `X`) all point at that expression.
/// </summary>
internal sealed record NumberArray(int[] Shape, double[] Data, YamlNode Node, IReadOnlyList<YamlNode> Items)
{
    public int Rank => Shape.Length;
    public int Length => Shape.Length == 0 ? 1 : Shape[0];
    public int RowWidth => Shape.Length == 2 ? Shape[1] : 1;

    public double[] Row(int index) => Data.AsSpan(index * RowWidth, RowWidth).ToArray();
    public double[][] Rows() => Enumerable.Range(0, Length).Select(Row).ToArray();

    public string ShapeText => Rank switch
    {
        0 => "a number",
        1 => $"a list of {Count(Shape[0], "number")}",
        _ => $"{Count(Shape[0], "row")} of {Count(Shape[1], "number")}",
    };

    public static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
