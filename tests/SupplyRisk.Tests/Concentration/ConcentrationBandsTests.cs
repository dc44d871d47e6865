using System;
using SupplyRisk.Concentration;

namespace SupplyRisk.Tests.Concentration;

public sealed class ConcentrationBandsTests
{
    [Theory]
    [InlineData(999.9, ConcentrationBand.Unconcentrated)]
    [InlineData(1000, ConcentrationBand.ModeratelyConcentrated)]
    [InlineData(1800, ConcentrationBand.ModeratelyConcentrated)]
    [InlineData(1800.1, ConcentrationBand.HighlyConcentrated)]
    [InlineData(10000, ConcentrationBand.HighlyConcentrated)]
    public void Guidelines_2023_bands(double points, ConcentrationBand expected) =>
        Assert.Equal(expected, ConcentrationBands.Classify(points, MergerGuidelines.Guidelines2023));

    [Theory]
    [InlineData(1499.9, ConcentrationBand.Unconcentrated)]
    [InlineData(1500, ConcentrationBand.ModeratelyConcentrated)]
    [InlineData(2500, ConcentrationBand.ModeratelyConcentrated)]
    [InlineData(2500.1, ConcentrationBand.HighlyConcentrated)]
    public void Guidelines_2010_bands(double points, ConcentrationBand expected) =>
        Assert.Equal(expected, ConcentrationBands.Classify(points, MergerGuidelines.Guidelines2010));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1)]
    [InlineData(10001)]
    public void Impossible_HHI_values_are_rejected(double points) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConcentrationBands.Classify(points));

    [Fact]
    public void An_HHI_exactly_on_a_threshold_stays_in_the_lower_band_despite_rounding_noise()
    {
        // 0.26² + 0.19² + 0.16² + 3 · 0.13² = 0.18 exactly, but sums to 1800.0000000000002 points in floating point.
        double points = Herfindahl.Points(new[] { 0.26, 0.19, 0.16, 0.13, 0.13, 0.13 });
        Assert.Equal(1800, points, 9);
        Assert.Equal(ConcentrationBand.ModeratelyConcentrated, ConcentrationBands.Classify(points, MergerGuidelines.Guidelines2023));
    }
}
