using SupplyRisk.Concentration;
using SupplyRisk.Materials;

namespace SupplyRisk.Criticality;

/// <summary>The supply risk of one stage of a material for one buyer, with the concentration behind it. Immutable.</summary>
public sealed class StageSupplyRisk
{
    internal StageSupplyRisk(SupplyStage stage, ConcentrationProfile globalConcentration, SupplyRiskResult result, string basisReason)
    {
        Stage = stage;
        GlobalConcentration = globalConcentration;
        Result = result;
        BasisReason = basisReason;
    }

    /// <summary>The stage.</summary>
    public SupplyStage Stage { get; }

    /// <summary>Concentration of the stage's global supply.</summary>
    public ConcentrationProfile GlobalConcentration { get; }

    /// <summary>The SR and its terms.</summary>
    public SupplyRiskResult Result { get; }

    /// <summary>Why this supply basis was used (e.g. "no US sourcing data for the processing stage").</summary>
    public string BasisReason { get; }
}
