using System;

namespace SupplyRisk.Concentration;

/// <summary>
/// The trade-adjustment factor tᵢ of the EU criticality methodology (Blengini et al. 2017),
/// which scales a supplier country's term in HHI_WGI,t: above 1 when the country restricts exports,
/// below 1 for partners with a trade agreement with the buyer, 1 when neither applies.
/// </summary>
public static class TradeFactor
{
    /// <summary>No adjustment.</summary>
    public const double Neutral = 1.0;

    /// <summary>Whether <paramref name="factor"/> is a finite, positive number.</summary>
    public static bool IsValid(double factor) => !double.IsNaN(factor) && !double.IsInfinity(factor) && factor > 0;

    /// <summary>Returns the factor after checking it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The factor is NaN, infinite, zero or negative.</exception>
    public static double Check(double factor, string parameterName)
    {
        if (!IsValid(factor))
        {
            throw new ArgumentOutOfRangeException(parameterName, factor, "A trade factor must be a finite, positive number (1 = no adjustment).");
        }

        return factor;
    }
}
