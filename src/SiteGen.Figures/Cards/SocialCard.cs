using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Cards;

/// <summary>
/// The image a link to a lesson shows when shared (Open Graph, 1200×630): the course name, the
/// lesson's label and title, and beside them the lesson's first figure when it has one. Cards are
/// always light, whatever the reader's theme, since they are seen on other sites.
/// </summary>
public static class SocialCard
{
    public const double Width = 1200;
    public const double Height = 630;

    private const double Band = 24;            // the accent band down the left edge
    private const double Margin = 56;
    private const double Left = Band + Margin;
    private const double Gutter = 48;            // between the title and the figure panel
    private const double SiteTitleSize = 30;
    private const double LabelSize = 28;
    private const double LargestTitle = 66;
    private const double SmallestTitle = 36;
    private const int MaxTitleLines = 3;
    private const double PanelSize = 440;
    private const double PanelPadding = 20;

    private static readonly Ink Paper = Ink.Fixed("#f6f8fa");
    private static readonly Ink PanelPaper = Ink.Fixed("#ffffff");
    private static readonly Ink Accent = Ink.Fixed(Palette.Series[0].Light);
    private static readonly Ink TitleInk = Ink.Fixed(Palette.Text.Light);
    private static readonly Ink Muted = Ink.Fixed(Palette.Muted.Light);
    private static readonly Ink Border = Ink.Fixed(Palette.Grid.Light);

    /// <summary>A card as a scene; <see cref="Png"/> draws it.</summary>
    public static Scene Draw(string title, string siteTitle, string? lessonLabel, Scene? figure, FigureFont font)
    {
        var items = new List<SceneItem>
        {
            Rectangle(0, 0, Width, Height, Paper),
            Rectangle(0, 0, Band, Height, Accent),
        };
        var textRight = figure is null ? Width - Margin : Width - Margin - PanelSize - Gutter;
        var textWidth = textRight - Left;

        // The course name runs above the panel, so it may take the card's whole width.
        var site = TitleLines.Ellipsize(siteTitle, Width - Margin - Left, s => font.Measure(s, SiteTitleSize));
        items.Add(new TextItem(new(Left, Margin), site, SiteTitleSize, Muted, Baseline: TextBaseline.Hanging) { Class = "site" });
        items.AddRange(TitleBlock(title, lessonLabel, textWidth, font));
        if (figure is not null) items.AddRange(FigurePanel(figure));

        var description = lessonLabel is null ? $"{siteTitle}: {title}" : $"{siteTitle}, {lessonLabel}: {title}";
        return new Scene(Width, Height, title, description, items);
    }

    /// <summary>The card drawn as a 1200×630 PNG.</summary>
    public static byte[] Png(string title, string siteTitle, string? lessonLabel, Scene? figure, FigureFont font) =>
        PngWriter.Write(Draw(title, siteTitle, lessonLabel, figure, font), font, scale: 1);

    // The label and title, centred as one block in the space below the course name.
    private static IEnumerable<SceneItem> TitleBlock(string title, string? label, double width, FigureFont font)
    {
        var (lines, size) = FitTitle(title, width, font);
        var lineHeight = size * 1.18;
        var capHeight = size * TextPlacement.CapHeightRatio;
        var labelBlock = label is null ? 0 : LabelSize + 28;
        var blockHeight = labelBlock + capHeight + (lines.Count - 1) * lineHeight;
        const double regionTop = Margin + SiteTitleSize + 40;
        const double regionBottom = Height - Margin;
        var top = regionTop + Math.Max(0, (regionBottom - regionTop - blockHeight) / 2);

        if (label is not null)
        {
            var fitted = TitleLines.Ellipsize(label, width, s => font.Measure(s, LabelSize, bold: true));
            yield return new TextItem(new(Left, top), fitted, LabelSize, Accent, Baseline: TextBaseline.Hanging, Bold: true) { Class = "label" };
        }
        var baseline = top + labelBlock + capHeight;
        foreach (var line in lines)
        {
            yield return new TextItem(new(Left, baseline), line, size, TitleInk, Bold: true) { Class = "title" };
            baseline += lineHeight;
        }
    }

    // The largest size at which the title takes at most three lines without splitting a word;
    // failing that, three lines at the smallest size, the last one cut short.
    private static (List<string> Lines, double Size) FitTitle(string title, double width, FigureFont font)
    {
        for (var size = LargestTitle; size >= SmallestTitle; size -= 2)
        {
            var lines = TitleLines.Wrap(title, width, s => font.Measure(s, size, bold: true), out var splitWord);
            if (lines.Count <= MaxTitleLines && !splitWord) return (lines, size);
        }
        Func<string, double> measure = s => font.Measure(s, SmallestTitle, bold: true);
        var wrapped = TitleLines.Wrap(title, width, measure, out _);
        if (wrapped.Count <= MaxTitleLines) return (wrapped, SmallestTitle);
        var rest = string.Join(' ', wrapped.Skip(MaxTitleLines - 1));
        return ([.. wrapped.Take(MaxTitleLines - 1), TitleLines.Ellipsize(rest, width, measure)], SmallestTitle);
    }

    // The figure scaled to fit a square white panel on the right, centred in it.
    private static IEnumerable<SceneItem> FigurePanel(Scene figure)
    {
        var panelLeft = Width - Margin - PanelSize;
        var panelTop = Height - Margin - PanelSize;
        var panel = Rectangle(panelLeft, panelTop, PanelSize, PanelSize, PanelPaper) with { Stroke = new Stroke(Border, 2) };
        yield return panel with { Class = "panel" };
        var inner = PanelSize - 2 * PanelPadding;
        var scale = Math.Min(inner / figure.Width, inner / figure.Height);
        var offset = new Point(
            panelLeft + (PanelSize - figure.Width * scale) / 2,
            panelTop + (PanelSize - figure.Height * scale) / 2);
        yield return new GroupItem(figure.Items, scale, offset) { Class = "figure" };
    }

    private static PathItem Rectangle(double x, double y, double width, double height, Ink ink) =>
        PathItem.Polygon([new(x, y), new(x + width, y), new(x + width, y + height), new(x, y + height)], new Fill(ink));
}
