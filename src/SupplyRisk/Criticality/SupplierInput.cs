using System;
using SupplyRisk.Concentration;
using SupplyRisk.Geography;

namespace SupplyRisk.Criticality;

/// <summary>
/// One supplier country's inputs to HHI_WGI,t: its share, governance and trade-adjustment factor.
/// Immutable; share and trade factor validated here, the list as a whole by <see cref="EuSupplyRisk.Compute"/>.
/// </summary>
public sealed class SupplierInput
{
    /// <summary>Creates the inputs of one supplier.</summary>
    /// <param name="country">The supplier (for messages and reports); may be ROW.</param>
    /// <param name="share">Its share of supply, in [0, 1].</param>
    /// <param name="governance">Its WGI score.</param>
    /// <param name="tradeFactor">Its trade-adjustment factor tᵢ; 1 when none applies.</param>
    /// <exception cref="ArgumentOutOfRangeException">The share is NaN or outside [0, 1], or the trade factor is not finite and positive; the message names the supplier.</exception>
    public SupplierInput(CountryCode country, double share, GovernanceScore governance, double tradeFactor = Concentration.TradeFactor.Neutral)
    {
        string who = country.IsDefault ? "a supplier with no country" : $"supplier {country.Value}";
        if (double.IsNaN(share) || share < 0 || share > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, $"The share of {who} must lie within [0, 1].");
        }

        if (!Concentration.TradeFactor.IsValid(tradeFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(tradeFactor), tradeFactor, $"The trade factor of {who} must be finite and positive.");
        }

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
