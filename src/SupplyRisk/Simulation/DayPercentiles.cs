using System.Globalization;
using System;

namespace SupplyRisk.Simulation;

/// <summary>
/// Percentiles of a number of days over the trials of a simulation, where a trial may also say "not within the
/// horizon" (a line that never stops, a flow that never recovers). Percentile p is the ⌈p·N⌉-th smallest value, as in
/// <see cref="RiskStatistics"/>, with "not within the horizon" ranked above every day; null means that percentile
/// falls among such trials. Immutable.
/// </summary>
public sealed class DayPercentiles
{
    private DayPercentiles(int trials, int? p10, int? p50, int? p90)
    {
        Trials = trials;
        P10 = p10;
        P50 = p50;
        P90 = p90;
    }

    /// <summary>The number of trials the percentiles are taken over.</summary>
    public int Trials { get; }

    /// <summary>The 10th percentile in days; null when it is beyond the horizon.</summary>
    public int? P10 { get; }

    /// <summary>The median in days; null when it is beyond the horizon.</summary>
    public int? P50 { get; }

    /// <summary>The 90th percentile in days; null when it is beyond the horizon.</summary>
    public int? P90 { get; }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "P10 {0}, P50 {1}, P90 {2} ({3} trials)", Show(P10), Show(P50), Show(P90), Trials);

    /// <summary>The percentiles of <paramref name="days"/> (<see cref="int.MaxValue"/> = not within the horizon), whose order it changes; null when empty.</summary>
    internal static DayPercentiles? FromSamples(int[] days)
    {
        if (days.Length == 0)
        {
            return null;
        }

        Array.Sort(days);
        int? At(int basisPoints)
        {
            int value = days[RiskStatistics.Rank(basisPoints, days.Length) - 1];
            return value == int.MaxValue ? null : value;
        }

        return new DayPercentiles(days.Length, At(1_000), At(5_000), At(9_000));
    }

    private static string Show(int? days) => days?.ToString(CultureInfo.InvariantCulture) ?? "beyond the horizon";
}
