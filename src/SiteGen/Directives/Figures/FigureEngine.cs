using System.Security.Cryptography;
using System.Text;
using SiteGen.Figures.Drawing;

namespace SiteGen.Directives.Figures;

/// <summary>What figures are drawn with, as a fingerprint that is part of every figure's cache key.</summary>
public static class FigureEngine
{
    /// <summary>Changes whenever the drawing or computing code changes: a new build of SiteGen redraws.</summary>
    public static string Fingerprint { get; } = Compute();

    private static string Compute()
    {
        var modules = new[] { typeof(Scene), typeof(SiteGen.Compute.Evaluation.Calculator), typeof(FigureEngine) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', modules))))[..16];
    }
}
