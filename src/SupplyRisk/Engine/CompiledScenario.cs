using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SupplyRisk.Materials;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Engine;

/// <summary>
/// A <see cref="ScoringContext"/> (dataset + scenario + buyer + date) laid out in the column spaces of one
/// <see cref="CompiledCatalog"/>: per material its structural risk, shortfall and raw-import tariff; per outside
/// country the tariff on parts made there; per content rule the controlled value share and where it bites. Its size
/// is proportional to the materials and countries, not to the parts. Immutable and thread-safe.
/// </summary>
public sealed class CompiledScenario
{
    private CompiledScenario(ScoringContext context, CompiledCatalog catalog, MaterialTerms[] materials, CountryTerms[] countries, ContentRule[] rules)
    {
        Context = context;
        Catalog = catalog;
        Materials = materials;
        Countries = countries;
        Rules = rules;
        UsesInsideValue = catalog.EntryInsideValue is not null && materials.Any(t => t.RawTariff != 0);
        UsesCountries = rules.Length > 0 || countries.Any(t => t.PartTariff != 0);
    }

    /// <summary>The context compiled.</summary>
    public ScoringContext Context { get; }

    /// <summary>The catalog whose column spaces the arrays use.</summary>
    public CompiledCatalog Catalog { get; }

    /// <summary>Per material column, what the kernel reads for it (one cache-friendly record).</summary>
    internal MaterialTerms[] Materials { get; }

    /// <summary>Per outside country, what the kernel reads for it.</summary>
    internal CountryTerms[] Countries { get; }

    /// <summary>The content rules in force; the first one's figures are also in <see cref="Materials"/> and <see cref="Countries"/>.</summary>
    internal ContentRule[] Rules { get; }

    /// <summary>Whether raw-import tariffs apply to value made inside the buyer (else that array is not read).</summary>
    internal bool UsesInsideValue { get; }

    /// <summary>Whether part tariffs or content rules make the per-part country lists worth reading.</summary>
    internal bool UsesCountries { get; }

    /// <summary>Lays a context out for a catalog.</summary>
    /// <exception cref="ArgumentException">
    /// A catalog material cannot be scored (unknown, no EU parameters or no price; every one is listed), or the
    /// catalog was compiled for another buyer or with other prices than the context's.
    /// </exception>
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

        if (!context.Buyer.Equals(catalog.Buyer))
        {
            throw new ArgumentException($"The catalog was compiled for buyer '{catalog.Buyer}' but the context is for buyer '{context.Buyer}': compile the catalog for that buyer.", nameof(catalog));
        }

        int m = catalog.Materials.Count;
        var materials = new MaterialTerms[m];
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

                if (outlook.Price.UsdPerKilogram != catalog.UsdPerKilogram(i))
                {
                    problems.Add(string.Format(CultureInfo.InvariantCulture, "material '{0}' is priced {1:R} USD/kg in the context's dataset but the catalog was compiled at {2:R} USD/kg", id, outlook.Price.UsdPerKilogram, catalog.UsdPerKilogram(i)));
                    continue;
                }

                materials[i] = new MaterialTerms(outlook.StructuralRisk, outlook.Shortfall, 0, outlook.ImportTariffExcess);
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

        ContentRule[] rules = context.Effects.ContentRules.Select(rule => ContentRule.LayOut(rule, context.Scenario.Severity.LicensingCut, context, catalog)).ToArray();
        var countries = new CountryTerms[catalog.Countries.Count];
        for (int k = 0; k < countries.Length; k++)
        {
            countries[k] = new CountryTerms(context.Effects.PartTariff(catalog.Countries[k]), rules.Length > 0 ? rules[0].Bites[k] : 0);
        }

        if (rules.Length > 0)
        {
            for (int i = 0; i < m; i++)
            {
                MaterialTerms t = materials[i];
                materials[i] = new MaterialTerms(t.Structural, t.Shortfall, rules[0].IssuerShareIfControlled[i], t.RawTariff);
            }
        }

        return new CompiledScenario(context, catalog, materials, countries, rules);
    }

    /// <summary>What the kernel reads per material: 32 bytes, half a cache line.</summary>
    internal readonly struct MaterialTerms
    {
        public MaterialTerms(double structural, double shortfall, double controlledShare, double rawTariff)
        {
            Structural = structural;
            Shortfall = shortfall;
            ControlledShare = controlledShare;
            RawTariff = rawTariff;
        }

        /// <summary>min(1, SR/10) under the scenario's trade factors.</summary>
        public double Structural { get; }

        /// <summary>1 − availability.</summary>
        public double Shortfall { get; }

        /// <summary>For the first content rule: the issuer's share of the material if the rule controls it, else 0.</summary>
        public double ControlledShare { get; }

        /// <summary>The tariff excess on the material's raw imports by the buyer.</summary>
        public double RawTariff { get; }
    }

    /// <summary>What the kernel reads per outside country.</summary>
    internal readonly struct CountryTerms
    {
        public CountryTerms(double partTariff, double firstRuleBites)
        {
            PartTariff = partTariff;
            FirstRuleBites = firstRuleBites;
        }

        /// <summary>The tariff excess on parts made there.</summary>
        public double PartTariff { get; }

        /// <summary>1 where the first content rule bites on value made there, else 0.</summary>
        public double FirstRuleBites { get; }
    }

    /// <summary>One content rule in the catalog's column spaces.</summary>
    internal sealed class ContentRule
    {
        public ContentRule(double threshold, double cut, double[] issuerShareIfControlled, double[] bites)
        {
            Threshold = threshold;
            Cut = cut;
            IssuerShareIfControlled = issuerShareIfControlled;
            Bites = bites;
        }

        public double Threshold { get; }

        public double Cut { get; }

        /// <summary>Per material column, the issuer's share of its last stage if the rule controls it, else 0.</summary>
        public double[] IssuerShareIfControlled { get; }

        /// <summary>Per outside country, 1 where the rule bites (made outside the issuer and the buyer), else 0.</summary>
        public double[] Bites { get; }

        /// <summary>A part's value controlled by the rule (weighted by the issuer's share) and its value made where the rule bites.</summary>
        public void Shares(CompiledCatalog catalog, int part, out double controlled, out double affected)
        {
            controlled = 0;
            for (int e = catalog.RowStart[part]; e < catalog.RowStart[part + 1]; e++)
            {
                controlled += catalog.EntryValue[e] * IssuerShareIfControlled[catalog.EntryMaterial[e]];
            }

            affected = 0;
            for (int j = catalog.OutsideStart[part]; j < catalog.OutsideStart[part + 1]; j++)
            {
                affected += catalog.OutsideValue[j] * Bites[catalog.OutsideCountry[j]];
            }
        }

        /// <summary>Lays a content rule out in the catalog's column spaces (what it controls, where it bites).</summary>
        public static ContentRule LayOut(PolicyMeasure rule, double cut, ScoringContext context, CompiledCatalog catalog)
        {
            int m = catalog.Materials.Count;
            var issuerShareIfControlled = new double[m];
            for (int i = 0; i < m; i++)
            {
                if (rule.Scope.CoversMaterial(catalog.Materials[i]))
                {
                    Material material = context.GetOutlook(catalog.Materials[i]).Material;
                    issuerShareIfControlled[i] = material.Stages[material.Stages.Count - 1].Shares.ShareOf(rule.Issuer);
                }
            }

            // The catalog's countries are already outside the buyer: the rule bites everywhere but at the issuer.
            var bites = new double[catalog.Countries.Count];
            for (int k = 0; k < bites.Length; k++)
            {
                bites[k] = catalog.Countries[k] != rule.Issuer ? 1.0 : 0.0;
            }

            return new ContentRule(rule.Magnitude, cut, issuerShareIfControlled, bites);
        }
    }
}
