using SupplyRisk.Criticality;

namespace SupplyRisk.Reporting;

/// <summary>One buyer's SR for one stage in the material summary, or why there is none. Immutable.</summary>
public sealed class MaterialSummaryCell
{
    internal MaterialSummaryCell(StageSupplyRisk? stage, bool isBottleneck, string? unavailableReason)
    {
        Stage = stage;
        IsBottleneck = isBottleneck;
        UnavailableReason = unavailableReason;
    }

    /// <summary>The stage's SR, or <see langword="null"/> when it cannot be computed.</summary>
    public StageSupplyRisk? Stage { get; }

    /// <summary>Whether this stage is the material's bottleneck for the buyer.</summary>
    public bool IsBottleneck { get; }

    /// <summary>Why there is no SR (e.g. the material has no SI_SR), when <see cref="Stage"/> is null.</summary>
    public string? UnavailableReason { get; }
}
