using System.Collections.Generic;
using System.Linq;
using System;

namespace SupplyRisk.Policy;

/// <summary>
/// A set of dated measures. Evaluated as of a date it says which are in force, suspended, expired or not
/// yet effective, and why. Immutable and thread-safe.
/// </summary>
public sealed class PolicyTimeline
{
    /// <summary>Creates a timeline with no data cut-off: every recorded date is taken as fact.</summary>
    /// <exception cref="ArgumentException">Two measures share an id.</exception>
    public PolicyTimeline(IEnumerable<PolicyMeasure> measures)
        : this(measures, null)
    {
    }

    /// <summary>
    /// Creates a timeline whose record ends on <paramref name="dataAsOf"/>: a change of a measure recorded for a later
    /// date (a suspension lapsing, an expiry, a start) is reported as an assumption and follows the
    /// <see cref="AfterCutoff"/> rule asked.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// Two measures share an id, or a dated measure was announced after the cut-off (or, with no announcement date,
    /// takes effect after it): the record cannot hold what was not known on its cut-off.
    /// </exception>
    public PolicyTimeline(IEnumerable<PolicyMeasure> measures, DateTime? dataAsOf)
    {
        PolicyMeasure[] list = (measures ?? throw new ArgumentNullException(nameof(measures))).ToArray();
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Measure {i + 1} is null.", nameof(measures));
            }
        }

        string? repeated = list.GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        if (repeated is not null)
        {
            throw new ArgumentException($"Measure id '{repeated}' is used more than once.", nameof(measures));
        }

        if (dataAsOf is DateTime cutoff)
        {
            foreach (PolicyMeasure m in list)
            {
                if (CutoffProblem(m.Window, cutoff.Date) is string problem)
                {
                    throw new ArgumentException($"Measure '{m.Id}' {problem}.", nameof(measures));
                }
            }
        }

        Measures = Array.AsReadOnly(list);
        DataAsOf = dataAsOf?.Date;
    }

    /// <summary>
    /// Why a window cannot be in a record that ends on <paramref name="cutoff"/>, or null: announced after it, or (not
    /// announced) taking effect after it.
    /// </summary>
    internal static string? CutoffProblem(MeasureWindow window, DateTime cutoff)
    {
        if (window.Announced is DateTime announced && announced > cutoff)
        {
            return $"is announced on {MeasureWindow.Format(announced)}, after the data cut-off of {MeasureWindow.Format(cutoff)}";
        }

        if (window.Announced is null && window.Effective is DateTime effective && effective > cutoff)
        {
            return $"takes effect on {MeasureWindow.Format(effective)}, after the data cut-off of {MeasureWindow.Format(cutoff)}, and has no announcement date on or before it";
        }

        return null;
    }

    /// <summary>An empty timeline.</summary>
    public static PolicyTimeline Empty { get; } = new(Array.Empty<PolicyMeasure>());

    /// <summary>Every measure, in the order given, as recorded.</summary>
    public IReadOnlyList<PolicyMeasure> Measures { get; }

    /// <summary>
    /// The data cut-off: the last day the record was checked against its sources; null when the timeline states none
    /// (every recorded date is then taken as fact).
    /// </summary>
    public DateTime? DataAsOf { get; }

    /// <summary>
    /// Every measure's state on <paramref name="asOf"/>, with the reason and its basis. After the data cut-off, a
    /// suspension or expiry recorded to end after it follows <paramref name="afterCutoff"/>, and a state that rests on
    /// any change after the cut-off is marked <see cref="StateBasis.Assumed"/> with the assumption in its reason.
    /// </summary>
    public IReadOnlyList<MeasureAsOf> Evaluate(DateTime asOf, AfterCutoff afterCutoff = AfterCutoff.Extend)
    {
        AfterCutoffRules.Check(afterCutoff, nameof(afterCutoff));
        DateTime day = asOf.Date;
        var statuses = new List<MeasureAsOf>(Measures.Count);
        foreach (PolicyMeasure recorded in Measures)
        {
            PolicyMeasure measure = DataAsOf is DateTime cutoff ? recorded.WithWindow(recorded.Window.AssumingAfter(cutoff, afterCutoff)) : recorded;
            var (state, reason) = measure.StateOn(day);
            PolicyAssumption[] assumed = AssumptionsOf(recorded, day.AddDays(1), afterCutoff).ToArray();
            statuses.Add(assumed.Length == 0
                ? new MeasureAsOf(measure, state, reason, StateBasis.Recorded)
                : new MeasureAsOf(measure, state, $"{reason} (assumed: {string.Join("; ", assumed.Select(a => a.Description))})", StateBasis.Assumed));
        }

        return statuses.AsReadOnly();
    }

    /// <summary>The measures in force on <paramref name="asOf"/> under <paramref name="afterCutoff"/>.</summary>
    public IReadOnlyList<PolicyMeasure> InForce(DateTime asOf, AfterCutoff afterCutoff = AfterCutoff.Extend) =>
        Evaluate(asOf, afterCutoff).Where(s => s.State == MeasureState.InForce).Select(s => s.Measure).ToList().AsReadOnly();

    /// <summary>
    /// Every change recorded after the data cut-off and before <paramref name="until"/> (exclusive), with what
    /// <paramref name="afterCutoff"/> assumes of it, by date; empty when the timeline has no cut-off. For a scoring
    /// date and horizon, <paramref name="until"/> is the end of the horizon: these are the assumptions the result
    /// rests on.
    /// </summary>
    public IReadOnlyList<PolicyAssumption> Assumptions(DateTime until, AfterCutoff afterCutoff = AfterCutoff.Extend)
    {
        AfterCutoffRules.Check(afterCutoff, nameof(afterCutoff));
        return Measures.SelectMany(m => AssumptionsOf(m, until.Date, afterCutoff)).OrderBy(a => a.Date).ThenBy(a => a.Measure.Id, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    private IEnumerable<PolicyAssumption> AssumptionsOf(PolicyMeasure measure, DateTime until, AfterCutoff afterCutoff)
    {
        if (DataAsOf is not DateTime cutoff)
        {
            yield break;
        }

        foreach (var (date, change) in measure.Window.ScheduledChanges())
        {
            if (date > cutoff && date < until)
            {
                yield return new PolicyAssumption(measure, date, change, cutoff, afterCutoff);
            }
        }
    }
}
