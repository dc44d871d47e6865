using System;
using SupplyRisk.Criticality;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Policy;
using SupplyRisk.Simulation;
using SupplyRisk.Sources;

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

    [Fact]
    public void Null_elements_are_refused_with_their_position_not_a_NullReferenceException()
    {
        var catalog = SupplyRisk.IO.EmbeddedData.Products;
        var products = new SupplyRisk.Parts.Product?[] { catalog.Products[0], null };
        Assert.Contains("product 2 is null", Assert.ThrowsAny<ArgumentException>(() => new SupplyRisk.Parts.ProductCatalog(products!, catalog.Parts)).Message);
        Assert.Contains("Scenario 2 to include is null", Assert.Throws<ArgumentException>(() => Scenario.Create("x").Including(SupplyRiskModel.Default.GetScenario("baseline"), null!)).Message);
        Assert.Contains("Buyer 1 is null", Assert.Throws<ArgumentException>(() => SupplyRisk.Reporting.MaterialSummaryTable.Create(SupplyRisk.IO.EmbeddedData.Dataset, new SupplyRisk.Geography.Buyer[] { null! })).Message);
        Assert.Contains("Measure 1 is null", Assert.Throws<ArgumentException>(() => new PolicyTimeline(new PolicyMeasure[] { null! })).Message);
        Assert.Contains("Scenario 0 is null", Assert.Throws<ArgumentException>(() => SupplyRisk.Engine.ExposureEngine.Score(new SupplyRisk.Engine.CompiledScenario[] { null! }, new double[1])).Message);
    }
}
