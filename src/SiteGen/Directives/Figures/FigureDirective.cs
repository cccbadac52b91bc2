using System.Text.RegularExpressions;
using Markdig.Renderers;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;
using SiteGen.Markdown;
using SiteGen.Directives.Syntax;

namespace SiteGen.Directives.Figures;

/// <summary>What a chart's options produced: how to draw it, what it shows, and any HTML shown under it.</summary>
public sealed record ChartPlan(Func<FigureSize, FigureText, FigureStyle, Scene> Draw, string Description, string? ExtraHtml = null)
{
    /// <summary>What else the drawing depends on beyond the fence and the definitions, such as the keys of the training runs it reads.</summary>
    public string CacheInputs { get; init; } = "";
}

/// <summary>What a figure directive leaves for its renderer.</summary>
public sealed record FigureResult(FigureRequest Request, int Number, string Anchor, string Caption, string? ExtraHtml);

/// <summary>
/// The part every figure directive shares: caption (the directive's argument), alt text, id,
/// size, numbering, the cache key and the HTML. A chart directive only reads its own options
/// into a <see cref="ChartPlan"/>. Each chart draws at its own <paramref name="defaultSize"/>.
/// </summary>
public abstract partial class FigureDirective(FigureSize defaultSize) : Directive<FigureResult>
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex IdPattern();

    private static readonly Option<string?> Alt =
        Option.Text("alt", "what the figure shows, for readers who cannot see it (required under --strict)");
    /// <summary>Read when the page is parsed, by <see cref="FigureNumbers"/>, so links may come before the figure.</summary>
    internal static readonly Option<string?> Id =
        Option.Text("id", "anchor for links to the figure (#id) and the name of its SVG and PNG files");
    private static readonly Option<string?> Caption = Option.Text("caption",
        "the caption, instead of the argument: use it to cite computed values with {eval} roles, which a fence's first line cannot hold");

    /// <summary>The drawing's width; its default is the chart's own, so each figure directive declares its size options.</summary>
    protected Option<int> Width { get; } =
        Option.Integer("width", "drawing width in pixels; the figure never grows wider on the page", (int)defaultSize.Width);
    private Option<int> Height { get; } = Option.Integer("height", "drawing height in pixels", (int)defaultSize.Height);

    public override DirectiveBody Body => DirectiveBody.Yaml;
    protected abstract IReadOnlyList<OptionSpec> ChartOptions { get; }

    public override IReadOnlyList<OptionSpec> Options => field ??= [Alt, Id, Caption, Width, Height, .. ChartOptions];

    /// <summary>Reads the chart's own options; null after reporting what is wrong.</summary>
    protected abstract ChartPlan? Plan(OptionReader reader);

    public override FigureResult? Compute(DirectiveBlock block, PageComputeContext context)
    {
        var number = context.Figures.Of(block);
        var reader = new OptionReader(block, context);
        var anchor = Anchor(block, reader, number);
        var size = Size(reader);
        var alt = reader.Label(Alt)?.Trim();
        if (string.IsNullOrEmpty(alt))
            context.Diagnostics.Report(DiagnosticCodes.FigureWithoutAlt,
                $"this {Name} has no ':alt:' text; say what it shows for readers who cannot see it", block.At);
        var plan = Plan(reader);
        if (plan is null || reader.Failed || anchor is null || size is null) return null;
        var caption = block.Options.IsSet(Caption)
            ? reader.Label(Caption)!.Trim()
            : ComputedText.Expand(block.Argument.Trim(), block.ArgumentAt, context);
        if (block.Options.IsSet(Caption) && block.Argument.Trim().Length > 0)
            context.Diagnostics.Report(DiagnosticCodes.DuplicateCaption, "this figure has a caption both after its name and in ':caption:'; the option wins",
                reader.At(Caption));
        var text = new FigureText(string.IsNullOrEmpty(alt) ? (caption.Length > 0 ? caption : plan.Description) : alt, plan.Description);
        var request = new FigureRequest
        {
            Key = CacheKey(block, context, anchor, plan.CacheInputs),
            FileStem = anchor,
            IdPrefix = anchor,
            Size = size.Value,
            At = block.At,
            Text = text,
            Draw = (drawSize, style) => plan.Draw(drawSize, text, style),
        };
        context.State<PageFigures>().Add(request);
        return new FigureResult(request, number.Number, anchor, caption, plan.ExtraHtml);
    }

    public override void Render(PageHtmlRenderer renderer, DirectiveBlock block, FigureResult figure)
    {
        // Throws if the figure stage skipped it, rather than link a file never written.
        FigureHtml.Write(renderer, figure, renderer.Input<FigureDrawings>().Of(figure.Request));
    }

    private static string? Anchor(DirectiveBlock block, OptionReader reader, FigureNumber number)
    {
        var id = number.Anchor;
        if (block.Options.Get(Id)?.Trim() is { Length: > 0 } && !IdPattern().IsMatch(id))
        {
            reader.Report(DiagnosticCodes.BadOptionValue,
                $"figure id '{id}' must start with a letter and use only letters, digits, '-' and '_'", reader.At(Id));
            return null;
        }
        if (!number.RepeatsAnId) return id;
        reader.Report(DiagnosticCodes.DuplicateFigureId, $"another figure on this page already has the id '{id}'", reader.At(Id));
        return null;
    }

    private FigureSize? Size(OptionReader reader)
    {
        var (width, height) = (reader.Options.Get(Width), reader.Options.Get(Height));
        if (width is < 240 or > 2000)
            reader.Report(DiagnosticCodes.BadOptionValue, $"'width' must be from 240 to 2000 pixels, not {width}", reader.At(Width));
        else if (height is < 160 or > 2000)
            reader.Report(DiagnosticCodes.BadOptionValue, $"'height' must be from 160 to 2000 pixels, not {height}", reader.At(Height));
        else return new FigureSize(width, height);
        return null;
    }

    /// <summary>
    /// Everything that determines the drawing: the fence as written, the definitions before it,
    /// the anchor (ids inside the SVG), and the drawing code and font (<see cref="FigureEngine.Fingerprint"/>).
    /// </summary>
    private string CacheKey(DirectiveBlock block, PageComputeContext context, string anchor, string inputs)
    {
        var text = string.Join('\0', FigureEngine.Fingerprint, Name, anchor, block.Raw, context.State<LessonScope>().Definitions, inputs);
        return ContentHash.Of(text);
    }
}
