using System;

namespace SupplyRisk.Policy;

/// <summary>
/// The severity assumptions that turn measures into physical effects: how licensing lets flow through over time
/// (<see cref="Licensing"/>) and the EU-method trade factor of a full export cut. Every value is an explicit,
/// documented assumption that a scenario can change. Immutable.
/// </summary>
public sealed class ShockSeverity
{
    /// <summary>Creates severity assumptions.</summary>
    /// <param name="licensing">How a licence requirement lets flow through over time (default <see cref="DefaultLicensing"/>).</param>
    /// <param name="maximumRestrictionTradeFactor">The trade factor t of a full export cut (EU tables use 1.1–1.5), in [1, 10].</param>
    /// <exception cref="ArgumentOutOfRangeException">The trade factor is NaN or out of range.</exception>
    public ShockSeverity(LicenceRamp? licensing = null, double maximumRestrictionTradeFactor = 1.5)
    {
        if (double.IsNaN(maximumRestrictionTradeFactor) || maximumRestrictionTradeFactor < 1 || maximumRestrictionTradeFactor > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumRestrictionTradeFactor), maximumRestrictionTradeFactor, $"{nameof(maximumRestrictionTradeFactor)} must lie within [1, 10].");
        }

        Licensing = licensing ?? DefaultLicensing;
        MaximumRestrictionTradeFactor = maximumRestrictionTradeFactor;
    }

    /// <summary>
    /// The default licence ramp, fitted to China's monthly exports of rare-earth magnets after the licences of
    /// 4 April 2025 (docs/methodology.md, "Calibration"): <see cref="LicenceRamp.InitialApprovalRate"/>,
    /// <see cref="LicenceRamp.LongRunApprovalRate"/>, <see cref="LicenceRamp.ReviewDelayDays"/> and
    /// <see cref="LicenceRamp.HalfTimeDays"/> as stated there.
    /// </summary>
    public static LicenceRamp DefaultLicensing { get; } = new(initialApprovalRate: 0.37, longRunApprovalRate: 1.0, reviewDelayDays: 75, halfTimeDays: 1);

    /// <summary>The defaults: <see cref="DefaultLicensing"/> and t = 1.5 for a full cut (the top of the range in the EU 2023 tables).</summary>
    public static ShockSeverity Default { get; } = new();

    /// <summary>How a licence requirement lets flow through over time (measures may carry their own ramp).</summary>
    public LicenceRamp Licensing { get; }

    /// <summary>The trade factor t of a full export cut.</summary>
    public double MaximumRestrictionTradeFactor { get; }

    /// <summary>The same assumptions with another licence ramp.</summary>
    public ShockSeverity WithLicensing(LicenceRamp licensing) =>
        new(licensing ?? throw new ArgumentNullException(nameof(licensing)), MaximumRestrictionTradeFactor);
}
