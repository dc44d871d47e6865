using System;
using System.Collections.Generic;
using System.Globalization;
using SupplyRisk.Geography;
using SupplyRisk.Policy;

namespace SupplyRisk.Scoring;

/// <summary>
/// The exposure of a part or product for a buyer under a scenario at a date, over a horizon: the 0–100 score, its
/// contributions by material, country and stage (each set adds up to the score), the output lost over the horizon,
/// time-to-survive and time-to-recover, the cost impact (tariffs and scarcity prices), and the measures assumed in
/// force with the reason for each. Immutable.
/// </summary>
public sealed class ExposureReport
{
    internal ExposureReport(
        string partNumber,
        string partName,
        Buyer buyer,
        Scenario scenario,
        DateTime asOf,
        int horizonDays,
        double score,
        double structuralRisk,
        double expectedShortfall,
        string? shortfallDriver,
        string? bindingPart,
        int? timeToSurviveDays,
        int? timeToRecoverDays,
        double costImpactMaterialTariffs,
        double costImpactPartTariffs,
        double costImpactPrices,
        IReadOnlyList<MaterialExposure> materials,
        InputTimePath? path,
        IReadOnlyList<Contribution> byCountry,
        IReadOnlyList<Contribution> byStage,
        IReadOnlyList<MeasureAsOf> measures,
        DateTime? dataAsOf,
        AfterCutoff afterCutoff,
        IReadOnlyList<PolicyAssumption> assumptions)
    {
        AfterCutoff = afterCutoff;
        PartNumber = partNumber;
        PartName = partName;
        Buyer = buyer;
        Scenario = scenario;
        AsOf = asOf;
        HorizonDays = horizonDays;
        Score = score;
        StructuralRisk = structuralRisk;
        ExpectedShortfall = expectedShortfall;
        ShortfallDriver = shortfallDriver;
        BindingPart = bindingPart;
        TimeToSurviveDays = timeToSurviveDays;
        TimeToRecoverDays = timeToRecoverDays;
        CostImpactMaterialTariffs = costImpactMaterialTariffs;
        CostImpactPartTariffs = costImpactPartTariffs;
        CostImpactPrices = costImpactPrices;
        Materials = materials;
        Path = path;
        ByCountry = byCountry;
        ByStage = byStage;
        Measures = measures;
        DataAsOf = dataAsOf;
        Assumptions = assumptions;
    }

    /// <summary>The part or product number.</summary>
    public string PartNumber { get; }

    /// <summary>Its name.</summary>
    public string PartName { get; }

    /// <summary>The buyer.</summary>
    public Buyer Buyer { get; }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The date (day 0 of the horizon).</summary>
    public DateTime AsOf { get; }

    /// <summary>The days over which output lost is counted.</summary>
    public int HorizonDays { get; }

    /// <summary>The exposure score, 0–100: <c>100 · [R · (1 − F) + F]</c>.</summary>
    public double Score { get; }

    /// <summary>R: the value-weighted structural risk Σ ω·min(1, SR/10), 0–1.</summary>
    public double StructuralRisk { get; }

    /// <summary>
    /// F: the share of the horizon's units that cannot be built for lack of an input after stocks are drawn, 0–1 (the
    /// most-lost input decides). Same as <see cref="OutputLost"/>.
    /// </summary>
    public double ExpectedShortfall { get; }

    /// <summary>F: the share of the horizon's units that cannot be built, 0–1.</summary>
    public double OutputLost => ExpectedShortfall;

    /// <summary>The material of the binding input; <see langword="null"/> when no output is lost.</summary>
    public string? ShortfallDriver { get; }

    /// <summary>The part that directly holds the binding input (e.g. a magnet set); <see langword="null"/> when no output is lost.</summary>
    public string? BindingPart { get; }

    /// <summary>The first day (0 = the as-of date) on which some input's need cannot be met from flow plus stock; null when never within the horizon.</summary>
    public int? TimeToSurviveDays { get; }

    /// <summary>
    /// The first day after supply first fell short on which the flow of every input that cost output is back within 1 %
    /// of need; null when no output is lost (stocks absorb every shortfall) or the flow does not recover within the horizon.
    /// </summary>
    public int? TimeToRecoverDays { get; }

    /// <summary>Relative change of the material cost from tariffs and scarcity prices (0.12 = +12 %): <see cref="CostImpactTariffs"/> + <see cref="CostImpactPrices"/>.</summary>
    public double CostImpact => CostImpactTariffs + CostImpactPrices;

    /// <summary>The part of <see cref="CostImpact"/> from tariffs: <see cref="CostImpactMaterialTariffs"/> + <see cref="CostImpactPartTariffs"/>.</summary>
    public double CostImpactTariffs => CostImpactMaterialTariffs + CostImpactPartTariffs;

    /// <summary>
    /// The part of <see cref="CostImpact"/> from tariffs on materials (ores, refined materials and material forms such
    /// as magnets) at every border they cross on their way to the parts that consume them, wherever that is.
    /// </summary>
    public double CostImpactMaterialTariffs { get; }

    /// <summary>
    /// The part of <see cref="CostImpact"/> from the buyer's tariffs on parts and products (components, assemblies,
    /// products) it imports: the part whole where it is made outside the buyer, its sub-parts made outside where it is
    /// made inside.
    /// </summary>
    public double CostImpactPartTariffs { get; }

    /// <summary>The part of <see cref="CostImpact"/> from scarcity prices along the materials' routes, averaged over the horizon.</summary>
    public double CostImpactPrices { get; }

    /// <summary>Per material: contribution, SR, value share, cost multipliers and daily path; largest contribution first.</summary>
    public IReadOnlyList<MaterialExposure> Materials { get; }

    /// <summary>The binding input's daily path (flow, stock, units built), or the most constrained input's when none binds; null for a part without materials.</summary>
    public InputTimePath? Path { get; }

    /// <summary>Contributions by supplier country (and <c>demand</c>); they add up to <see cref="Score"/>.</summary>
    public IReadOnlyList<Contribution> ByCountry { get; }

    /// <summary>Contributions by supply stage or item class where the shortfall arises (and <c>demand</c>); they add up to <see cref="Score"/>.</summary>
    public IReadOnlyList<Contribution> ByStage { get; }

    /// <summary>Every measure the scenario considered, with its state on the as-of date and the reason.</summary>
    public IReadOnlyList<MeasureAsOf> Measures { get; }

    /// <summary>The policy timeline's data cut-off (null when it states none, or the scenario does not follow it).</summary>
    public DateTime? DataAsOf { get; }

    /// <summary>What was assumed of suspensions and expiries recorded to end after the data cut-off.</summary>
    public AfterCutoff AfterCutoff { get; }

    /// <summary>
    /// The changes of measures recorded after the data cut-off and before the horizon ends, with what was assumed of
    /// each: the result rests on them, not on a record. Empty when none.
    /// </summary>
    public IReadOnlyList<PolicyAssumption> Assumptions { get; }

    /// <summary>
    /// One line for logs and notebooks: part, buyer, scenario, date, score, output lost, cost impact and the material
    /// with the largest contribution, e.g. <c>smartphone (Smartphone): buyer US, scenario current, 2026-11-28, score
    /// 21.0, output lost 0.0%, cost impact +1.2%, top material cobalt (5.55 points)</c>.
    /// </summary>
    public override string ToString()
    {
        string top = Materials.Count == 0
            ? "no materials"
            : string.Format(CultureInfo.InvariantCulture, "top material {0} ({1:0.00} points)", Materials[0].Material.Value, Materials[0].Score);
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} ({1}): buyer {2}, scenario {3}, {4:yyyy-MM-dd}, score {5:0.0}, output lost {6:0.0%}, cost impact {7:+0.0%;-0.0%;0.0%}, {8}",
            PartNumber,
            PartName,
            Buyer.Code,
            Scenario.Id,
            AsOf,
            Score,
            OutputLost,
            CostImpact,
            top);
    }
}
