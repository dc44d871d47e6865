using System.Collections.Generic;
using SupplyRisk.Criticality;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Scoring;

/// <summary>
/// One material for one buyer under one scenario at one date: its SR under the scenario's trade factors,
/// its availability (binding stage), who the shortfall comes from, and its tariff-inclusive cost multiplier. Immutable.
/// </summary>
public sealed class MaterialOutlook
{
    internal MaterialOutlook(
        Material material,
        MaterialSupplyRisk supplyRisk,
        double availability,
        StageKind bindingStage,
        IReadOnlyList<KeyValuePair<string, double>> shortfallBySource,
        double importTariffExcess,
        MaterialPrice? price)
    {
        Material = material;
        SupplyRisk = supplyRisk;
        Availability = availability;
        BindingStage = bindingStage;
        ShortfallBySource = shortfallBySource;
        ImportTariffExcess = importTariffExcess;
        Price = price;
    }

    /// <summary>The material.</summary>
    public Material Material { get; }

    /// <summary>The EU-style SR with the scenario's trade factors.</summary>
    public MaterialSupplyRisk SupplyRisk { get; }

    /// <summary>The share of normal supply that reaches the buyer: the binding stage's, divided by 1 + the demand increase.</summary>
    public double Availability { get; }

    /// <summary>1 − <see cref="Availability"/>.</summary>
    public double Shortfall => 1.0 - Availability;

    /// <summary>The stage with the lowest availability (the first in stage order on a tie).</summary>
    public StageKind BindingStage { get; }

    /// <summary>The shortfall split by source: supplier country codes, and <c>demand</c>; the values add up to <see cref="Shortfall"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> ShortfallBySource { get; }

    /// <summary>Tariff-inclusive cost of the buyer's imports of the material relative to no tariffs: Σ wᵢ (1 + τᵢ) over the last stage.</summary>
    public double ImportCostMultiplier => 1.0 + ImportTariffExcess;

    /// <summary>The tariff paid on the buyer's imports of the material, as a fraction of their value: Σ wᵢ τᵢ over the last stage.</summary>
    public double ImportTariffExcess { get; }

    /// <summary>The reference price, if the dataset has one.</summary>
    public MaterialPrice? Price { get; }

    /// <summary>The normalised structural risk min(1, SR / 10).</summary>
    public double StructuralRisk => System.Math.Min(1.0, SupplyRisk.Value / ExposureModel.SupplyRiskScale);
}
