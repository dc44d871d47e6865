using System.Globalization;
using System;

namespace SupplyRisk.Policy;

/// <summary>
/// One observed period of a licensed flow: from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive), the
/// share of normal flow that passed (for example a month's exports divided by the same month a year earlier). Immutable.
/// </summary>
public sealed class RampObservation
{
    /// <summary>Creates an observation.</summary>
    /// <param name="start">The first day of the period.</param>
    /// <param name="end">The day after the period (exclusive), later than <paramref name="start"/>.</param>
    /// <param name="passShare">The share of normal flow that passed, in [0, 1] (cap observations above normal at 1).</param>
    /// <exception cref="ArgumentException">The period is empty or reversed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The share is NaN or outside [0, 1].</exception>
    public RampObservation(DateTime start, DateTime end, double passShare)
    {
        if (end.Date <= start.Date)
        {
            throw new ArgumentException($"The period {start:yyyy-MM-dd} to {end:yyyy-MM-dd} is empty: the end (exclusive) must be after the start.", nameof(end));
        }

        if (double.IsNaN(passShare) || passShare < 0 || passShare > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(passShare), passShare, "The share of normal flow that passed must lie within [0, 1]; cap observations above normal at 1.");
        }

        Start = start.Date;
        End = end.Date;
        PassShare = passShare;
    }

    /// <summary>The first day of the period.</summary>
    public DateTime Start { get; }

    /// <summary>The day after the period (exclusive).</summary>
    public DateTime End { get; }

    /// <summary>The share of normal flow that passed.</summary>
    public double PassShare { get; }

    /// <summary>A calendar month, e.g. <c>(2025, 5, 0.26)</c>.</summary>
    public static RampObservation Month(int year, int month, double passShare)
    {
        var start = new DateTime(year, month, 1);
        return new RampObservation(start, start.AddMonths(1), passShare);
    }

    /// <summary>The mean pass share a ramp that took effect on <paramref name="effective"/> predicts for this period (1 on days before it).</summary>
    public double Predicted(LicenceRamp ramp, DateTime effective)
    {
        if (ramp is null)
        {
            throw new ArgumentNullException(nameof(ramp));
        }

        double sum = 0;
        int days = (int)(End - Start).TotalDays;
        for (int d = 0; d < days; d++)
        {
            sum += ramp.Pass((Start.AddDays(d) - effective.Date).TotalDays);
        }

        return sum / days;
    }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:yyyy-MM-dd}..{1:yyyy-MM-dd}: {2:0.###}", Start, End, PassShare);
}
