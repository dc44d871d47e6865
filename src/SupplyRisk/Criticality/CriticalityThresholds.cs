using System;

namespace SupplyRisk.Criticality;

/// <summary>
/// The thresholds of the EU criticality assessment (European Commission 2017 methodology, applied to
/// the 2017, 2020 and 2023 lists): a raw material is critical when SR ≥ 1 and EI ≥ 2.8.
/// </summary>
public static class CriticalityThresholds
{
    /// <summary>The supply-risk threshold, 1.0.</summary>
    public const double SupplyRisk = 1.0;

    /// <summary>The economic-importance threshold, 2.8.</summary>
    public const double EconomicImportance = 2.8;

    /// <summary>Whether a material with these scores is critical.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or negative.</exception>
    public static bool IsCritical(double supplyRisk, double economicImportance)
    {
        if (double.IsNaN(supplyRisk) || supplyRisk < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(supplyRisk), supplyRisk, "SR must be a non-negative number.");
        }

        if (double.IsNaN(economicImportance) || economicImportance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(economicImportance), economicImportance, "EI must be a non-negative number.");
        }

        return supplyRisk >= SupplyRisk && economicImportance >= EconomicImportance;
    }
}
