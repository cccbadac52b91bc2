namespace SiteGen.Figures.Contours;

/// <summary>
/// One connected piece of the level set F = <see cref="Level"/>, in data coordinates. It runs with
/// higher values on its left (y up). A closed line does not repeat its first point; an open one
/// starts and ends on the border of the sampled rectangle.
/// </summary>
public sealed record ContourLine(double Level, IReadOnlyList<(double X, double Y)> Points, bool Closed);
