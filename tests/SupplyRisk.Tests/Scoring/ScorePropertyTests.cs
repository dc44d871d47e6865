using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System;
using CsCheck;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;
using static SupplyRisk.Tests.Scoring.RandomModels;

namespace SupplyRisk.Tests.Scoring;

/// <summary>Invariants of the exposure score over randomly generated datasets, parts and shocks.</summary>
public sealed class ScorePropertyTests
{
    private static readonly string[] Countries = RandomModels.Countries;
    private static readonly Gen<Model> Models = RandomModels.Models;
    private static readonly Gen<PolicyMeasure> Shocks = RandomModels.Shocks;

    private static readonly Scenario Baseline = Scenario.Create("baseline").Build();

    [Fact]
    public void The_score_is_bounded_deterministic_and_its_contributions_add_up()
    {
        Gen.Select(Models, Shocks).Sample((model, shock) =>
        {
            ReferenceDataset data = model.Dataset();
            Scenario scenario = Scenario.Create("s").With(shock).Build();
            ExposureReport a = ExposureScorer.Create(data, PolicyTimeline.Empty, scenario, Buyer.FromCountry(CountryCode.Parse("US")), Day).Score(model.Part(), "P");
            ExposureReport b = ExposureScorer.Create(data, PolicyTimeline.Empty, scenario, Buyer.FromCountry(CountryCode.Parse("US")), Day).Score(model.Part(), "P");
            double tolerance = 1e-9 * Math.Max(1, a.Score);
            return a.Score >= 0 && a.Score <= 100 && a.Score == b.Score
                && Math.Abs(a.Materials.Sum(m => m.Score) - a.Score) <= tolerance
                && Math.Abs(a.ByCountry.Sum(c => c.Score) - a.Score) <= tolerance
                && Math.Abs(a.ByStage.Sum(c => c.Score) - a.Score) <= tolerance
                && a.ExpectedShortfall >= 0 && a.ExpectedShortfall <= 1;
        }, iter: 60);
    }

    [Fact]
    public void A_harsher_shock_never_lowers_the_score()
    {
        Gen.Select(Models, Shocks).Sample((model, shock) =>
        {
            ReferenceDataset data = model.Dataset();
            double baseline = model.Score(Baseline, data);
            double shocked = model.Score(Scenario.Create("s").With(shock).Build(), data);
            // A ban by the same issuer on the same materials and stages (a tariff's classes of assembled goods are no ban's).
            var ban = PolicyMeasure.ExportBan("harsher", "h", shock.Issuer, new MeasureScope(shock.Scope.Materials, shock.Scope.Stages, shock.Scope.Counterparties));
            double harsher = model.Score(Scenario.Create("h").With(shock, ban).Build(), data);
            return shocked >= baseline - 1e-9 && harsher >= shocked - 1e-9;
        }, iter: 60);
    }

    [Fact]
    public void Worse_governance_never_lowers_the_score()
    {
        Gen.Select(Models, Gen.Int[0, Countries.Length - 1], Gen.Double[0, 1]).Sample((model, c, drop) =>
        {
            double before = model.Score(Baseline);
            double[] worse = (double[])model.Wgi.Clone();
            worse[c] = Math.Max(-2.5, worse[c] - drop);
            double after = (model with { Wgi = worse }).Score(Baseline);
            return after >= before - 1e-9;
        }, iter: 60);
    }

    [Fact]
    public void Less_substitutability_never_lowers_the_score()
    {
        Gen.Select(Models, Shocks, Gen.Int[0, 3]).Sample((model, shock, m) =>
        {
            int i = m % model.Materials;
            Scenario scenario = Scenario.Create("s").With(shock).Build();
            ReferenceDataset data = model.Dataset();
            double[] sigma = (double[])model.Sigma.Clone();
            sigma[i] = Math.Min(1, sigma[i] + 0.3);
            return (model with { Sigma = sigma }).Score(scenario, data) >= model.Score(scenario, data) - 1e-9;
        }, iter: 60);
    }

    [Fact]
    public void More_concentration_among_equally_governed_suppliers_never_lowers_the_score()
    {
        Gen.Select(Models, Gen.Int[0, 3], Gen.Double[0, 1]).Sample((model, m, fraction) =>
        {
            int i = m % model.Materials;
            double[] sameWgi = Enumerable.Repeat(model.Wgi[0], Countries.Length).ToArray();
            Model even = model with { Wgi = sameWgi };
            double before = even.Score(Baseline);

            // Move part of the smallest supplier's weight to the largest one in every stage of material i.
            double[][][] weights = model.Weights.Select(st => st.Select(w => (double[])w.Clone()).ToArray()).ToArray();
            foreach (double[] w in weights[i])
            {
                int max = Array.IndexOf(w, w.Max());
                int min = Array.IndexOf(w, w.Min());
                double moved = w[min] * fraction;
                w[min] -= moved;
                w[max] += moved;
            }

            return (even with { Weights = weights }).Score(Baseline) >= before - 1e-9;
        }, iter: 60);
    }
}
