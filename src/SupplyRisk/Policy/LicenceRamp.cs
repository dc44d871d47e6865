using System.Globalization;
using System;

namespace SupplyRisk.Policy;

/// <summary>
/// How a licence requirement lets flow through over time: during a review delay only an initial share passes (goods
/// already licensed or in transit), then approvals ramp towards a long-run approval rate with a half-time:
/// <c>pass(τ) = q₀</c> for <c>τ &lt; D</c>, else <c>q∞ − (q∞ − q₀) · 2^(−(τ − D)/h)</c>, with τ the days since the
/// requirement took effect. The defaults are fitted to China's 2025 rare-earth magnet exports (docs/methodology.md,
/// "Calibration"). Immutable and thread-safe.
/// </summary>
public sealed class LicenceRamp : IEquatable<LicenceRamp>
{
    /// <summary>Creates a ramp.</summary>
    /// <param name="initialApprovalRate">q₀: the share of normal flow that passes during the review delay, in [0, 1].</param>
    /// <param name="longRunApprovalRate">q∞: the share of normal flow approved once licensing has settled, in [0, 1].</param>
    /// <param name="reviewDelayDays">D: days before the first licences are granted, in [0, 3650].</param>
    /// <param name="halfTimeDays">h: days after the delay in which half of the gap to q∞ closes, in (0, 3650].</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or out of range; the message states the range.</exception>
    public LicenceRamp(double initialApprovalRate, double longRunApprovalRate, double reviewDelayDays, double halfTimeDays)
    {
        InitialApprovalRate = Check(initialApprovalRate, 0, 1, nameof(initialApprovalRate));
        LongRunApprovalRate = Check(longRunApprovalRate, 0, 1, nameof(longRunApprovalRate));
        ReviewDelayDays = Check(reviewDelayDays, 0, MaximumDays, nameof(reviewDelayDays));
        HalfTimeDays = Check(halfTimeDays, 0, MaximumDays, nameof(halfTimeDays));
        if (HalfTimeDays == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(halfTimeDays), halfTimeDays, $"{nameof(halfTimeDays)} must lie within (0, {MaximumDays}].");
        }
    }

    /// <summary>The largest delay or half-time accepted, 3,650 days.</summary>
    public const double MaximumDays = 3650;

    /// <summary>q₀: the share of normal flow that passes during the review delay.</summary>
    public double InitialApprovalRate { get; }

    /// <summary>q∞: the long-run share of normal flow approved.</summary>
    public double LongRunApprovalRate { get; }

    /// <summary>D: days before the first licences are granted.</summary>
    public double ReviewDelayDays { get; }

    /// <summary>h: days after the delay in which half of the remaining gap to q∞ closes.</summary>
    public double HalfTimeDays { get; }

    /// <summary>
    /// The share of normal flow that passes <paramref name="daysSinceStart"/> days after the requirement took effect
    /// (1 before it takes effect).
    /// </summary>
    public double Pass(double daysSinceStart)
    {
        if (daysSinceStart < 0)
        {
            return 1.0;
        }

        if (daysSinceStart < ReviewDelayDays)
        {
            return InitialApprovalRate;
        }

        return LongRunApprovalRate - ((LongRunApprovalRate - InitialApprovalRate) * Math.Pow(2.0, -(daysSinceStart - ReviewDelayDays) / HalfTimeDays));
    }

    /// <summary>The mean share cut, 1 − pass, over days 0 … <paramref name="horizonDays"/> − 1 of a requirement that takes effect on day 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is below 1 day.</exception>
    public double MeanCut(int horizonDays)
    {
        if (horizonDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(horizonDays), horizonDays, "The horizon must be at least one day.");
        }

        double cut = 0;
        for (int t = 0; t < horizonDays; t++)
        {
            cut += 1.0 - Pass(t);
        }

        return cut / horizonDays;
    }

    /// <summary>The same ramp with other values for the parameters given.</summary>
    public LicenceRamp With(double? initialApprovalRate = null, double? longRunApprovalRate = null, double? reviewDelayDays = null, double? halfTimeDays = null) =>
        new(initialApprovalRate ?? InitialApprovalRate, longRunApprovalRate ?? LongRunApprovalRate, reviewDelayDays ?? ReviewDelayDays, halfTimeDays ?? HalfTimeDays);

    /// <inheritdoc />
    public bool Equals(LicenceRamp? other) =>
        other is not null && InitialApprovalRate == other.InitialApprovalRate && LongRunApprovalRate == other.LongRunApprovalRate
        && ReviewDelayDays == other.ReviewDelayDays && HalfTimeDays == other.HalfTimeDays;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LicenceRamp);

    /// <inheritdoc />
    public override int GetHashCode() =>
        (InitialApprovalRate, LongRunApprovalRate, ReviewDelayDays, HalfTimeDays).GetHashCode();

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "q0 {0:0.###}, q∞ {1:0.###}, delay {2:0.#} d, half-time {3:0.#} d", InitialApprovalRate, LongRunApprovalRate, ReviewDelayDays, HalfTimeDays);

    private static double Check(double value, double min, double max, string name)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie within [{min}, {max}].");
        }

        return value;
    }
}
