using System.Collections.Generic;
using SupplyRisk.Concentration;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Reporting;

/// <summary>One row of the material summary: one stage of one material, with its concentration and each buyer's SR. Immutable.</summary>
public sealed class MaterialSummaryRow
{
    internal MaterialSummaryRow(Material material, SupplyStage stage, ConcentrationProfile concentration, IReadOnlyList<MaterialSummaryCell> supplyRisk, DataQuality weakestQuality)
    {
        Material = material;
        Stage = stage;
        Concentration = concentration;
        SupplyRisk = supplyRisk;
        WeakestQuality = weakestQuality;
    }

    /// <summary>The material.</summary>
    public Material Material { get; }

    /// <summary>The stage.</summary>
    public SupplyStage Stage { get; }

    /// <summary>The concentration of the stage's global supply.</summary>
    public ConcentrationProfile Concentration { get; }

    /// <summary>The SR of this stage for each buyer of the table, in the table's buyer order.</summary>
    public IReadOnlyList<MaterialSummaryCell> SupplyRisk { get; }

    /// <summary>The weakest quality flag among the stage's shares.</summary>
    public DataQuality WeakestQuality { get; }
}
