using System;
using SupplyRisk.Policy;

namespace SupplyRisk.Dynamics;

/// <summary>
/// One measure followed day by day over a horizon: on each day whether it is in force and, if so, the share of a
/// covered flow that passes (export controls, content rules, sanctions) or the level it imposes (capacity loss,
/// demand increase). Internal: built once per scoring context and shared by every route.
/// </summary>
internal sealed class MeasurePath
{
    private MeasurePath(PolicyMeasure measure, int index, double[] pass, double[] level, int? onsetDay)
    {
        Measure = measure;
        Index = index;
        Pass = pass;
        Level = level;
        OnsetDay = onsetDay;
    }

    /// <summary>The measure.</summary>
    public PolicyMeasure Measure { get; }

    /// <summary>Its position among the context's measures (a stable id within the context).</summary>
    public int Index { get; }

    /// <summary>Per day, the share of a covered flow that passes (1 when not in force; unused by capacity and demand measures).</summary>
    public double[] Pass { get; }

    /// <summary>Per day, the capacity lost or the demand increase (0 when not in force; unused by flow measures).</summary>
    public double[] Level { get; }

    /// <summary>
    /// The day (relative to the as-of date, possibly negative) on which the first in-force interval that reaches into
    /// the horizon began; <see langword="null"/> when the measure is in force on no day of the horizon.
    /// </summary>
    public int? OnsetDay { get; }

    /// <summary>Whether the measure acts on flows (export controls, content rules, sanctions).</summary>
    public bool IsFlow => Measure.Kind is MeasureKind.ExportLicensing or MeasureKind.ExportQuota or MeasureKind.ExportBan or MeasureKind.ContentRule or MeasureKind.Sanction;

    /// <summary>Follows <paramref name="measure"/> over <paramref name="horizonDays"/> days from <paramref name="asOf"/>.</summary>
    public static MeasurePath Create(PolicyMeasure measure, int index, DateTime asOf, int horizonDays, LicenceRamp defaultRamp)
    {
        var pass = new double[horizonDays];
        var level = new double[horizonDays];
        int? onset = null;
        LicenceRamp ramp = measure.Ramp ?? defaultRamp;
        for (int t = 0; t < horizonDays; t++)
        {
            DateTime day = asOf.AddDays(t);
            if (!IntervalStart(measure.Window, day, asOf, out DateTime start))
            {
                pass[t] = 1.0;
                continue;
            }

            int startDay = (int)Math.Round((start - asOf).TotalDays);
            onset ??= startDay;
            double tau = t - startDay;
            switch (measure.Kind)
            {
                case MeasureKind.ExportLicensing:
                case MeasureKind.ContentRule:
                    pass[t] = ramp.Pass(tau);
                    break;
                case MeasureKind.ExportQuota:
                    pass[t] = measure.Magnitude;
                    break;
                case MeasureKind.ExportBan:
                case MeasureKind.Sanction:
                    pass[t] = 0.0;
                    break;
                case MeasureKind.CapacityLoss:
                    pass[t] = 1.0;
                    level[t] = measure.RecoveryDays is double r ? measure.Magnitude * Math.Max(0.0, 1.0 - (tau / r)) : measure.Magnitude;
                    break;
                case MeasureKind.DemandShock:
                    pass[t] = 1.0;
                    level[t] = measure.Magnitude;
                    break;
                default:
                    pass[t] = 1.0;
                    break;
            }
        }

        return new MeasurePath(measure, index, pass, level, onset);
    }

    /// <summary>
    /// Whether the window is in force on <paramref name="day"/>, and when its current in-force interval began: the
    /// effective date, or the day a suspension lapsed; the as-of date for an undated what-if.
    /// </summary>
    internal static bool IntervalStart(MeasureWindow window, DateTime day, DateTime asOf, out DateTime start)
    {
        start = asOf;
        if (window.StateOn(day).State != MeasureState.InForce)
        {
            return false;
        }

        if (window.Effective is not DateTime effective)
        {
            return true;
        }

        start = window.SuspendedUntil is DateTime until && day >= until ? until : effective;
        return true;
    }
}
