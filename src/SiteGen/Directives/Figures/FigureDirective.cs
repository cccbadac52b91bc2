using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers;
using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;
using SiteGen.Markdown;

namespace SiteGen.Directives.Figures;

/// <summary>What a chart's options produced: how to draw it, what it shows, and any HTML shown under it.</summary>
public sealed record ChartPlan(Func<FigureSize, FigureText, FigureStyle, Scene> Draw, string Description, string? ExtraHtml = null);

/// <summary>What a figure directive leaves for its renderer.</summary>
public sealed record FigureResult(FigureRequest Request, int Number, string Anchor, string Caption, string? ExtraHtml);

/// <summary>
/// The part every figure directive shares: caption (the directive's argument), alt text, id,
/// size, numbering, the cache key and the HTML. A chart directive only reads its own options
/// into a <see cref="ChartPlan"/>.
/// </summary>
public abstract partial class FigureDirective : IDirective
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex IdPattern();

    public abstract string Name { get; }
    public abstract string Summary { get; }
    public DirectiveBody Body => DirectiveBody.Yaml;
    protected abstract FigureSize DefaultSize { get; }
    protected abstract IReadOnlyList<OptionSpec> ChartOptions { get; }

    public IReadOnlyList<OptionSpec> Options => field ??=
    [
        new OptionSpec("alt", OptionKind.Text, "what the figure shows, for readers who cannot see it (required under --strict)"),
        new OptionSpec("id", OptionKind.Text, "anchor for links to the figure (#id) and the name of its SVG and PNG files"),
        new OptionSpec("caption", OptionKind.Text,
            "the caption, instead of the argument: use it to cite computed values with {eval} roles, which a fence's first line cannot hold"),
        new OptionSpec("width", OptionKind.Integer, "drawing width in pixels; the figure never grows wider on the page", (int)DefaultSize.Width),
        new OptionSpec("height", OptionKind.Integer, "drawing height in pixels", (int)DefaultSize.Height),
        .. ChartOptions,
    ];

    /// <summary>Reads the chart's own options; null after reporting what is wrong.</summary>
    protected abstract ChartPlan? Plan(OptionReader reader);

    public void Execute(DirectiveBlock block, PageComputeContext context)
    {
        var figures = context.State<PageFigures>();
        var number = figures.Next();
        var reader = new OptionReader(block, context);
        var anchor = Anchor(block, reader, figures, number);
        var size = Size(reader);
        var alt = reader.Label("alt")?.Trim();
        if (string.IsNullOrEmpty(alt))
            context.Diagnostics.Warning(DiagnosticCodes.FigureWithoutAlt,
                $"this {Name} has no ':alt:' text; say what it shows for readers who cannot see it", block.At);
        var plan = Plan(reader);
        if (plan is null || reader.Failed || anchor is null || size is null) return;
        var caption = block.Options.IsSet("caption")
            ? reader.Label("caption")!.Trim()
            : ComputedText.Expand(block.Argument.Trim(), block.ArgumentAt, reader.Scope, context.Diagnostics);
        if (block.Options.IsSet("caption") && block.Argument.Trim().Length > 0)
            context.Diagnostics.Warning(DiagnosticCodes.BadOptionValue, "this figure has a caption both after its name and in ':caption:'; the option wins",
                reader.At("caption"));
        var text = new FigureText(string.IsNullOrEmpty(alt) ? (caption.Length > 0 ? caption : plan.Description) : alt, plan.Description);
        var request = new FigureRequest
        {
            Key = CacheKey(block, context, anchor),
            FileStem = anchor,
            IdPrefix = anchor,
            Size = size.Value,
            At = block.At,
            Text = text,
            Draw = (drawSize, style) => plan.Draw(drawSize, text, style),
        };
        figures.Add(request);
        block.Result = new FigureResult(request, number, anchor, caption, plan.ExtraHtml);
    }

    public void Render(HtmlRenderer renderer, DirectiveBlock block)
    {
        if (block.Result is FigureResult result) FigureHtml.Write(renderer, result);
    }

    private static string? Anchor(DirectiveBlock block, OptionReader reader, PageFigures figures, int number)
    {
        var id = block.Options.Text("id")?.Trim();
        if (string.IsNullOrEmpty(id)) id = $"figure-{number}";
        else if (!IdPattern().IsMatch(id))
        {
            reader.Error(DiagnosticCodes.BadOptionValue,
                $"figure id '{id}' must start with a letter and use only letters, digits, '-' and '_'", reader.At("id"));
            return null;
        }
        if (figures.Claim(id)) return id;
        reader.Error(DiagnosticCodes.DuplicateFigureId, $"another figure on this page already has the id '{id}'", reader.At("id"));
        return null;
    }

    private static FigureSize? Size(OptionReader reader)
    {
        var (width, height) = (reader.Options.Integer("width")!.Value, reader.Options.Integer("height")!.Value);
        if (width is < 240 or > 2000)
            reader.Error(DiagnosticCodes.BadOptionValue, $"'width' must be from 240 to 2000 pixels, not {width}", reader.At("width"));
        else if (height is < 160 or > 2000)
            reader.Error(DiagnosticCodes.BadOptionValue, $"'height' must be from 160 to 2000 pixels, not {height}", reader.At("height"));
        else return new FigureSize(width, height);
        return null;
    }

    /// <summary>
    /// Everything that determines the drawing: the fence as written, the definitions before it,
    /// the anchor (ids inside the SVG), and the drawing code and font (<see cref="FigureEngine.Fingerprint"/>).
    /// </summary>
    private string CacheKey(DirectiveBlock block, PageComputeContext context, string anchor)
    {
        var text = string.Join('\0', FigureEngine.Fingerprint, Name, anchor, block.Raw, context.State<LessonScope>().Definitions);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
