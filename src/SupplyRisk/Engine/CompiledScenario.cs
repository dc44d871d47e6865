using System;
using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Engine;

/// <summary>
/// A <see cref="ScoringContext"/> (dataset + scenario + buyer + date) laid out in the column spaces of one
/// <see cref="CompiledCatalog"/>: per material its price, structural risk, shortfall and raw-import tariff; per
/// made-in country whether it is inside the buyer and the tariff on parts from it; per content rule the controlled
/// value share and where it bites. Immutable and thread-safe.
/// </summary>
public sealed class CompiledScenario
{
    private CompiledScenario(ScoringContext context, CompiledCatalog catalog, double[] price, double[] structural, double[] shortfall, double[] rawTariff, bool[] inside, double[] partTariff, ContentRule[] rules, double[]? entryTariff)
    {
        EntryTariff = entryTariff;
        ZeroPerEntry = new double[catalog.EntryCount];
        ZeroPerMaterial = new double[catalog.Materials.Count];
        Context = context;
        Catalog = catalog;
        Price = price;
        Structural = structural;
        Shortfall = shortfall;
        RawTariff = rawTariff;
        Inside = inside;
        PartTariff = partTariff;
        Rules = rules;
    }

    /// <summary>The context compiled.</summary>
    public ScoringContext Context { get; }

    /// <summary>The catalog whose column spaces the arrays use.</summary>
    public CompiledCatalog Catalog { get; }

    internal double[] Price { get; }

    internal double[] Structural { get; }

    internal double[] Shortfall { get; }

    internal double[] RawTariff { get; }

    internal bool[] Inside { get; }

    internal double[] PartTariff { get; }

    internal ContentRule[] Rules { get; }

    /// <summary>Zeros, one per entry: stands in for an absent per-entry array so the fused loop needs no branch.</summary>
    internal double[] ZeroPerEntry { get; }

    /// <summary>Zeros, one per material.</summary>
    internal double[] ZeroPerMaterial { get; }

    /// <summary>Per catalog entry, the tariff excess Σₖ θₖ·τₖ; null when no tariff is in force (then it is 0 everywhere).</summary>
    internal double[]? EntryTariff { get; }

    /// <summary>Lays a context out for a catalog.</summary>
    /// <exception cref="ArgumentException">A catalog material cannot be scored (unknown, no EU parameters or no price); every one is listed.</exception>
    public static CompiledScenario Compile(ScoringContext context, CompiledCatalog catalog)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        int m = catalog.Materials.Count;
        var price = new double[m];
        var structural = new double[m];
        var shortfall = new double[m];
        var rawTariff = new double[m];
        var problems = new List<string>();
        for (int i = 0; i < m; i++)
        {
            MaterialId id = catalog.Materials[i];
            try
            {
                MaterialOutlook outlook = context.GetOutlook(id);
                if (outlook.Price is null)
                {
                    problems.Add($"material '{id}' has no reference price");
                    continue;
                }

                price[i] = outlook.Price.UsdPerKilogram / 1000.0;
                structural[i] = outlook.StructuralRisk;
                shortfall[i] = outlook.Shortfall;
                rawTariff[i] = outlook.ImportTariffExcess;
            }
            catch (KeyNotFoundException e)
            {
                problems.Add(e.Message);
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The catalog cannot be scored: " + string.Join("; ", problems));
        }

        int c = catalog.Countries.Count;
        var inside = new bool[c];
        var partTariff = new double[c];
        for (int k = 0; k < c; k++)
        {
            CountryCode country = catalog.Countries[k];
            inside[k] = !country.IsRestOfWorld && context.Buyer.Contains(country);
            partTariff[k] = context.Effects.PartTariff(country);
        }

        var rules = context.Effects.ContentRules.Select(rule => ContentRule.LayOut(rule, context.Scenario.Severity.LicensingCut, context, catalog)).ToArray();

        // Per entry, the tariff excess: raw-import tariffs for grams made inside the buyer, the part tariff otherwise.
        double[]? entryTariff = null;
        if (rawTariff.Any(t => t != 0) || partTariff.Any(t => t != 0))
        {
            entryTariff = new double[catalog.EntryCount];
            for (int p = 0; p < catalog.PartCount; p++)
            {
                for (int e = catalog.RowStart[p]; e < catalog.RowStart[p + 1]; e++)
                {
                    int material = catalog.EntryMaterial[e];
                    double excess = 0;
                    for (int k = catalog.MadeStart[e]; k < catalog.MadeStart[e + 1]; k++)
                    {
                        int country = catalog.MadeCountry[k];
                        excess += catalog.MadeShare[k] * (inside[country] ? rawTariff[material] : partTariff[country]);
                    }

                    entryTariff[e] = excess;
                }
            }
        }

        return new CompiledScenario(context, catalog, price, structural, shortfall, rawTariff, inside, partTariff, rules, entryTariff);
    }

    /// <summary>One content rule in the catalog's column spaces.</summary>
    internal sealed class ContentRule
    {
        public ContentRule(double threshold, double cut, double[] issuerShareIfControlled, double[] entryOutside)
        {
            Threshold = threshold;
            Cut = cut;
            IssuerShareIfControlled = issuerShareIfControlled;
            EntryOutside = entryOutside;
        }

        public double Threshold { get; }

        public double Cut { get; }

        public double[] IssuerShareIfControlled { get; }

        /// <summary>Per catalog entry, the share of its grams made outside the issuer and the buyer.</summary>
        public double[] EntryOutside { get; }

        /// <summary>Lays a content rule out in the catalog's column spaces (what it controls, where it bites).</summary>
        public static ContentRule LayOut(PolicyMeasure rule, double cut, ScoringContext context, CompiledCatalog catalog)
        {
            int m = catalog.Materials.Count;
            int c = catalog.Countries.Count;
            var issuerShareIfControlled = new double[m];
            for (int i = 0; i < m; i++)
            {
                if (rule.Scope.CoversMaterial(catalog.Materials[i]))
                {
                    Material material = context.GetOutlook(catalog.Materials[i]).Material;
                    issuerShareIfControlled[i] = material.Stages[material.Stages.Count - 1].Shares.ShareOf(rule.Issuer);
                }
            }

            var outside = new bool[c];
            for (int k = 0; k < c; k++)
            {
                CountryCode country = catalog.Countries[k];
                outside[k] = country != rule.Issuer && (country.IsRestOfWorld || !context.Buyer.Contains(country));
            }

            // Per entry, the share of its grams made outside the issuer and the buyer (where the rule bites).
            var entryOutside = new double[catalog.EntryCount];
            for (int e = 0; e < entryOutside.Length; e++)
            {
                double share = 0;
                for (int k = catalog.MadeStart[e]; k < catalog.MadeStart[e + 1]; k++)
                {
                    if (outside[catalog.MadeCountry[k]])
                    {
                        share += catalog.MadeShare[k];
                    }
                }

                entryOutside[e] = share;
            }

            return new ContentRule(rule.Magnitude, cut, issuerShareIfControlled, entryOutside);
        }
    }
}
