using System.Collections.Generic;
using System.Globalization;
using System;

namespace SupplyRisk.Policy;

/// <summary>
/// The dates of a policy measure: announced, effective, an optional suspension window, and an optional
/// expiry. Dates are calendar dates (the time of day is ignored); an end date is exclusive: a measure
/// suspended until 2026-11-10 is in force again on 2026-11-10, and one that expires on 2025-05-14 is no longer
/// in force on that day. A window may also be suspended with no end (<see cref="SuspendedFrom"/> set,
/// <see cref="SuspendedUntil"/> null): what <see cref="AssumingAfter"/> makes of a suspension recorded to lapse after
/// the data cut-off when an extension is assumed. Immutable.
/// </summary>
public sealed class MeasureWindow
{
    private MeasureWindow(DateTime? announced, DateTime? effective, DateTime? suspendedFrom, DateTime? suspendedUntil, DateTime? expires)
    {
        Announced = announced?.Date;
        Effective = effective?.Date;
        SuspendedFrom = suspendedFrom?.Date;
        SuspendedUntil = suspendedUntil?.Date;
        Expires = expires?.Date;
    }

    /// <summary>A window with no dates: the measure applies on any date asked (what-if scenarios).</summary>
    public static MeasureWindow Always { get; } = new(null, null, null, null, null);

    /// <summary>When the measure was announced, if known.</summary>
    public DateTime? Announced { get; }

    /// <summary>When it takes effect; <see langword="null"/> for <see cref="Always"/>.</summary>
    public DateTime? Effective { get; }

    /// <summary>First day of a suspension, if any (defaults to the effective date when only the end is known).</summary>
    public DateTime? SuspendedFrom { get; }

    /// <summary>
    /// The day a suspension lapses (exclusive end), if any; null with <see cref="SuspendedFrom"/> set for a suspension
    /// with no end.
    /// </summary>
    public DateTime? SuspendedUntil { get; }

    /// <summary>The day the measure stops (exclusive end), if any.</summary>
    public DateTime? Expires { get; }

    /// <summary>Whether the window is dated at all.</summary>
    public bool IsDated => Effective is not null;

    /// <summary>Creates a dated window.</summary>
    /// <exception cref="ArgumentException">The dates are out of order; the message lists every problem.</exception>
    public static MeasureWindow Create(DateTime effective, DateTime? announced = null, DateTime? suspendedFrom = null, DateTime? suspendedUntil = null, DateTime? expires = null)
    {
        IReadOnlyList<string> problems = Validate(effective, announced, suspendedFrom, suspendedUntil, expires);
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid measure dates: " + string.Join("; ", problems) + ".");
        }

        return new MeasureWindow(announced, effective, suspendedFrom ?? (suspendedUntil is null ? null : effective), suspendedUntil, expires);
    }

    /// <summary>Lists every ordering problem of the given dates; empty when they are valid.</summary>
    public static IReadOnlyList<string> Validate(DateTime effective, DateTime? announced, DateTime? suspendedFrom, DateTime? suspendedUntil, DateTime? expires)
    {
        var problems = new List<string>();
        if (announced?.Date > effective.Date)
        {
            problems.Add($"announced {Format(announced)} is after effective {Format(effective)}");
        }

        if (suspendedFrom is not null && suspendedUntil is null)
        {
            problems.Add("a suspension start needs a suspension end (suspended_until)");
        }

        if (suspendedFrom is null && suspendedUntil is not null && suspendedUntil.Value.Date <= effective.Date)
        {
            problems.Add($"suspended until {Format(suspendedUntil)} is not after effective {Format(effective)}");
        }

        if (suspendedFrom is not null && suspendedUntil is not null && suspendedFrom.Value.Date >= suspendedUntil.Value.Date)
        {
            problems.Add($"suspended from {Format(suspendedFrom)} is not before suspended until {Format(suspendedUntil)}");
        }

        if (expires is not null && expires.Value.Date <= effective.Date)
        {
            problems.Add($"expires {Format(expires)} is not after effective {Format(effective)}");
        }

        return problems;
    }

    /// <summary>The state on <paramref name="date"/> and a sentence saying why.</summary>
    public (MeasureState State, string Reason) StateOn(DateTime date)
    {
        DateTime day = date.Date;
        if (Effective is not DateTime effective)
        {
            return (MeasureState.InForce, "undated what-if measure: applies on any date asked");
        }

        if (day < effective)
        {
            return (MeasureState.NotYetEffective, $"not yet effective: takes effect {Format(effective)}");
        }

        if (Expires is DateTime expires && day >= expires)
        {
            return (MeasureState.Expired, $"expired on {Format(expires)}");
        }

        if (SuspendedFrom is DateTime from && day >= from && (SuspendedUntil is not DateTime end || day < end))
        {
            return (MeasureState.Suspended, SuspendedUntil is null
                ? $"suspended from {Format(from)}, with no end"
                : $"suspended from {Format(from)} until {Format(SuspendedUntil)}");
        }

        if (SuspendedUntil is DateTime lapsed && day >= lapsed)
        {
            return (MeasureState.InForce, $"in force again: its suspension lapsed on {Format(lapsed)} and no later extension is recorded");
        }

        return (MeasureState.InForce, Expires is null
            ? $"in force since {Format(effective)}"
            : $"in force since {Format(effective)} until {Format(Expires)}");
    }

    /// <summary>
    /// The dates on which the state may change, each with what happens then (<see cref="ScheduledChange"/>), in date
    /// order; empty for an undated window.
    /// </summary>
    public IReadOnlyList<(DateTime Date, ScheduledChange Change)> ScheduledChanges()
    {
        var changes = new List<(DateTime, ScheduledChange)>();
        if (Effective is DateTime effective)
        {
            changes.Add((effective, ScheduledChange.TakesEffect));
        }

        if (SuspendedFrom is DateTime from && SuspendedUntil is DateTime)
        {
            changes.Add((from, ScheduledChange.SuspensionStarts));
            changes.Add((SuspendedUntil.Value, ScheduledChange.SuspensionLapses));
        }
        else if (SuspendedFrom is DateTime openFrom)
        {
            changes.Add((openFrom, ScheduledChange.SuspensionStarts));
        }

        if (Expires is DateTime expires)
        {
            changes.Add((expires, ScheduledChange.Expires));
        }

        changes.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return changes.AsReadOnly();
    }

    /// <summary>
    /// The window as it is taken after a data cut-off: with <see cref="AfterCutoff.Reinstate"/> unchanged (every end
    /// recorded to fall after <paramref name="cutoff"/> comes as scheduled: a suspension lapses and the measure is back,
    /// a measure expires); with <see cref="AfterCutoff.Extend"/> without those ends (the suspension, or the measure,
    /// continues). Start dates after the cut-off are kept in both cases.
    /// </summary>
    public MeasureWindow AssumingAfter(DateTime cutoff, AfterCutoff rule)
    {
        AfterCutoffRules.Check(rule, nameof(rule));
        DateTime day = cutoff.Date;
        bool suspensionEndsLater = SuspendedUntil > day;
        bool expiresLater = Expires > day;
        if (rule == AfterCutoff.Reinstate || !(suspensionEndsLater || expiresLater))
        {
            return this;
        }

        return new MeasureWindow(Announced, Effective, SuspendedFrom, suspensionEndsLater ? null : SuspendedUntil, expiresLater ? null : Expires);
    }

    /// <inheritdoc />
    public override string ToString() => IsDated ? $"effective {Format(Effective)}" : "undated";

    internal static string Format(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
