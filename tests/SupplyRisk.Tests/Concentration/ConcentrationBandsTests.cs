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
}
