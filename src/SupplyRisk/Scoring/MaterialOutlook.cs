using SupplyRisk.Criticality;
using SupplyRisk.Materials;

namespace SupplyRisk.Scoring;

/// <summary>
/// One material for one buyer under one scenario at one date: its SR under the scenario's trade factors, its reference
/// price and its dynamics (the tariffs it pays depend on its routes, so they are per part: <see cref="ExposureReport"/>).
/// Immutable.
/// </summary>
public sealed class MaterialOutlook
{
    internal MaterialOutlook(Material material, MaterialSupplyRisk supplyRisk, MaterialPrice? price, MaterialDynamics dynamics, int? onsetDay)
    {
        Material = material;
        SupplyRisk = supplyRisk;
        Price = price;
        Dynamics = dynamics;
        OnsetDay = onsetDay;
    }

    /// <summary>The material.</summary>
    public Material Material { get; }

    /// <summary>The EU-style SR with the scenario's trade factors.</summary>
    public MaterialSupplyRisk SupplyRisk { get; }

    /// <summary>The reference price, if the dataset has one.</summary>
    public MaterialPrice? Price { get; }

    /// <summary>How the material's supply behaves over time (stocks, alternatives, price response).</summary>
    public MaterialDynamics Dynamics { get; }

    /// <summary>
    /// The day (relative to the as-of date; negative when earlier) on which the first measure acting on the material
    /// in the horizon began; lead times for alternative supply and substitution count from it. Null when none acts.
    /// </summary>
    public int? OnsetDay { get; }

    /// <summary>The normalised structural risk min(1, SR / 10).</summary>
    public double StructuralRisk => System.Math.Min(1.0, SupplyRisk.Value / ExposureModel.SupplyRiskScale);
}
