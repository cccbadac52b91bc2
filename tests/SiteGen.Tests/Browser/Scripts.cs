namespace SiteGen.Tests.Browser;

/// <summary>Measurements taken inside the page.</summary>
public static class Scripts
{
    public sealed class Overflow
    {
        public double ScrollWidth { get; set; }
        public double InnerWidth { get; set; }
        public string[] Offenders { get; set; } = [];
    }

    /// <summary>The document's scroll width against the viewport, and the elements that stick out on the right.</summary>
    public const string MeasureOverflow = """
        () => {
          const width = window.innerWidth;
          const offenders = [];
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.right <= width + 0.5) continue;
            // Report the outermost element only: skip those whose parent already sticks out.
            const p = el.parentElement && el.parentElement.getBoundingClientRect();
            if (p && p.right > width + 0.5) continue;
            offenders.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\s+/g, '.') : '') + ' right=' + Math.round(r.right));
          }
          return { ScrollWidth: document.documentElement.scrollWidth, InnerWidth: width, Offenders: offenders.slice(0, 10) };
        }
        """;

    /// <summary>Relative luminance (WCAG) of a CSS colour, and the background of the body.</summary>
    private const string Luminance = """
        const luminance = (css) => {
          const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => {
            v /= 255;
            return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        """;

    public const string BodyBackgroundLuminance = "() => { " + Luminance + " return luminance(getComputedStyle(document.body).backgroundColor); }";

    /// <summary>WCAG contrast ratio of the body text on the body background.</summary>
    public const string BodyTextContrast = "() => { " + Luminance + """
         const s = getComputedStyle(document.body);
         const a = luminance(s.color), b = luminance(s.backgroundColor);
         return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }
        """;

    public sealed class Link
    {
        public string Raw { get; set; } = "";
        public string Absolute { get; set; } = "";
    }

    public sealed class PageScan
    {
        public string[] Ids { get; set; } = [];
        public Link[] Links { get; set; } = [];
    }

    /// <summary>Every id in the document, and every link's written and resolved href.</summary>
    public const string ScanPage = """
        () => ({
          Ids: Array.from(document.querySelectorAll('[id]'), e => e.id),
          Links: Array.from(document.querySelectorAll('a[href]'), a => ({ Raw: a.getAttribute('href'), Absolute: a.href }))
        })
        """;
}
