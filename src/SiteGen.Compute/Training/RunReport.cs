namespace SiteGen.Compute.Training;

/// <summary>Where a run stopped being finite: the epoch whose update made it so, and the first layer (from 1) affected.</summary>
public sealed record Divergence(int Epoch, int Layer, string What);

/// <summary>
/// What a run reports (training.md): histories indexed by epoch k = 0 … epochs, measured on the
/// whole training set with the parameters after k epochs, and the final parameters.
/// </summary>
public sealed record RunReport
{
    public required IReadOnlyList<double> Loss { get; init; }
    /// <summary>For bce and cross-entropy only.</summary>
    public IReadOnlyList<double>? Accuracy { get; init; }
    /// <summary>When the data has a test split.</summary>
    public IReadOnlyList<double>? TestLoss { get; init; }
    public IReadOnlyList<double>? TestAccuracy { get; init; }
    /// <summary>GradNorms[k][l]: the Frobenius norm of the gradient of the training loss with respect to layer l's weights after k epochs.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> GradNorms { get; init; }
    /// <summary>Weights[l][out][in] after the last epoch.</summary>
    public required double[][][] Weights { get; init; }
    public required double[][] Biases { get; init; }
    /// <summary>Set when an allowed divergence ended the history early.</summary>
    public Divergence? Diverged { get; init; }
    /// <summary>Optimiser steps per epoch, to plot against update steps rather than epochs.</summary>
    public required int UpdatesPerEpoch { get; init; }
}
