using System;
using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;

namespace SupplyRisk.Scoring;

/// <summary>
/// Model + scenario + buyer + date compiled once: the measures in force, their effects, and every
/// material's outlook. Scoring a part then only combines precomputed material figures. Immutable and thread-safe.
/// </summary>
/// <remarks>The formulas are in docs/methodology.md ("Exposure score").</remarks>
public sealed class ScoringContext
{
    private readonly Dictionary<MaterialId, MaterialOutlook> _outlooks;
    private readonly Dictionary<MaterialId, string> _unavailable;

    private ScoringContext(ReferenceDataset data, Buyer buyer, Scenario scenario, DateTime asOf, IReadOnlyList<MeasureStatus> measures, ShockEffects effects, ICollection<MaterialId>? only)
    {
        Data = data;
        Buyer = buyer;
        Scenario = scenario;
        AsOf = asOf.Date;
        Measures = measures;
        Effects = effects;
        _outlooks = new Dictionary<MaterialId, MaterialOutlook>();
        _unavailable = new Dictionary<MaterialId, string>();
        var assessor = new SupplyRiskAssessor(data);
        foreach (Material material in data.Materials)
        {
            if (only is not null && !only.Contains(material.Id))
            {
                continue;
            }

            if (SupplyRiskAssessor.CanAssess(material, out string reason))
            {
                _outlooks.Add(material.Id, Outlook(material, assessor));
            }
            else
            {
                _unavailable.Add(material.Id, reason);
            }
        }
    }

    /// <summary>The reference data.</summary>
    public ReferenceDataset Data { get; }

    /// <summary>The buyer.</summary>
    public Buyer Buyer { get; }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The date.</summary>
    public DateTime AsOf { get; }

    /// <summary>Every measure considered, with its state on <see cref="AsOf"/> and why.</summary>
    public IReadOnlyList<MeasureStatus> Measures { get; }

    /// <summary>The effects of the measures in force.</summary>
    public ShockEffects Effects { get; }

    /// <summary>Compiles a context.</summary>
    /// <param name="data">The reference data.</param>
    /// <param name="timeline">The policy timeline (used by scenarios that follow it, such as <c>current</c>).</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="buyer">The buyer.</param>
    /// <param name="asOf">The date.</param>
    public static ScoringContext Compile(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario, Buyer buyer, DateTime asOf) =>
        Compile(data, timeline, scenario, buyer, asOf, only: null);

    /// <summary>
    /// Compiles a context whose outlooks cover only <paramref name="only"/> (all materials when null): for callers
    /// that compile many variants to score a few parts, such as a sensitivity analysis.
    /// </summary>
    internal static ScoringContext Compile(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario, Buyer buyer, DateTime asOf, ICollection<MaterialId>? only)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        if (scenario is null)
        {
            throw new ArgumentNullException(nameof(scenario));
        }

        if (buyer is null)
        {
            throw new ArgumentNullException(nameof(buyer));
        }

        IReadOnlyList<MeasureStatus> measures = scenario.Evaluate(asOf, timeline ?? throw new ArgumentNullException(nameof(timeline)));
        var effects = new ShockEffects(buyer, measures.Where(m => m.State == MeasureState.InForce).Select(m => m.Measure), scenario.Severity);
        return new ScoringContext(data, buyer, scenario, asOf, measures, effects, only);
    }

    /// <summary>The outlook of a material.</summary>
    /// <exception cref="KeyNotFoundException">The material is unknown, or lacks the EU parameters SR needs.</exception>
    public MaterialOutlook GetOutlook(MaterialId material)
    {
        if (_outlooks.TryGetValue(material, out MaterialOutlook? outlook))
        {
            return outlook;
        }

        throw new KeyNotFoundException(_unavailable.TryGetValue(material, out string? reason)
            ? $"Material '{material}' cannot be scored: {reason}."
            : $"Material '{material}' is not in the dataset.");
    }

    /// <summary>Scores a part of <paramref name="catalog"/>.</summary>
    public ExposureReport Score(PartCatalog catalog, string partNumber) =>
        Score((catalog ?? throw new ArgumentNullException(nameof(catalog))).Flatten(partNumber));

    /// <summary>Scores a flattened part.</summary>
    /// <exception cref="ArgumentException">A material of the part cannot be scored (unknown, no EU parameters, no price); every one is listed.</exception>
    public ExposureReport Score(FlatPart part)
    {
        if (part is null)
        {
            throw new ArgumentNullException(nameof(part));
        }

        var problems = new List<string>();
        var lines = new List<(FlatMaterial Line, MaterialOutlook Outlook, double Value)>();
        foreach (FlatMaterial line in part.Materials)
        {
            if (!_outlooks.TryGetValue(line.Material, out MaterialOutlook? outlook))
            {
                problems.Add(_unavailable.TryGetValue(line.Material, out string? why) ? why : $"material '{line.Material}' is not in the dataset");
                continue;
            }

            if (outlook.Price is null)
            {
                problems.Add($"material '{line.Material}' has no reference price (add it with a material-prices file)");
                continue;
            }

            lines.Add((line, outlook, line.Grams / 1000.0 * outlook.Price.UsdPerKilogram));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"Part '{part.Part.PartNumber}' cannot be scored: " + string.Join("; ", problems) + ".");
        }

        double totalValue = lines.Sum(l => l.Value);
        double Weight(double value) => totalValue > 0 ? value / totalValue : 0;

        // Structural risk R and the shortfall candidates.
        double structural = 0;
        double materialShortfall = 0;
        int binding = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            var (line, outlook, value) = lines[i];
            structural += Weight(value) * line.Substitutability * outlook.StructuralRisk;
            // A line that weighs nothing cannot stop production.
            double f = line.Grams > 0 ? line.Substitutability * outlook.Shortfall : 0;
            if (f > materialShortfall)
            {
                materialShortfall = f;
                binding = i;
            }
        }

        var (ruleShortfall, rule) = ContentRuleShortfall(lines.Select(l => (l.Line, l.Outlook, Weight(l.Value))).ToList());
        bool ruleBinds = ruleShortfall > materialShortfall;
        double shortfall = ruleBinds ? ruleShortfall : materialShortfall;
        double score = 100.0 * ((structural * (1.0 - shortfall)) + shortfall);

        // Attribution: structural terms scaled by (1 − F); F to its driver.
        var byCountry = new Accumulator();
        var byStage = new Accumulator();
        var exposures = new List<MaterialExposure>(lines.Count);
        double controlledValue = ruleBinds ? lines.Where(l => rule!.Scope.CoversMaterial(l.Line.Material)).Sum(l => l.Value) : 0;
        for (int i = 0; i < lines.Count; i++)
        {
            var (line, outlook, value) = lines[i];
            double w = Weight(value);
            double structuralPoints = 100.0 * w * line.Substitutability * outlook.StructuralRisk * (1.0 - shortfall);
            StageSupplyRisk bottleneck = outlook.SupplyRisk.Bottleneck;
            double sr = outlook.SupplyRisk.Value;
            if (sr > 0)
            {
                foreach (var term in bottleneck.ByCountry())
                {
                    byCountry.Add(term.Key.Value, structuralPoints * term.Value / sr, 0);
                }
            }

            byStage.Add(StageName(bottleneck.Stage.Kind), structuralPoints, 0);

            double shortfallPoints = 0;
            if (!ruleBinds && i == binding)
            {
                shortfallPoints = 100.0 * shortfall;
                double u = outlook.Shortfall;
                foreach (var source in outlook.ShortfallBySource)
                {
                    double points = shortfallPoints * source.Value / u;
                    byCountry.Add(source.Key, 0, points);
                    byStage.Add(source.Key == ExposureModel.DemandSource ? ExposureModel.DemandSource : StageName(outlook.BindingStage), 0, points);
                }
            }
            else if (ruleBinds && rule!.Scope.CoversMaterial(line.Material) && controlledValue > 0)
            {
                shortfallPoints = 100.0 * shortfall * value / controlledValue;
            }

            exposures.Add(new MaterialExposure(outlook, line.Grams, line.Substitutability, w, structuralPoints + shortfallPoints, structuralPoints, shortfallPoints, 1.0 + TariffExcess(line, outlook)));
        }

        if (ruleBinds)
        {
            byCountry.Add(rule!.Issuer.Value, 0, 100.0 * shortfall);
            byStage.Add("content rule", 0, 100.0 * shortfall);
        }

        double costImpact = totalValue > 0 ? lines.Select(l => l.Value * TariffExcess(l.Line, l.Outlook)).Sum() / totalValue : 0;
        string? driver = shortfall <= 0 ? null : ruleBinds ? "content-rule:" + rule!.Id : lines[binding].Line.Material.Value;
        return new ExposureReport(
            part.Part.PartNumber,
            part.Part.Name,
            Buyer,
            Scenario,
            AsOf,
            score,
            structural,
            shortfall,
            driver,
            costImpact,
            exposures.OrderByDescending(e => e.Score).ThenBy(e => e.Material).ToList().AsReadOnly(),
            byCountry.ToList(),
            byStage.ToList(),
            Measures);
    }

    private MaterialOutlook Outlook(Material material, SupplyRiskAssessor assessor)
    {
        BuyerMaterialProfile? profile = Data.FindProfile(Buyer, material.Id);
        CountryShares Mix(SupplyStage stage) => profile?.SourcingFor(stage.Kind) ?? stage.Shares;

        // SR with the scenario's trade factors, stage by stage.
        MaterialSupplyRisk risk = assessor.AssessByStage(material.Id, Buyer, kind =>
        {
            SupplyStage stage = material.GetStage(kind);
            TradeFactors factors = TradeFactors.Neutral;
            foreach (CountryCode country in stage.Shares.Entries.Select(e => e.Country).Concat(Mix(stage).Entries.Select(e => e.Country)).Distinct())
            {
                double t = Effects.For(material.Id, kind, country).TradeFactor;
                if (t != 1.0)
                {
                    factors = factors.With(country, t);
                }
            }

            return factors;
        });

        // Availability: the binding stage, then demand.
        double bestAvailability = double.PositiveInfinity;
        SupplyStage bindingStage = material.Stages[0];
        foreach (SupplyStage stage in material.Stages)
        {
            // Shares may sum to 1 ± 1e-4: availability is kept within [0, 1].
            double a = Math.Max(0.0, Math.Min(1.0, 1.0 - Mix(stage).Entries.Sum(e => e.Share * Effects.For(material.Id, stage.Kind, e.Country).Cut)));
            if (a < bestAvailability)
            {
                bestAvailability = a;
                bindingStage = stage;
            }
        }

        double demand = Effects.DemandIncrease(material.Id);
        var bySource = new List<KeyValuePair<string, double>>();
        double rawCut = Mix(bindingStage).Entries.Sum(e => e.Share * Effects.For(material.Id, bindingStage.Kind, e.Country).Cut);
        double cutScale = rawCut > 0 ? (1.0 - bestAvailability) / rawCut : 0; // 1 unless availability was clamped
        foreach (CountryShare e in Mix(bindingStage).Entries)
        {
            double cut = e.Share * Effects.For(material.Id, bindingStage.Kind, e.Country).Cut * cutScale / (1.0 + demand);
            if (cut > 0)
            {
                bySource.Add(new KeyValuePair<string, double>(e.Country.Value, cut));
            }
        }

        if (demand > 0)
        {
            bySource.Add(new KeyValuePair<string, double>(ExposureModel.DemandSource, demand / (1.0 + demand)));
        }

        SupplyStage last = material.Stages[material.Stages.Count - 1];
        double importTariff = Mix(last).Entries.Sum(e => e.Share * Effects.For(material.Id, last.Kind, e.Country).Tariff);
        return new MaterialOutlook(material, risk, bestAvailability / (1.0 + demand), bindingStage.Kind, bySource.AsReadOnly(), importTariff, Data.FindPrice(material.Id));
    }

    /// <summary>
    /// Tariff excess of a material in a part (cost multiplier − 1): Σ over where the holding part is made of the
    /// gram share × the tariff paid: the raw-import tariffs where it is made inside the buyer, the part tariff where
    /// it is imported. Computed as a sum of excesses so that no tariff gives exactly 0.
    /// </summary>
    private double TariffExcess(FlatMaterial line, MaterialOutlook outlook)
    {
        if (line.Grams <= 0)
        {
            return 0;
        }

        double total = 0;
        foreach (var made in line.GramsByMadeIn)
        {
            double excess = !made.Key.IsRestOfWorld && Buyer.Contains(made.Key) ? outlook.ImportTariffExcess : Effects.PartTariff(made.Key);
            total += made.Value / line.Grams * excess;
        }

        return total;
    }

    /// <summary>
    /// The shortfall from extraterritorial content rules: parts made outside the issuer and the buyer whose
    /// value share of the issuer's controlled materials (by the issuer's share of global supply) reaches the
    /// threshold need a licence, so their share of the part is cut like a licensed flow.
    /// </summary>
    private (double Shortfall, PolicyMeasure? Rule) ContentRuleShortfall(List<(FlatMaterial Line, MaterialOutlook Outlook, double Weight)> lines)
    {
        double best = 0;
        PolicyMeasure? bestRule = null;
        foreach (PolicyMeasure rule in Effects.ContentRules)
        {
            double controlledShare = 0;
            foreach (var (line, outlook, weight) in lines)
            {
                if (rule.Scope.CoversMaterial(line.Material))
                {
                    SupplyStage last = outlook.Material.Stages[outlook.Material.Stages.Count - 1];
                    controlledShare += weight * last.Shares.ShareOf(rule.Issuer);
                }
            }

            if (controlledShare < rule.Magnitude || controlledShare <= 0)
            {
                continue;
            }

            double affected = 0;
            foreach (var (line, _, weight) in lines)
            {
                foreach (var made in line.GramsByMadeIn)
                {
                    bool outside = made.Key != rule.Issuer && (made.Key.IsRestOfWorld || !Buyer.Contains(made.Key));
                    if (outside && line.Grams > 0)
                    {
                        affected += weight * made.Value / line.Grams;
                    }
                }
            }

            double shortfall = affected * Scenario.Severity.LicensingCut;
            if (shortfall > best)
            {
                best = shortfall;
                bestRule = rule;
            }
        }

        return (best, bestRule);
    }

    private static string StageName(StageKind kind) => StageKinds.Name(kind);

    private sealed class Accumulator
    {
        private readonly Dictionary<string, (double Structural, double Shortfall)> _values = new(StringComparer.Ordinal);

        public void Add(string key, double structural, double shortfall)
        {
            _values.TryGetValue(key, out var v);
            _values[key] = (v.Structural + structural, v.Shortfall + shortfall);
        }

        public IReadOnlyList<Contribution> ToList() =>
            _values.Select(p => new Contribution(p.Key, p.Value.Structural + p.Value.Shortfall, p.Value.Structural, p.Value.Shortfall))
                .OrderByDescending(c => c.Score).ThenBy(c => c.Key, StringComparer.Ordinal).ToList().AsReadOnly();
    }
}
