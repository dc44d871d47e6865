using System.Globalization;
using System;

namespace SupplyRisk.Policy;

/// <summary>
/// A change of a measure recorded to fall after the timeline's data cut-off, and what is assumed of it under an
/// <see cref="AfterCutoff"/> rule. Nothing after the cut-off is known, so every such change is an assumption, not a
/// fact, and reports list it. Immutable.
/// </summary>
public sealed class PolicyAssumption
{
    internal PolicyAssumption(PolicyMeasure measure, DateTime date, ScheduledChange change, DateTime dataAsOf, AfterCutoff rule)
    {
        Measure = measure;
        Date = date;
        Change = change;
        DataAsOf = dataAsOf;
        Rule = rule;
        Happens = rule == AfterCutoff.Reinstate || change is ScheduledChange.TakesEffect or ScheduledChange.SuspensionStarts;
    }

    /// <summary>The measure, as recorded.</summary>
    public PolicyMeasure Measure { get; }

    /// <summary>The date the change was recorded to happen, after <see cref="DataAsOf"/>.</summary>
    public DateTime Date { get; }

    /// <summary>The change recorded for that date.</summary>
    public ScheduledChange Change { get; }

    /// <summary>The data cut-off of the timeline.</summary>
    public DateTime DataAsOf { get; }

    /// <summary>The rule applied.</summary>
    public AfterCutoff Rule { get; }

    /// <summary>
    /// Whether the change is assumed to happen as recorded: always for a start (taking effect, a suspension starting),
    /// and for an end (a suspension lapsing, an expiry) only under <see cref="AfterCutoff.Reinstate"/>.
    /// </summary>
    public bool Happens { get; }

    /// <summary>One sentence, e.g. "its suspension was recorded to lapse on 2026-11-10, after the data cut-off of 2026-03-11; assumed extended (after-cutoff rule 'extend')".</summary>
    public string Description
    {
        get
        {
            string date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string cutoff = DataAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string what = Change switch
            {
                ScheduledChange.TakesEffect => $"it was scheduled to take effect on {date}",
                ScheduledChange.SuspensionStarts => $"its suspension was scheduled to start on {date}",
                ScheduledChange.SuspensionLapses => $"its suspension was recorded to lapse on {date}",
                _ => $"it was recorded to expire on {date}",
            };
            string assumed = Change switch
            {
                ScheduledChange.TakesEffect or ScheduledChange.SuspensionStarts => "assumed to happen as scheduled",
                ScheduledChange.SuspensionLapses => Happens ? "assumed to lapse, so the measure is back in force" : "assumed extended, so the measure stays suspended",
                _ => Happens ? "assumed to expire as recorded" : "assumed to continue",
            };
            return $"{what}, after the data cut-off of {cutoff}; {assumed} (after-cutoff rule '{AfterCutoffRules.Name(Rule)}')";
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Measure.Id}: {Description}";
}
