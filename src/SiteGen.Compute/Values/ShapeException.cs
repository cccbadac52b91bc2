namespace SiteGen.Compute.Values;

/// <summary>Two values whose shapes do not fit an operation; the evaluator says where.</summary>
public sealed class ShapeException(string message) : Exception(message);
