using System;
using SupplyRisk.Geography;

namespace SupplyRisk.Tests.Geography;

public sealed class GovernanceScoreTests
{
    [Theory]
    [InlineData(-2.5, 10.0)]
    [InlineData(2.5, 0.0)]
    [InlineData(0.0, 5.0)]
    [InlineData(-0.2901, 5.5802)]
    [InlineData(0.9948, 3.0104)]
    public void Scaled_is_the_EU_linear_map_onto_0_to_10_with_10_worst(double estimate, double scaled)
    {
        Assert.Equal(scaled, GovernanceScore.FromEstimate(estimate).Scaled, 12);
        Assert.Equal(estimate, GovernanceScore.FromScaled(scaled).Estimate, 12);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-2.5001)]
    [InlineData(2.6)]
    public void Out_of_range_or_NaN_estimates_are_rejected_with_the_range(double estimate)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GovernanceScore.FromEstimate(estimate));
        Assert.Contains("[-2.5, 2.5]", error.Message);
        Assert.False(GovernanceScore.IsValidEstimate(estimate));
    }

    [Fact]
    public void World_average_is_the_mean_country()
    {
        Assert.Equal(0.0, GovernanceScore.WorldAverage.Estimate);
        Assert.Equal(5.0, GovernanceScore.WorldAverage.Scaled);
    }
}
