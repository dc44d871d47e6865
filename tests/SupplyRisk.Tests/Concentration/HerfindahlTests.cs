using System;
using SupplyRisk.Concentration;

namespace SupplyRisk.Tests.Concentration;

public sealed class HerfindahlTests
{
    // Hand computation: 0.5² + 0.3² + 0.2² = 0.25 + 0.09 + 0.04 = 0.38.
    private static readonly double[] Shares = { 0.5, 0.3, 0.2 };

    [Fact]
    public void HHI_on_both_scales_matches_the_hand_computation()
    {
        Assert.Equal(0.38, Herfindahl.Index(Shares), 15);
        Assert.Equal(3800, Herfindahl.Points(Shares), 10);
        Assert.Equal(1 / 0.38, Herfindahl.EffectiveSuppliers(Shares), 12);
    }

    [Fact]
    public void Monopoly_and_equal_suppliers_are_the_extremes()
    {
        Assert.Equal(1.0, Herfindahl.Index(new[] { 1.0 }));
        Assert.Equal(0.25, Herfindahl.Index(new[] { 0.25, 0.25, 0.25, 0.25 }), 15);
        Assert.Equal(4.0, Herfindahl.EffectiveSuppliers(new[] { 0.25, 0.25, 0.25, 0.25 }), 12);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 0.8)]
    [InlineData(3, 1.0)]
    [InlineData(10, 1.0)]
    public void CR_n_sums_the_n_largest_shares(int n, double expected)
    {
        Assert.Equal(expected, Herfindahl.ConcentrationRatio(Shares, n), 15);
    }

    [Fact]
    public void CR_n_requires_descending_order_and_n_of_at_least_one()
    {
        Assert.Throws<ArgumentException>(() => Herfindahl.ConcentrationRatio(new[] { 0.2, 0.8 }, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Herfindahl.ConcentrationRatio(Shares, 0));
    }

    [Fact]
    public void Governance_and_trade_weighting_matches_the_hand_computation()
    {
        // 0.8²·5.6·1.2 + 0.2²·2.0·1 = 4.3008 + 0.08 = 4.3808
        double hhiWgiT = Herfindahl.GovernanceWeighted(new[] { 0.8, 0.2 }, new[] { 5.6, 2.0 }, new[] { 1.2, 1.0 });
        Assert.Equal(4.3808, hhiWgiT, 12);
        // No trade factors means t = 1: 3.584 + 0.08
        Assert.Equal(3.664, Herfindahl.GovernanceWeighted(new[] { 0.8, 0.2 }, new[] { 5.6, 2.0 }, ReadOnlySpan<double>.Empty), 12);
    }

    [Fact]
    public void Bad_values_are_named_with_their_position()
    {
        var nan = Assert.Throws<ArgumentException>(() => Herfindahl.Index(new[] { 0.5, double.NaN }));
        Assert.Contains("position 1", nan.Message);
        Assert.Throws<ArgumentException>(() => Herfindahl.Index(new[] { -0.1, 1.1 }));
        Assert.Throws<ArgumentException>(() => Herfindahl.Index(ReadOnlySpan<double>.Empty));
        Assert.Throws<ArgumentException>(() => Herfindahl.GovernanceWeighted(new[] { 1.0 }, new[] { 11.0 }, ReadOnlySpan<double>.Empty));
        Assert.Throws<ArgumentException>(() => Herfindahl.GovernanceWeighted(new[] { 1.0 }, new[] { 5.0 }, new[] { 0.0 }));
        Assert.Throws<ArgumentException>(() => Herfindahl.GovernanceWeighted(new[] { 1.0, 0.0 }, new[] { 5.0 }, ReadOnlySpan<double>.Empty));
    }
}
