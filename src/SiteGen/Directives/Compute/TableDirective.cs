using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Markdown;
using SiteGen.Directives.Figures;
using SiteGen.Directives.Syntax;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Compute;

/// <summary>
/// ```` ```{table} ````: a table computed by the build. One row per value of a variable
/// (`over: h = [1, 0.1, 0.01]`), one column per expression of it, so a table of difference
/// quotients or directional derivatives can never disagree with the lesson's definitions.
/// </summary>
public sealed partial class TableDirective : Directive<TableDirective.Table>, INumberedTable
{
    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?<values>.+)$")]
    private static partial Regex RowVariable();

    public override string Name => "table";
    public override string Summary => "A table computed at build time: one row per value of a variable, one column per expression of it.";
    public override DirectiveBody Body => DirectiveBody.Yaml;
    private static readonly Option<YamlNode?> Over =
        Option.Structured("over", "the rows: a variable and its values, such as 'h = [1, 0.1, 0.01]'", required: true);
    private static readonly Option<YamlNode?> Columns = Option.Structured("columns",
        "the columns: expressions of the variable, or {value: EXPR, label: text}; headers are typeset from the expressions", required: true);

    public override IReadOnlyList<OptionSpec> Options { get; } = [Over, Columns, NumberFormat.DigitsOption, NumberedTable.Id];

    public sealed record Column(string? Label, string Expression, CompiledFunction Function);
    public sealed record Table(FigureNumber Number, string Caption, IReadOnlyList<Column> Columns, IReadOnlyList<double[]> Rows);

    public override Table? Compute(DirectiveBlock block, PageComputeContext context)
    {
        var reader = new OptionReader(block, context);
        var number = context.Figures.Of(block);
        NumberedTable.Anchor(block, reader, number);
        var (variable, values) = ReadRows(reader);
        if (variable is null || values is null) return null;
        var columns = ReadColumns(reader, variable);
        if (reader.Failed) return null;
        var rows = values.Select(v => columns.Select(c => c.Function.Evaluate(v)).ToArray()).ToList();
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns.Count; c++)
                if (!double.IsFinite(rows[r][c]))
                    reader.Report(DiagnosticCodes.NotFinite,
                        $"column {c + 1} ({columns[c].Expression}) is not a finite number at {variable} = {NumberFormat.Number(values[r], 6)}",
                        reader.At(Columns));
        return reader.Failed ? null : new Table(number, block.Argument.Trim(), columns, rows);
    }

    private static (string? Variable, double[]? Values) ReadRows(OptionReader reader)
    {
        if (reader.Options.Get(Over) is not { } node || reader.Text(Over, node, "'name = [values]'") is not { } text) return (null, null);
        var match = RowVariable().Match(text);
        if (!match.Success)
        {
            reader.Report(DiagnosticCodes.BadOptionValue, "'over' must name a variable and its values, such as 'h = [1, 0.1, 0.01]'",
                reader.Locate(Over, node));
            return (null, null);
        }
        var at = reader.Locate(Over, node);
        var values = reader.Vector(Over, match.Groups["values"].Value, at with { Column = at.Column + match.Groups["values"].Index });
        return (match.Groups["name"].Value, values);
    }

    private static List<Column> ReadColumns(OptionReader reader, string variable)
    {
        var columns = new List<Column>();
        foreach (var item in reader.Items(Columns))
        {
            var (label, expression) = (default(string), item);
            if (item is YamlMappingNode)
            {
                if (reader.Fields(Columns, item, "column", "value", "label") is not { } fields) continue;
                if (!fields.TryGetValue("value", out expression!))
                {
                    reader.Report(DiagnosticCodes.MissingOption, "each column needs 'value: EXPR'", reader.Locate(Columns, item));
                    continue;
                }
                if (fields.TryGetValue("label", out var labelNode)) label = reader.Text(Columns, labelNode, "a label");
            }
            if (reader.Function(Columns, expression, variable) is { } function)
                columns.Add(new Column(label, ((YamlScalarNode)expression).Value!, function));
        }
        if (columns.Count == 0 && !reader.Failed)
            reader.Report(DiagnosticCodes.BadOptionValue, "'columns' needs at least one expression", reader.At(Columns));
        return columns;
    }

    public override void Render(PageHtmlRenderer renderer, DirectiveBlock block, Table table)
    {
        var digits = block.Options.Get(NumberFormat.DigitsOption);
        var html = new StringBuilder();
        html.Append("<thead><tr>");
        foreach (var column in table.Columns)
            html.Append("<th scope=\"col\">").Append(column.Label is { } label ? WebUtility.HtmlEncode(label) : Header(column.Expression)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
            html.Append("<tr>").Append(string.Concat(row.Select(v => $"<td>{NumberFormat.Number(v, digits)}</td>"))).Append("</tr>\n");
        html.Append("</tbody>");
        renderer.EnsureLine();
        renderer.Write(NumberedTable.Html(table.Number, "computed", WebUtility.HtmlEncode(table.Caption), html.ToString()));
    }

    /// <summary>
    /// A column's header, typeset from its expression. Checkers and some screen readers find no
    /// text in a header that holds only MathML, so the expression as written is its text, and
    /// the formula is what the eye reads.
    /// </summary>
    private static string Header(string expression) =>
        Parser.ParseExpression(expression).Expr is { } parsed
            ? "<span class=\"visually-hidden\">" + WebUtility.HtmlEncode(expression.Trim()) + "</span><math aria-hidden=\"true\">"
                + ExpressionMathML.Expression(parsed) + "</math>"
            : WebUtility.HtmlEncode(expression);
}
