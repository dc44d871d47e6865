using System;
using SupplyRisk.Criticality;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Policy;
using SupplyRisk.Simulation;

namespace SupplyRisk.Tests;

/// <summary>Public constructors and factories refuse NaN, out-of-range values and meaningless issuers with a message naming what is wrong.</summary>
public sealed class PublicConstructorValidationTests
{
    private static readonly CountryCode Cn = CountryCode.Parse("CN");

    [Theory]
    [InlineData(double.NaN, 1.0, "share of supplier CN")]
    [InlineData(-0.1, 1.0, "share of supplier CN")]
    [InlineData(1.5, 1.0, "share of supplier CN")]
    [InlineData(0.5, 0.0, "trade factor of supplier CN")]
    [InlineData(0.5, double.PositiveInfinity, "trade factor of supplier CN")]
    public void A_supplier_input_refuses_bad_shares_and_trade_factors(double share, double tradeFactor, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SupplierInput(Cn, share, GovernanceScore.FromEstimate(0), tradeFactor));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_published_assessment_refuses_NaN_and_negative_values()
    {
        Assert.Contains("'gallium'", Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedAssessment("gallium", double.NaN, 3.7, true, true, Provenance.UserSupplied)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedAssessment("gallium", 3.9, -1, true, true, Provenance.UserSupplied));
        Assert.Null(new PublishedAssessment("gallium", null, null, null, null, Provenance.UserSupplied).SupplyRisk);
    }

    [Fact]
    public void Monte_Carlo_trials_are_bounded_so_one_request_cannot_exhaust_a_host()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonteCarloOptions(trials: int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonteCarloOptions(trials: 0));
        Assert.Equal(MonteCarloOptions.MaximumTrials, new MonteCarloOptions(trials: MonteCarloOptions.MaximumTrials).Trials);
    }

    [Fact]
    public void The_rest_of_the_world_cannot_issue_an_export_control()
    {
        var error = Assert.Throws<ArgumentException>(() => PolicyMeasure.ExportBan("row-ban", "ban", CountryCode.RestOfWorld, new MeasureScope(new MaterialId[] { "gallium" })));
        Assert.Contains("ROW (the rest of the world) cannot issue", error.Message);
    }

    [Fact]
    public void An_unbounded_distribution_has_no_finite_one_quantile()
    {
        UncertainValue days = UncertainValue.LogNormalFromMedian(63, 0.5);
        Assert.Contains("no upper bound", Assert.Throws<ArgumentOutOfRangeException>(() => days.Quantile(1)).Message);
        Assert.True(double.IsFinite(days.Quantile(0.999)));
        Assert.Equal(1.0, UncertainValue.Beta(2, 2).Quantile(1), 12);
    }
}
