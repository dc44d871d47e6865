using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System;
using CsCheck;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.Scoring;

/// <summary>Random datasets, parts and shocks for property tests, generated as CSV so the real loader is exercised.</summary>
internal static class RandomModels
{
    public static readonly string[] Countries = { "CN", "AU", "US", "CD", "ID", "DE", "JP", "BR" };
    public static readonly DateTime Day = new(2026, 11, 28);

    /// <summary>A random model: per material, per stage, weights over suppliers; WGI per country; EU parameters; price; grams; σ.</summary>
    public sealed record Model(double[] Wgi, double[][][] Weights, double[] Eol, double[] Si, double[] Price, double[] Grams, double[] Sigma, int MadeIn)
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

            return new ReferenceDatasetBuilder(includeDefaults: false)
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
            ExposureScorer.Create(data ?? Dataset(), PolicyTimeline.Empty, scenario, Buyer.FromCountry(CountryCode.Parse("US")), Day).Score(part ?? Part(), "P").Score;
    }

    public static readonly Gen<Model> Models =
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

    public static readonly Gen<PolicyMeasure> Shocks =
        Gen.Select(Gen.Int[0, Countries.Length - 1], Gen.Int[0, 3], Gen.Double[0, 1], Gen.Int[0, 6], (c, m, x, kind) =>
        {
            var issuer = CountryCode.Parse(Countries[c]);
            var scope = new MeasureScope(new[] { MaterialId.From($"m{m}") });
            return kind switch
            {
                0 => PolicyMeasure.ExportBan("shock", "s", issuer, scope),
                1 => PolicyMeasure.ExportQuota("shock", "s", issuer, scope, x),
                2 => PolicyMeasure.CapacityLoss("shock", "s", issuer, scope, x),
                3 => PolicyMeasure.ExportLicensing("shock", "s", issuer, scope),
                // A tariff on the material where it crosses into the issuer at its processing stage, or on every
                // assembled good the issuer imports: the engine must charge both as the explained scorer does.
                4 => PolicyMeasure.Tariff("shock", "s", issuer, new MeasureScope(new[] { MaterialId.From($"m{m}") }, new[] { StageKind.Processing }), x, "random"),
                5 => PolicyMeasure.Tariff("shock", "s", issuer, new MeasureScope(itemClasses: new[] { ItemClass.Component, ItemClass.Product }), x, "random"),
                // A company rate: only goods whose maker is "A" (the engine tests' SUB part) pay it.
                _ => PolicyMeasure.Tariff("shock", "s", issuer, new MeasureScope(itemClasses: new[] { ItemClass.Component, ItemClass.Product }, makers: new[] { "a" }), x, "random"),
            };
        });

}
