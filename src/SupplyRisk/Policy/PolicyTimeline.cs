using System;
using System.Collections.Generic;
using System.Linq;

namespace SupplyRisk.Policy;

/// <summary>
/// A set of dated measures. Evaluated as of a date it says which are in force, suspended, expired or not
/// yet effective, and why. Immutable and thread-safe.
/// </summary>
public sealed class PolicyTimeline
{
    /// <summary>Creates a timeline.</summary>
    /// <exception cref="ArgumentException">Two measures share an id.</exception>
    public PolicyTimeline(IEnumerable<PolicyMeasure> measures)
    {
        PolicyMeasure[] list = (measures ?? throw new ArgumentNullException(nameof(measures))).ToArray();
        string? repeated = list.GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        if (repeated is not null)
        {
            throw new ArgumentException($"Measure id '{repeated}' is used more than once.", nameof(measures));
        }

        Measures = Array.AsReadOnly(list);
    }

    /// <summary>An empty timeline.</summary>
    public static PolicyTimeline Empty { get; } = new(Array.Empty<PolicyMeasure>());

    /// <summary>Every measure, in the order given.</summary>
    public IReadOnlyList<PolicyMeasure> Measures { get; }

    /// <summary>Every measure's state on <paramref name="asOf"/>, with the reason.</summary>
    public IReadOnlyList<MeasureStatus> Evaluate(DateTime asOf) =>
        Measures.Select(m =>
        {
            var (state, reason) = m.StateOn(asOf);
            return new MeasureStatus(m, state, reason);
        }).ToArray();

    /// <summary>The measures in force on <paramref name="asOf"/>.</summary>
    public IReadOnlyList<PolicyMeasure> InForce(DateTime asOf) =>
        Measures.Where(m => m.StateOn(asOf).State == MeasureState.InForce).ToArray();
}
