using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.Scoring;

/// <summary>Invariants of the exposure score over randomly generated datasets, parts and shocks.</summary>
public sealed class ScorePropertyTests
{
    private static readonly string[] Countries = { "CN", "AU", "US", "CD", "ID", "DE", "JP", "BR" };
    private static readonly DateTime Day = new(2026, 11, 28);

    /// <summary>A random model: per material, per stage, weights over suppliers; WGI per country; EU parameters; price; grams; σ.</summary>
    private sealed record Model(double[] Wgi, double[][][] Weights, double[] Eol, double[] Si, double[] Price, double[] Grams, double[] Sigma, int MadeIn)
    {
        public int Materials => Weights.Length;

        public ReferenceDataset Dataset()
        {
            var gov = new StringBuilder("country,wgi_mean6,data_year,quality,source,note\n");
            for (int c = 0; c < Countries.Length; c++)
            {
                gov.Append(FormattableString.Invariant($"{Countries[c]},{Wgi[c]:R},2023,estimate,random,\n"));
            }

            var mat = new StringBuilder("id,name,symbol,group,eol_rir,si_sr,si_ei,quality,source,note\n");
            var shares = new StringBuilder("material,stage,stage_label,country,share,year,quality,source,note\n");
            var prices = new StringBuilder("material,usd_per_kg,year,quality,source,note\n");
            for (int m = 0; m < Materials; m++)
            {
                mat.Append(FormattableString.Invariant($"m{m},M{m},,,{Eol[m]:R},{Si[m]:R},0.9,estimate,random,\n"));
                prices.Append(FormattableString.Invariant($"m{m},{Price[m]:R},2024,estimate,random,\n"));
                string[] stages = { "extraction", "processing" };
                for (int s = 0; s < Weights[m].Length; s++)
                {
                    double total = Weights[m][s].Sum();
                    for (int c = 0; c < Countries.Length; c++)
                    {
                        shares.Append(FormattableString.Invariant($"m{m},{stages[s]},x,{Countries[c]},{Weights[m][s][c] / total:R},2024,estimate,random,\n"));
                    }
                }
            }

            return ReferenceDataset.CreateBuilder(includeDefaults: false)
                .Add(DataFileKind.Governance, new StringReader(gov.ToString()), "g.csv")
                .Add(DataFileKind.Materials, new StringReader(mat.ToString()), "m.csv")
                .Add(DataFileKind.StageShares, new StringReader(shares.ToString()), "s.csv")
                .Add(DataFileKind.MaterialPrices, new StringReader(prices.ToString()), "p.csv")
                .Build();
        }

        public PartCatalog Part() => new(new[]
        {
            new Part("P", "p", PartCategory.Other, CountryShares.Create((CountryCode.Parse(Countries[MadeIn]), 1.0)),
                Enumerable.Range(0, Materials).Select(m => new MaterialContent(MaterialId.From($"m{m}"), Grams[m], Sigma[m]))),
        });

        public double Score(Scenario scenario, ReferenceDataset? data = null, PartCatalog? part = null) =>
            ScoringContext.Compile(data ?? Dataset(), PolicyTimeline.Empty, scenario, Buyer.FromCountry(CountryCode.Parse("US")), Day).Score(part ?? Part(), "P").Score;
    }

    private static readonly Gen<Model> Models =
        Gen.Int[1, 4].SelectMany(n => Gen.Int[1, 2].SelectMany(stages => Gen.Select(
            Gen.Double[-2.5, 2.5].Array[Countries.Length],
            Gen.Double[0.0, 1.0].Array[Countries.Length].Where(w => w.Sum() > 0.05).Array[stages].Array[n],
            Gen.Double[0, 0.5].Array[n],
            Gen.Double[0.3, 1].Array[n],
            Gen.Double[0.5, 5000].Array[n],
            Gen.Double[0.1, 1000].Array[n],
            Gen.Double[0, 1].Array[n],
            Gen.Int[0, Countries.Length - 1],
            (wgi, weights, eol, si, price, grams, sigma, madeIn) => new Model(wgi, weights, eol, si, price, grams, sigma, madeIn))));

    private static readonly Gen<PolicyMeasure> Shocks =
        Gen.Select(Gen.Int[0, Countries.Length - 1], Gen.Int[0, 3], Gen.Double[0, 1], Gen.Int[0, 3], (c, m, x, kind) =>
        {
            var issuer = CountryCode.Parse(Countries[c]);
            var scope = new MeasureScope(new[] { MaterialId.From($"m{m}") });
            return kind switch
            {
                0 => PolicyMeasure.ExportBan("shock", "s", issuer, scope),
                1 => PolicyMeasure.ExportQuota("shock", "s", issuer, scope, x),
                2 => PolicyMeasure.CapacityLoss("shock", "s", issuer, scope, x),
                _ => PolicyMeasure.ExportLicensing("shock", "s", issuer, scope),
            };
        });

    private static readonly Scenario Baseline = Scenario.Create("baseline").Build();

    [Fact]
    public void The_score_is_bounded_deterministic_and_its_contributions_add_up()
    {
        Gen.Select(Models, Shocks).Sample((model, shock) =>
        {
            ReferenceDataset data = model.Dataset();
            Scenario scenario = Scenario.Create("s").With(shock).Build();
            ExposureReport a = ScoringContext.Compile(data, PolicyTimeline.Empty, scenario, Buyer.FromCountry(CountryCode.Parse("US")), Day).Score(model.Part(), "P");
            ExposureReport b = ScoringContext.Compile(data, PolicyTimeline.Empty, scenario, Buyer.FromCountry(CountryCode.Parse("US")), Day).Score(model.Part(), "P");
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
            var ban = PolicyMeasure.ExportBan("harsher", "h", shock.Issuer, shock.Scope);
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
