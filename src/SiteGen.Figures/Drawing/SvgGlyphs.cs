using System.Globalization;
using System.Text;
using SkiaSharp;

namespace SiteGen.Figures.Drawing;

/// <summary>
/// Text as the figure font's own glyph outlines: each glyph a figure uses is written once, in
/// `defs`, and every label is a group of `use` references to them. A figure shown as an image
/// cannot load the page's web fonts, and a system font measures differently from the one the
/// layout was computed with; outlines look the same in every browser and viewer, as the PNG does.
/// Each label's group keeps its characters as its `aria-label`.
/// Outlines are taken at <see cref="Units"/> pixels and written in whole units, so a label's
/// group scales them by its size / <see cref="Units"/>.
/// </summary>
internal sealed class SvgGlyphs(FigureFont font, string idPrefix)
{
    /// <summary>Glyph units per em: a thousandth of an em is far below what any label shows.</summary>
    public const int Units = 1000;

    private readonly Dictionary<(ushort Glyph, bool Bold), string?> _ids = [];
    private readonly StringBuilder _defs = new();

    /// <summary>The `g` that draws a text item, its glyphs placed along the baseline.</summary>
    public SvgElement Text(TextItem text)
    {
        using var skFont = font.CreateFont(Units, text.Bold);
        var glyphs = skFont.GetGlyphs(text.Text);
        var positions = skFont.GetGlyphPositions(glyphs);
        var width = skFont.MeasureText(glyphs);
        var start = text.Anchor switch { TextAnchor.Middle => -width / 2, TextAnchor.End => -width, _ => 0 };

        var uses = new StringBuilder("\n");
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (Id(skFont, glyphs[i], text.Bold) is not { } id) continue;  // a space draws nothing
            uses.Append("<use href=\"#").Append(id).Append('"');
            var x = (int)Math.Round(start + positions[i].X, MidpointRounding.AwayFromZero);
            if (x != 0) uses.Append(" x=\"").Append(x.ToString(CultureInfo.InvariantCulture)).Append('"');
            uses.Append("/>\n");
        }

        // The anchor, then the rotation about it (which turns the baseline shift with the text, as
        // in the PNG), then the shift, then glyph units to pixels.
        var scale = SvgText.Factor(text.Size / Units);
        var shift = TextPlacement.BaselineShift(text.Baseline, text.Size);
        var transform = text.Rotation == 0
            ? $"translate({SvgText.Number(text.At.X)} {SvgText.Number(text.At.Y + shift)}) scale({scale})"
            : $"translate({SvgText.Number(text.At.X)} {SvgText.Number(text.At.Y)}) rotate({SvgText.Number(text.Rotation)}) " +
              $"translate(0 {SvgText.Number(shift)}) scale({scale})";
        var element = new SvgElement("g") { Inner = uses.ToString() };
        element.Geometry.Add(("transform", transform));
        // The characters drawn, for whatever reads the file rather than looks at it.
        element.Geometry.Add(("aria-label", SvgText.Attribute(text.Text)));
        return element;
    }

    /// <summary>The `defs` element with every glyph used so far, or nothing when no text was drawn.</summary>
    public string Defs() => _defs.Length == 0 ? "" : "<defs>\n" + _defs + "</defs>\n";

    private string? Id(SKFont skFont, ushort glyph, bool bold)
    {
        if (_ids.TryGetValue((glyph, bold), out var known)) return known;
        using var path = skFont.GetGlyphPath(glyph);
        var d = path is null || path.IsEmpty ? "" : PathData(path);
        var id = d.Length == 0 ? null : $"{idPrefix}-g{_ids.Count}";
        _ids[(glyph, bold)] = id;
        if (id is not null) _defs.Append("<path id=\"").Append(id).Append("\" d=\"").Append(d).Append("\"/>\n");
        return id;
    }

    // Absolute commands in whole glyph units; the figure font is TrueType, whose outlines are lines
    // and quadratic curves, but cubics and conics (other fonts) are written too.
    private static string PathData(SKPath path)
    {
        var d = new StringBuilder();
        using var iterator = path.CreateRawIterator();
        var points = new SKPoint[4];
        SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move: Command(d, 'M', points[0]); break;
                case SKPathVerb.Line: Command(d, 'L', points[1]); break;
                case SKPathVerb.Quad: Command(d, 'Q', points[1], points[2]); break;
                case SKPathVerb.Cubic: Command(d, 'C', points[1], points[2], points[3]); break;
                case SKPathVerb.Conic:
                    var quads = SKPath.ConvertConicToQuads(points[0], points[1], points[2], iterator.ConicWeight(), 2);
                    for (var q = 1; q + 1 < quads.Length; q += 2) Command(d, 'Q', quads[q], quads[q + 1]);
                    break;
                case SKPathVerb.Close: d.Append('Z'); break;
            }
        }
        return d.ToString();
    }

    private static void Command(StringBuilder d, char command, params ReadOnlySpan<SKPoint> points)
    {
        d.Append(command);
        for (var i = 0; i < points.Length; i++)
        {
            if (i > 0) d.Append(' ');
            Coordinate(d, points[i].X, first: true);
            Coordinate(d, points[i].Y, first: false);
        }
    }

    // A minus sign separates a number from the one before it, so only a non-negative second number needs a space.
    private static void Coordinate(StringBuilder d, float value, bool first)
    {
        var units = (int)Math.Round(value, MidpointRounding.AwayFromZero);
        if (!first && units >= 0) d.Append(' ');
        d.Append(units.ToString(CultureInfo.InvariantCulture));
    }
}
