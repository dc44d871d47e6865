namespace SupplyRisk.Criticality;

/// <summary>The names of <see cref="SupplyBasis"/> values in files and tables (the score JSON, the long table).</summary>
internal static class SupplyBases
{
    /// <summary><c>combined</c>, <c>sourcingOnly</c> or <c>globalSupplyOnly</c>.</summary>
    internal static string Name(SupplyBasis basis) => basis switch
    {
        SupplyBasis.Combined => "combined",
        SupplyBasis.SourcingOnly => "sourcingOnly",
        SupplyBasis.GlobalSupplyOnly => "globalSupplyOnly",
        _ => throw new System.ArgumentOutOfRangeException(nameof(basis), basis, "Not a supply basis."),
    };
}
