using System;

namespace SupplyRisk.Concentration;

/// <summary>Classifies an HHI (0–10,000 convention) into the bands of the US merger guidelines.</summary>
public static class ConcentrationBands
{
    /// <summary>The lower and upper thresholds (HHI points) of the moderately concentrated band.</summary>
    /// <remarks>
    /// 2023: unconcentrated &lt; 1,000 ≤ moderately ≤ 1,800 &lt; highly. 2010: unconcentrated &lt; 1,500 ≤ moderately ≤ 2,500 &lt; highly.
    /// Both guidelines say "below" for the lower bound and "above"/"greater than" for the upper.
    /// </remarks>
    public static (double Lower, double Upper) Thresholds(MergerGuidelines guidelines) => guidelines switch
    {
        MergerGuidelines.Guidelines2023 => (1000, 1800),
        MergerGuidelines.Guidelines2010 => (1500, 2500),
        _ => throw new ArgumentOutOfRangeException(nameof(guidelines), guidelines, "Unknown merger guidelines."),
    };

    /// <summary>The band of an HHI expressed in points (0–10,000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The HHI is NaN or outside [0, 10,000].</exception>
    public static ConcentrationBand Classify(double hhiPoints, MergerGuidelines guidelines = MergerGuidelines.Guidelines2023)
    {
        if (double.IsNaN(hhiPoints) || hhiPoints < 0 || hhiPoints > 10_000 + 1e-6)
        {
            throw new ArgumentOutOfRangeException(nameof(hhiPoints), hhiPoints, "An HHI in points must lie within [0, 10000].");
        }

        // HHIs summed from shares carry rounding noise (e.g. 1800.0000000000002 for an exact 1,800):
        // compare at 1e-9 points so that a value on a threshold falls in the band the guidelines give it.
        (double lower, double upper) = Thresholds(guidelines);
        const double noise = 1e-9;
        if (hhiPoints < lower - noise)
        {
            return ConcentrationBand.Unconcentrated;
        }

        return hhiPoints > upper + noise ? ConcentrationBand.HighlyConcentrated : ConcentrationBand.ModeratelyConcentrated;
    }
}
