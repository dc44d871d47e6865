using System;

namespace SupplyRisk.Policy;

/// <summary>
/// The severity assumptions that turn measures into physical effects. Every value is an explicit,
/// documented assumption that a scenario can change. Immutable.
/// </summary>
public sealed class ShockSeverity
{
    /// <summary>Creates severity assumptions.</summary>
    /// <param name="licenceApprovalRate">Share of licensed volume eventually approved, in [0, 1].</param>
    /// <param name="licenceDelayDays">Days from application to licence, ≥ 0.</param>
    /// <param name="horizonDays">The period over which availability is judged, &gt; 0.</param>
    /// <param name="maximumRestrictionTradeFactor">The trade factor t of a full export cut (EU tables use 1.1–1.5), ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public ShockSeverity(double licenceApprovalRate = 0.5, double licenceDelayDays = 63, double horizonDays = 365, double maximumRestrictionTradeFactor = 1.5)
    {
        LicenceApprovalRate = Check(licenceApprovalRate, 0, 1, nameof(licenceApprovalRate));
        LicenceDelayDays = Check(licenceDelayDays, 0, double.MaxValue, nameof(licenceDelayDays));
        HorizonDays = Check(horizonDays, double.Epsilon, double.MaxValue, nameof(horizonDays));
        MaximumRestrictionTradeFactor = Check(maximumRestrictionTradeFactor, 1, 10, nameof(maximumRestrictionTradeFactor));
    }

    /// <summary>
    /// The defaults: approval rate 0.5 (an ASSUMPTION: no official approval statistics are published),
    /// delay 63 calendar days (the 45-working-day review period of China's dual-use export licensing),
    /// a one-year horizon, and t = 1.5 for a full cut (the top of the range in the EU 2023 tables).
    /// </summary>
    public static ShockSeverity Default { get; } = new();

    /// <summary>Share of licensed volume eventually approved.</summary>
    public double LicenceApprovalRate { get; }

    /// <summary>Days from application to licence.</summary>
    public double LicenceDelayDays { get; }

    /// <summary>The period over which availability is judged.</summary>
    public double HorizonDays { get; }

    /// <summary>The trade factor t of a full export cut.</summary>
    public double MaximumRestrictionTradeFactor { get; }

    /// <summary>
    /// The share of licensed flow that does not arrive within the horizon:
    /// <c>1 − approval · max(0, 1 − delay / horizon)</c>.
    /// </summary>
    public double LicensingCut => 1.0 - (LicenceApprovalRate * Math.Max(0.0, 1.0 - (LicenceDelayDays / HorizonDays)));

    private static double Check(double value, double min, double max, string name)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie within [{min}, {max}].");
        }

        return value;
    }
}
