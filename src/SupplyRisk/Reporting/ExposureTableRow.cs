using System;
using System.Globalization;
using SupplyRisk.Materials;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Reporting;

/// <summary>
/// One row of the long-format <see cref="ExposureTable"/>: one material of one <see cref="ExposureReport"/> (part ×
/// scenario × buyer × date), with the part-level figures repeated on each of its rows. For a part without materials
/// the material figures are <see langword="null"/>. Immutable.
/// </summary>
public sealed class ExposureTableRow
{
    private readonly ExposureReport _report;
    private readonly MaterialExposure? _material;

    internal ExposureTableRow(ExposureReport report, MaterialExposure? material)
    {
        _report = report;
        _material = material;
    }

    /// <summary>The part or product number.</summary>
    public string PartNumber => _report.PartNumber;

    /// <summary>The part's name.</summary>
    public string PartName => _report.PartName;

    /// <summary>The scenario's id.</summary>
    public string ScenarioId => _report.Scenario.Id;

    /// <summary>The buyer's code.</summary>
    public string BuyerCode => _report.Buyer.Code;

    /// <summary>The as-of date (day 0 of the horizon).</summary>
    public DateTime AsOf => _report.AsOf;

    /// <summary>The days over which output lost is counted.</summary>
    public int HorizonDays => _report.HorizonDays;

    /// <summary>The part's exposure score, 0–100 (<see cref="ExposureReport.Score"/>).</summary>
    public double Score => _report.Score;

    /// <summary>The part's structural risk R, 0–1 (<see cref="ExposureReport.StructuralRisk"/>).</summary>
    public double StructuralRisk => _report.StructuralRisk;

    /// <summary>The part's output lost F, the share of the horizon's units that cannot be built, 0–1.</summary>
    public double OutputLost => _report.OutputLost;

    /// <summary>The material of the binding input; null when no output is lost.</summary>
    public string? ShortfallDriver => _report.ShortfallDriver;

    /// <summary>The part that directly holds the binding input; null when no output is lost.</summary>
    public string? BindingPart => _report.BindingPart;

    /// <summary>The part's time to survive in days; null when no input falls short within the horizon.</summary>
    public int? TimeToSurviveDays => _report.TimeToSurviveDays;

    /// <summary>The part's time to recover in days; null when no output is lost or it does not recover within the horizon.</summary>
    public int? TimeToRecoverDays => _report.TimeToRecoverDays;

    /// <summary>The relative change of the part's material cost (0.12 = +12 %): the sum of the three parts below.</summary>
    public double CostImpact => _report.CostImpact;

    /// <summary>The part of <see cref="CostImpact"/> from tariffs on materials.</summary>
    public double CostImpactMaterialTariffs => _report.CostImpactMaterialTariffs;

    /// <summary>The part of <see cref="CostImpact"/> from the buyer's tariffs on parts and products.</summary>
    public double CostImpactPartTariffs => _report.CostImpactPartTariffs;

    /// <summary>The part of <see cref="CostImpact"/> from scarcity prices.</summary>
    public double CostImpactPrices => _report.CostImpactPrices;

    /// <summary>The policy data's cut-off; null when it states none or the scenario does not follow it.</summary>
    public DateTime? DataAsOf => _report.DataAsOf;

    /// <summary>The rule assumed for changes recorded after the data cut-off: <c>extend</c> or <c>reinstate</c>.</summary>
    public string AfterCutoff => AfterCutoffRules.Name(_report.AfterCutoff);

    /// <summary>How many changes of measures recorded after the data cut-off the result rests on (<see cref="ExposureReport.Assumptions"/>).</summary>
    public int AssumptionCount => _report.Assumptions.Count;

    /// <summary>The material id; null for a part without materials (then every material figure is null).</summary>
    public string? Material => _material?.Material.Value;

    /// <summary>Points of the part's score attributed to this material.</summary>
    public double? MaterialScore => _material?.Score;

    /// <summary>Of <see cref="MaterialScore"/>, the points from structural risk.</summary>
    public double? MaterialStructural => _material?.Structural;

    /// <summary>Of <see cref="MaterialScore"/>, the points from output lost.</summary>
    public double? MaterialShortfall => _material?.Shortfall;

    /// <summary>Grams of the material per unit of the part.</summary>
    public double? Grams => _material?.Grams;

    /// <summary>The material's share of the part's material value, 0–1.</summary>
    public double? ValueShare => _material?.ValueShare;

    /// <summary>Substitutability of the material in this part (1 none, 0 free).</summary>
    public double? Substitutability => _material?.Substitutability;

    /// <summary>The material's EU-style supply risk SR under the scenario.</summary>
    public double? SupplyRisk => _material?.Outlook.SupplyRisk.Value;

    /// <summary>The material's bottleneck stage: <c>extraction</c>, <c>processing</c> or <c>manufacturing</c>.</summary>
    public string? BottleneckStage => _material is null ? null : StageKinds.Name(_material.Outlook.SupplyRisk.Bottleneck.Stage.Kind);

    /// <summary>
    /// The supply data the bottleneck's SR rests on: <c>combined</c> (the buyer's sourcing and global supply),
    /// <c>sourcingOnly</c> or <c>globalSupplyOnly</c> (as in the score JSON's <c>supplyBasis</c>).
    /// </summary>
    public string? SupplyBasis => _material is null ? null : Criticality.SupplyBases.Name(_material.Outlook.SupplyRisk.Bottleneck.Result.Basis);

    /// <summary>The lowest share of normal supply reaching the part, before stocks and substitution, 0–1.</summary>
    public double? MinimumAvailability => _material?.MinimumAvailability;

    /// <summary>The first day on which <see cref="MinimumAvailability"/> occurs (0 = the as-of date).</summary>
    public int? DayOfMinimumAvailability => _material?.DayOfMinimumAvailability;

    /// <summary>The share of the horizon's units this input keeps from being built, 0–1.</summary>
    public double? MaterialOutputLost => _material?.OutputLost;

    /// <summary>The input's own time to survive in days; null when it never falls short within the horizon.</summary>
    public int? MaterialTimeToSurviveDays => _material?.Path.TimeToSurviveDays;

    /// <summary>The input's own time to recover in days; null when it never fell short or is still short at the horizon's end.</summary>
    public int? MaterialTimeToRecoverDays => _material?.Path.TimeToRecoverDays;

    /// <summary>Days of need held in stock at the start along the input's least-covered path.</summary>
    public double? CoverDays => _material?.Path.CoverDays;

    /// <summary>Whether traders' stock serves the need (a shortfall then costs a premium, not units).</summary>
    public bool? ServedFromTraderStock => _material?.Path.ServedFromTraderStock;

    /// <summary>The part that directly contains the material on its least-covered path.</summary>
    public string? ContainingPart => _material?.Path.ContainingPart;

    /// <summary>The tariff-inclusive cost multiplier of the material in this part (1 = no tariff).</summary>
    public double? CostMultiplier => _material?.CostMultiplier;

    /// <summary>The mean price multiplier over the horizon from scarcity along the material's routes (1 = no change).</summary>
    public double? PriceMultiplier => _material?.PriceMultiplier;

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1} {2} {3:yyyy-MM-dd} {4}: score {5:0.00}, material {6}",
        PartNumber,
        BuyerCode,
        ScenarioId,
        AsOf,
        Material ?? "(none)",
        Score,
        MaterialScore is double points ? points.ToString("0.00", CultureInfo.InvariantCulture) : "-");
}
