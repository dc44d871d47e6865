namespace SupplyRisk.Criticality;

/// <summary>Which supply the EU supply-risk formula is computed on.</summary>
public enum SupplyBasis
{
    /// <summary>
    /// Both: <c>HHI(global supply) · IR/2 + HHI(buyer sourcing) · (1 − IR/2)</c>, the EU 2017 method's
    /// standard form (used where EU sourcing data exist, "GS+EU" in the EU 2023 study).
    /// </summary>
    Combined = 0,

    /// <summary>Global supply only ("GSonly"): the form used when the buyer's sourcing is unknown; IR then drops out.</summary>
    GlobalSupplyOnly = 1,

    /// <summary>The buyer's sourcing only: HHI(buyer sourcing).</summary>
    SourcingOnly = 2,
}
