using SiteGen.Compute.Training;

namespace SiteGen.Tests.Compute.Training;

/// <summary>The network's activations are the lesson language's builtins, bit for bit, values and slopes.</summary>
public class HiddenActivationTests
{
    private static readonly double[] Points =
    [
        0.0, -0.0, 1e-300, -1e-300, 1e-8, -1e-8, 0.1, -0.1, 0.5, -0.5, 1, -1, 2.5, -2.5, 7, -7, 19.5, -19.5,
        40, -40, 700, -700, 1e6, -1e6, double.PositiveInfinity, double.NegativeInfinity, 0.7310585786300049, -3.14159,
    ];

    public static readonly TheoryData<Activation> Tabled = new(
        Activation.Sigmoid, Activation.Tanh, Activation.Relu, Activation.LeakyRelu, Activation.Elu, Activation.Gelu);

    [Theory]
    [MemberData(nameof(Tabled))]
    public void Each_value_is_the_builtin_table_s_to_the_last_bit(Activation activation)
    {
        var entry = HiddenActivations.TableEntry(activation)!;
        var parameters = HiddenActivations.DefaultParameters(activation);
        foreach (var x in Points)
            Assert.Equal(BitConverter.DoubleToInt64Bits(entry.Value(x, parameters)), BitConverter.DoubleToInt64Bits(HiddenActivations.Value(activation, x)));
    }

    [Theory]
    [MemberData(nameof(Tabled))]
    public void Each_slope_is_the_builtin_table_s_to_the_last_bit(Activation activation)
    {
        var entry = HiddenActivations.TableEntry(activation)!;
        var parameters = HiddenActivations.DefaultParameters(activation);
        foreach (var x in Points.Where(double.IsFinite))
            Assert.Equal(BitConverter.DoubleToInt64Bits(entry.Derivative(x, parameters)), BitConverter.DoubleToInt64Bits(HiddenActivations.Slope(activation, x)));
    }

    [Fact]
    public void The_defaults_are_the_builtins_own_leaky_slope_0_01_and_elu_alpha_1()
    {
        Assert.Equal([0.01], HiddenActivations.DefaultParameters(Activation.LeakyRelu));
        Assert.Equal([1.0], HiddenActivations.DefaultParameters(Activation.Elu));
    }

    [Fact]
    public void Kinks_take_PyTorch_s_slopes()
    {
        Assert.Equal(0, HiddenActivations.Slope(Activation.Relu, 0));
        Assert.Equal(0.01, HiddenActivations.Slope(Activation.LeakyRelu, 0));
        Assert.Equal(1, HiddenActivations.Slope(Activation.Elu, 0));
    }

    [Fact]
    public void Linear_is_the_identity_with_slope_one()
    {
        foreach (var x in Points.Where(double.IsFinite))
        {
            Assert.Equal(x, HiddenActivations.Value(Activation.Linear, x));
            Assert.Equal(1, HiddenActivations.Slope(Activation.Linear, x));
        }
    }
}
