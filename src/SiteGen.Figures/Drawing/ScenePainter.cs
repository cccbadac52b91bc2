using SkiaSharp;

namespace SiteGen.Figures.Drawing;

/// <summary>Paints scene items on a Skia canvas, matching what <see cref="SvgWriter"/> writes.</summary>
internal sealed class ScenePainter(SKCanvas canvas, FigureFont font, bool dark)
{
    public static SKColor Colour(Ink ink, bool dark, double opacity)
    {
        var rgb = dark ? ink.Dark : ink.Light;
        return new SKColor(rgb.R, rgb.G, rgb.B, (byte)Math.Round(Math.Clamp(opacity, 0, 1) * 255));
    }

    public void Paint(IReadOnlyList<SceneItem> items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case PathItem path: DrawPath(path); break;
                case CircleItem circle: DrawCircle(circle); break;
                case TextItem text: DrawText(text); break;
                case GroupItem group: DrawGroup(group); break;
                default: throw new NotSupportedException($"the PNG writer cannot draw a {item.GetType().Name}");
            }
        }
    }

    private void DrawPath(PathItem item)
    {
        using var builder = new SKPathBuilder();
        foreach (var piece in item.Pieces)
        {
            if (piece.Count == 0) continue;
            builder.MoveTo((float)piece[0].X, (float)piece[0].Y);
            for (var i = 1; i < piece.Count; i++) builder.LineTo((float)piece[i].X, (float)piece[i].Y);
            if (item.Closed) builder.Close();
        }
        using var path = builder.Detach();
        if (item.Fill is { } fill)
        {
            using var paint = FillPaint(fill);
            canvas.DrawPath(path, paint);
        }
        if (item.Stroke is { } stroke)
        {
            using var paint = StrokePaint(stroke);
            canvas.DrawPath(path, paint);
        }
    }

    private void DrawCircle(CircleItem item)
    {
        var (x, y, r) = ((float)item.Centre.X, (float)item.Centre.Y, (float)item.Radius);
        if (item.Fill is { } fill)
        {
            using var paint = FillPaint(fill);
            canvas.DrawCircle(x, y, r, paint);
        }
        if (item.Stroke is { } stroke)
        {
            using var paint = StrokePaint(stroke);
            canvas.DrawCircle(x, y, r, paint);
        }
    }

    private void DrawText(TextItem item)
    {
        using var skFont = font.CreateFont(item.Size, item.Bold);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Colour(item.Ink, dark, 1) };
        var align = item.Anchor switch { TextAnchor.Middle => SKTextAlign.Center, TextAnchor.End => SKTextAlign.Right, _ => SKTextAlign.Left };
        canvas.Save();
        canvas.Translate((float)item.At.X, (float)item.At.Y);
        if (item.Rotation != 0) canvas.RotateDegrees((float)item.Rotation);
        canvas.DrawText(item.Text, 0, (float)TextPlacement.BaselineShift(item.Baseline, item.Size), align, skFont, paint);
        canvas.Restore();
    }

    private void DrawGroup(GroupItem group)
    {
        canvas.Save();
        canvas.Translate((float)group.Offset.X, (float)group.Offset.Y);
        canvas.Scale((float)group.Scale);
        Paint(group.Items);
        canvas.Restore();
    }

    private SKPaint FillPaint(Fill fill) =>
        new() { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Colour(fill.Ink, dark, fill.Opacity) };

    private SKPaint StrokePaint(Stroke stroke)
    {
        var paint = new SKPaint
        {
            IsAntialias = true, Style = SKPaintStyle.Stroke, Color = Colour(stroke.Ink, dark, stroke.Opacity),
            StrokeWidth = (float)stroke.Width, StrokeJoin = stroke.RoundJoins ? SKStrokeJoin.Round : SKStrokeJoin.Miter,
        };
        if (stroke.Dash is { Count: > 0 } dash)
        {
            // SVG repeats an odd dash list to make it even; Skia insists on an even one.
            var intervals = (dash.Count % 2 == 0 ? dash : [.. dash, .. dash]).Select(d => (float)d).ToArray();
            paint.PathEffect = SKPathEffect.CreateDash(intervals, 0);
        }
        return paint;
    }
}
