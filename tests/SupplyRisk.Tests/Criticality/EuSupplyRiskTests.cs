using System;
using SupplyRisk.Criticality;
using SupplyRisk.Geography;

namespace SupplyRisk.Tests.Criticality;

/// <summary>
/// Worked examples of the EU 2017 SR formula, computed by hand:
/// global supply CN 0.8 (WGI −0.3 → WGI′ 5.6), AU 0.2 (WGI 1.5 → 2.0): HHI_WGI,t = 0.64·5.6 + 0.04·2.0 = 3.664;
/// sourcing CN 0.5 (5.6, t 1), DE 0.5 (WGI 1.3 → 2.4, t 0.8): 0.25·5.6 + 0.25·2.4·0.8 = 1.88;
/// IR 0.6, EoL-RIR 0.1, SI_SR 0.9: SR = (3.664·0.3 + 1.88·0.7)·0.9·0.9 = 2.4152·0.81 = 1.956312.
/// </summary>
public sealed class EuSupplyRiskTests
{
    private static readonly SupplierInput[] Global =
    {
        new(CountryCode.Parse("CN"), 0.8, GovernanceScore.FromEstimate(-0.3)),
        new(CountryCode.Parse("AU"), 0.2, GovernanceScore.FromEstimate(1.5)),
    };

    private static readonly SupplierInput[] Sourcing =
    {
        new(CountryCode.Parse("CN"), 0.5, GovernanceScore.FromEstimate(-0.3)),
        new(CountryCode.Parse("DE"), 0.5, GovernanceScore.FromEstimate(1.3), tradeFactor: 0.8),
    };

    [Fact]
    public void Combined_basis_matches_the_worked_example()
    {
        SupplyRiskResult r = EuSupplyRisk.Compute(Global, Sourcing, importReliance: 0.6, endOfLifeRecyclingInputRate: 0.1, substitutionIndex: 0.9);
        Assert.Equal(SupplyBasis.Combined, r.Basis);
        Assert.Equal(3.664, r.GlobalHhiWgiT!.Value, 12);
        Assert.Equal(1.88, r.SourcingHhiWgiT!.Value, 12);
        Assert.Equal(0.6, r.ImportReliance);
        Assert.Equal(1.956312, r.Value, 12);
    }

    [Fact]
    public void Global_supply_only_drops_IR_and_sourcing()
    {
        SupplyRiskResult r = EuSupplyRisk.ComputeGlobalSupplyOnly(Global, 0.1, 0.9);
        Assert.Equal(3.664 * 0.81, r.Value, 12);
        Assert.Null(r.SourcingHhiWgiT);
        Assert.Null(r.ImportReliance);
    }

    [Fact]
    public void Sourcing_only_uses_the_buyers_mix()
    {
        SupplyRiskResult r = EuSupplyRisk.Compute(null, Sourcing, 0.6, 0.1, 0.9, SupplyBasis.SourcingOnly);
        Assert.Equal(1.88 * 0.81, r.Value, 12);
        Assert.Null(r.GlobalHhiWgiT);
    }

    [Fact]
    public void With_full_import_reliance_global_and_sourcing_weigh_equally()
    {
        // IR = 1: weights IR/2 = 0.5 and 1 − IR/2 = 0.5; no recycling, no substitutes.
        SupplyRiskResult r = EuSupplyRisk.Compute(Global, Sourcing, 1.0, 0.0, 1.0);
        Assert.Equal((3.664 + 1.88) / 2, r.Value, 12);
    }

    [Fact]
    public void An_export_restriction_factor_raises_SR_in_proportion_to_the_suppliers_term()
    {
        var restricted = new[]
        {
            new SupplierInput(CountryCode.Parse("CN"), 0.8, GovernanceScore.FromEstimate(-0.3), tradeFactor: 1.2),
            Global[1],
        };
        SupplyRiskResult r = EuSupplyRisk.ComputeGlobalSupplyOnly(restricted, 0, 1);
        Assert.Equal(4.3808, r.Value, 12);
    }

    [Fact]
    public void Invalid_inputs_are_all_reported_in_one_exception()
    {
        // A NaN trade factor is refused where the supplier is created; the rest are listed together by Compute.
        Assert.Contains("trade factor of supplier AU", Assert.Throws<ArgumentOutOfRangeException>(() => new SupplierInput(CountryCode.Parse("AU"), 0.2, GovernanceScore.FromEstimate(0), tradeFactor: double.NaN)).Message);
        var bad = new[]
        {
            new SupplierInput(CountryCode.Parse("CN"), 0.7, GovernanceScore.FromEstimate(0)),
            new SupplierInput(CountryCode.Parse("AU"), 0.2, GovernanceScore.FromEstimate(0)),
        };
        var error = Assert.Throws<ArgumentException>(() => EuSupplyRisk.Compute(bad, Sourcing, 1.5, double.NaN, -0.1));
        Assert.Contains("global supply: the shares sum to 0.9, not 1", error.Message);
        Assert.Contains("import reliance (IR) is 1.5", error.Message);
        Assert.Contains("(EoL-RIR) is NaN", error.Message);
        Assert.Contains("(SI_SR) is -0.1", error.Message);

        var sum = Assert.Throws<ArgumentException>(() => EuSupplyRisk.ComputeGlobalSupplyOnly(new[] { Global[0] }, 0, 1));
        Assert.Contains("the shares sum to 0.8, not 1", sum.Message);
        Assert.Throws<ArgumentException>(() => EuSupplyRisk.Compute(Global, null, 0.5, 0, 1));

        var twice = Assert.Throws<ArgumentException>(() => EuSupplyRisk.ComputeGlobalSupplyOnly(new[] { Global[0], Global[0] }, 0, 1));
        Assert.Contains("CN is listed more than once", twice.Message);
    }

    [Theory]
    [InlineData(1.0, 2.8, true)]
    [InlineData(0.99, 5.0, false)]
    [InlineData(4.5, 2.79, false)]
    public void Criticality_needs_both_thresholds_inclusive(double sr, double ei, bool critical) =>
        Assert.Equal(critical, CriticalityThresholds.IsCritical(sr, ei));
}
