using System;
using System.Collections.Generic;
using SupplyRisk.Geography;
using SupplyRisk.Policy;

namespace SupplyRisk.Scoring;

/// <summary>
/// The exposure of a part or product for a buyer under a scenario at a date: the 0–100 score, its
/// contributions by material, country and stage (each set adds up to the score), the expected shortfall,
/// the cost impact, and the measures assumed in force with the reason for each. Immutable.
/// </summary>
public sealed class ExposureReport
{
    internal ExposureReport(
        string partNumber,
        string partName,
        Buyer buyer,
        Scenario scenario,
        DateTime asOf,
        double score,
        double structuralRisk,
        double expectedShortfall,
        string? shortfallDriver,
        double costImpact,
        IReadOnlyList<MaterialExposure> materials,
        IReadOnlyList<Contribution> byCountry,
        IReadOnlyList<Contribution> byStage,
        IReadOnlyList<MeasureStatus> measures)
    {
        PartNumber = partNumber;
        PartName = partName;
        Buyer = buyer;
        Scenario = scenario;
        AsOf = asOf;
        Score = score;
        StructuralRisk = structuralRisk;
        ExpectedShortfall = expectedShortfall;
        ShortfallDriver = shortfallDriver;
        CostImpact = costImpact;
        Materials = materials;
        ByCountry = byCountry;
        ByStage = byStage;
        Measures = measures;
    }

    /// <summary>The part or product number.</summary>
    public string PartNumber { get; }

    /// <summary>Its name.</summary>
    public string PartName { get; }

    /// <summary>The buyer.</summary>
    public Buyer Buyer { get; }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The date.</summary>
    public DateTime AsOf { get; }

    /// <summary>The exposure score, 0–100: <c>100 · [R · (1 − F) + F]</c>.</summary>
    public double Score { get; }

    /// <summary>R: the value-weighted structural risk Σ ω·σ·min(1, SR/10), 0–1.</summary>
    public double StructuralRisk { get; }

    /// <summary>F: the expected shortfall, the share of units that cannot be built for lack of material, 0–1.</summary>
    public double ExpectedShortfall { get; }

    /// <summary>What binds the shortfall: a material id, or <c>content-rule:ID</c>; <see langword="null"/> when there is none.</summary>
    public string? ShortfallDriver { get; }

    /// <summary>Relative change of the tariff-inclusive material cost against no tariffs (0.12 = +12 %).</summary>
    public double CostImpact { get; }

    /// <summary>Per material: contribution, SR, availability, value share, cost multiplier; largest contribution first.</summary>
    public IReadOnlyList<MaterialExposure> Materials { get; }

    /// <summary>Contributions by supplier country (and <c>demand</c>); they add up to <see cref="Score"/>.</summary>
    public IReadOnlyList<Contribution> ByCountry { get; }

    /// <summary>Contributions by supply stage (and <c>content rule</c>); they add up to <see cref="Score"/>.</summary>
    public IReadOnlyList<Contribution> ByStage { get; }

    /// <summary>Every measure the scenario considered, with its state and the reason.</summary>
    public IReadOnlyList<MeasureStatus> Measures { get; }
}
