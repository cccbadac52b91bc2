using SiteGen.Figures.Axes;

namespace SiteGen.Tests.Figures.Axes;

public class TickLabelTests
{
    [Fact]
    public void Negative_numbers_use_the_true_minus_sign()
    {
        Assert.Equal(["\u22121", "0", "1"], TickLabel.Format([-1, 0, 1]));
    }

    [Fact]
    public void Negative_zero_is_written_as_zero()
    {
        Assert.Equal(["0.0", "0.5"], TickLabel.Format([-0.0, 0.5]));
        Assert.Equal("0", TickLabel.Fixed(-0.0001, 0));
    }

    [Fact]
    public void Float_noise_is_not_written()
    {
        Assert.Equal(["0.1", "0.2", "0.3"], TickLabel.Format([0.1, 0.2, 0.30000000000000004]));
    }

    [Fact]
    public void Every_label_of_an_axis_has_the_same_number_of_decimals()
    {
        Assert.Equal(["0.0", "2.5", "5.0", "7.5", "10.0"], TickLabel.Format([0, 2.5, 5, 7.5, 10]));
    }

    [Fact]
    public void Small_numbers_are_written_with_a_power_of_ten()
    {
        Assert.Equal(["0", "10⁻⁴", "2×10⁻⁴"], TickLabel.Format([0, 0.0001, 0.0002]));
        Assert.Equal(["\u22122×10⁻⁴", "0", "2×10⁻⁴"], TickLabel.Format([-0.0002, 0, 0.0002]));
    }

    [Fact]
    public void Large_numbers_are_written_with_a_power_of_ten()
    {
        Assert.Equal(["0", "10⁵", "2×10⁵"], TickLabel.Format([0, 100000, 200000]));
        Assert.Equal(["5.0×10⁵", "2.5×10⁶"], TickLabel.Format([500000, 2500000]));
    }

    [Fact]
    public void Log_axis_labels_are_powers_of_ten()
    {
        Assert.Equal(["10⁻⁸", "10⁻⁴", "10⁰"], TickLabel.FormatPowers([1e-8, 1e-4, 1]));
    }
}
