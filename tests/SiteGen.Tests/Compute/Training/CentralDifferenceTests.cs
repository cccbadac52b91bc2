namespace SiteGen.Tests.Compute.Training;

/// <summary>Every parameter's gradient against a central difference of the loss, for every activation, output, loss and skip.</summary>
public class CentralDifferenceTests
{
    [Theory]
    [MemberData(nameof(GradientCase.All), MemberType = typeof(GradientCase))]
    public void Each_parameter_s_gradient_is_the_slope_of_the_loss(GradientCase network)
    {
        var parameters = network.Parameters;
        var gradient = network.LossAndGradient(parameters).Gradient;
        const double h = 1e-6;
        for (var p = 0; p < parameters.Length; p++)
        {
            var shifted = parameters.ToArray();
            shifted[p] += h;
            var up = network.LossAndGradient(shifted).Loss;
            shifted[p] -= 2 * h;
            var down = network.LossAndGradient(shifted).Loss;
            var slope = (up - down) / (2 * h);
            Assert.True(Math.Abs(slope - gradient[p]) <= 1e-7 * Math.Max(1, Math.Abs(slope)),
                $"parameter {p}: backward pass {gradient[p]:R}, central difference {slope:R}");
        }
    }
}
