using SupplyRisk.Concentration;
using SupplyRisk.Geography;

namespace SupplyRisk.Criticality;

/// <summary>
/// One supplier country's inputs to HHI_WGI,t: its share, governance and trade-adjustment factor.
/// Immutable; validated by <see cref="EuSupplyRisk.Compute"/>.
/// </summary>
public sealed class SupplierInput
{
    /// <summary>Creates the inputs of one supplier.</summary>
    /// <param name="country">The supplier (for messages and reports); may be ROW.</param>
    /// <param name="share">Its share of supply, in [0, 1].</param>
    /// <param name="governance">Its WGI score.</param>
    /// <param name="tradeFactor">Its trade-adjustment factor tᵢ; 1 when none applies.</param>
    public SupplierInput(CountryCode country, double share, GovernanceScore governance, double tradeFactor = Concentration.TradeFactor.Neutral)
    {
        Country = country;
        Share = share;
        Governance = governance;
        TradeFactor = tradeFactor;
    }

    /// <summary>The supplier.</summary>
    public CountryCode Country { get; }

    /// <summary>Its share of supply.</summary>
    public double Share { get; }

    /// <summary>Its WGI score.</summary>
    public GovernanceScore Governance { get; }

    /// <summary>Its trade-adjustment factor.</summary>
    public double TradeFactor { get; }
}
