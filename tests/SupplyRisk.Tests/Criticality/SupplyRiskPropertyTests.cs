using System.Linq;
using CsCheck;
using SupplyRisk.Concentration;
using SupplyRisk.Criticality;
using SupplyRisk.Geography;

namespace SupplyRisk.Tests.Criticality;

/// <summary>Invariants of the concentration and SR measures over random supplier sets.</summary>
public sealed class SupplyRiskPropertyTests
{
    // 1..15 suppliers: positive weights normalised to shares, WGI estimates in range, trade factors 0.8..1.5.
    private static readonly Gen<(double[] Shares, double[] Wgi, double[] Trade)> Suppliers =
        Gen.Int[1, 15].SelectMany(n => Gen.Select(
            Gen.Double[0.001, 1].Array[n],
            Gen.Double[-2.5, 2.5].Array[n],
            Gen.Double[0.8, 1.5].Array[n],
            (w, g, t) => (w.Select(x => x / w.Sum()).ToArray(), g, t)));

    private static SupplierInput[] Inputs(double[] shares, double[] wgi, double[] trade) =>
        shares.Select((s, i) => new SupplierInput(Iso3166.Countries[i].Code, s, GovernanceScore.FromEstimate(wgi[i]), trade[i])).ToArray();

    [Fact]
    public void HHI_lies_between_one_over_n_and_one_and_above_the_largest_share_squared()
    {
        Suppliers.Sample(x =>
        {
            double hhi = Herfindahl.Index(x.Shares);
            double max = x.Shares.Max();
            return hhi >= (1.0 / x.Shares.Length) - 1e-12 && hhi <= 1 + 1e-12 && hhi >= (max * max) - 1e-15
                && Herfindahl.EffectiveSuppliers(x.Shares) <= x.Shares.Length + 1e-9;
        });
    }

    [Fact]
    public void Governance_weighted_HHI_is_bounded_by_ten_times_HHI_times_the_largest_factor()
    {
        Suppliers.Sample(x =>
        {
            double[] scaled = x.Wgi.Select(w => GovernanceScore.FromEstimate(w).Scaled).ToArray();
            double hhiWgiT = Herfindahl.GovernanceWeighted(x.Shares, scaled, x.Trade);
            return hhiWgiT >= 0 && hhiWgiT <= (10 * Herfindahl.Index(x.Shares) * x.Trade.Max()) + 1e-9;
        });
    }

    [Fact]
    public void Worse_governance_or_a_harsher_trade_factor_never_lowers_SR()
    {
        Gen.Select(Suppliers, Gen.Int[0, 14], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 1])
            .Sample((x, pick, ir, eol, si) =>
            {
                int i = pick % x.Shares.Length;
                SupplierInput[] baseline = Inputs(x.Shares, x.Wgi, x.Trade);
                double sr = EuSupplyRisk.Compute(baseline, baseline, ir, eol, si).Value;

                double[] worseWgi = (double[])x.Wgi.Clone();
                worseWgi[i] = System.Math.Max(-2.5, worseWgi[i] - 0.5);
                SupplierInput[] worse = Inputs(x.Shares, worseWgi, x.Trade);
                double srWorse = EuSupplyRisk.Compute(worse, worse, ir, eol, si).Value;

                double[] harsher = (double[])x.Trade.Clone();
                harsher[i] += 0.3;
                SupplierInput[] restricted = Inputs(x.Shares, x.Wgi, harsher);
                double srRestricted = EuSupplyRisk.Compute(restricted, restricted, ir, eol, si).Value;

                return srWorse >= sr - 1e-12 && srRestricted >= sr - 1e-12;
            });
    }

    [Fact]
    public void More_recycling_never_raises_SR_and_fewer_substitutes_never_lower_it()
    {
        Gen.Select(Suppliers, Gen.Double[0, 1], Gen.Double[0, 0.5], Gen.Double[0, 0.5])
            .Sample((x, ir, eol, si) =>
            {
                SupplierInput[] s = Inputs(x.Shares, x.Wgi, x.Trade);
                double sr = EuSupplyRisk.Compute(s, s, ir, eol, si).Value;
                return EuSupplyRisk.Compute(s, s, ir, eol + 0.3, si).Value <= sr + 1e-12
                    && EuSupplyRisk.Compute(s, s, ir, eol, si + 0.3).Value >= sr - 1e-12;
            });
    }

    [Fact]
    public void When_sourcing_equals_global_supply_IR_does_not_matter()
    {
        Gen.Select(Suppliers, Gen.Double[0, 1], Gen.Double[0, 1]).Sample((x, ir1, ir2) =>
        {
            SupplierInput[] s = Inputs(x.Shares, x.Wgi, x.Trade);
            double a = EuSupplyRisk.Compute(s, s, ir1, 0.2, 0.9).Value;
            double b = EuSupplyRisk.Compute(s, s, ir2, 0.2, 0.9).Value;
            double gs = EuSupplyRisk.ComputeGlobalSupplyOnly(s, 0.2, 0.9).Value;
            return System.Math.Abs(a - b) <= 1e-12 * System.Math.Max(1, a) && System.Math.Abs(a - gs) <= 1e-12 * System.Math.Max(1, a);
        });
    }
}
