using System.Collections.Generic;
using System.Linq;
using System;

namespace SupplyRisk.Policy;

/// <summary>
/// A composition of shocks with its severity assumptions. A scenario either follows a
/// <see cref="PolicyTimeline"/> (the measures in force at the date asked: <c>current</c>) or carries its own
/// what-if measures, which apply on any date asked unless dated. The <c>baseline</c> scenario has no
/// measure at all. Build with <see cref="ScenarioBuilder"/>. Immutable and thread-safe.
/// </summary>
public sealed class Scenario
{
    internal Scenario(string id, string name, string description, bool followsTimeline, IReadOnlyList<PolicyMeasure> measures, ShockSeverity severity)
    {
        Id = id;
        Name = name;
        Description = description;
        FollowsTimeline = followsTimeline;
        Measures = System.Array.AsReadOnly(measures.ToArray());
        Severity = severity;
    }

    /// <summary>The identifier, e.g. <c>trade-war-2025</c>.</summary>
    public string Id { get; }

    /// <summary>A human name.</summary>
    public string Name { get; }

    /// <summary>What the scenario assumes.</summary>
    public string Description { get; }

    /// <summary>Whether the scenario takes the measures of the policy timeline in force at the date asked.</summary>
    public bool FollowsTimeline { get; }

    /// <summary>The scenario's own (what-if) measures.</summary>
    public IReadOnlyList<PolicyMeasure> Measures { get; }

    /// <summary>The severity assumptions.</summary>
    public ShockSeverity Severity { get; }

    /// <summary>Starts a builder.</summary>
    public static ScenarioBuilder Create(string id) => new(id);

    /// <summary>
    /// Every measure the scenario considers at <paramref name="asOf"/>, with its state, reason and basis: the
    /// timeline's measures when <see cref="FollowsTimeline"/> (after the timeline's data cut-off, under
    /// <paramref name="afterCutoff"/>), then the scenario's own, whose basis is <see cref="StateBasis.WhatIf"/>.
    /// </summary>
    public IReadOnlyList<MeasureAsOf> Evaluate(DateTime asOf, PolicyTimeline timeline, AfterCutoff afterCutoff = AfterCutoff.Extend)
    {
        if (timeline is null)
        {
            throw new ArgumentNullException(nameof(timeline));
        }

        IEnumerable<MeasureAsOf> fromTimeline = FollowsTimeline ? timeline.Evaluate(asOf, afterCutoff) : Enumerable.Empty<MeasureAsOf>();
        IEnumerable<MeasureAsOf> own = new PolicyTimeline(Measures).Evaluate(asOf).Select(s => new MeasureAsOf(s.Measure, s.State, s.Reason, StateBasis.WhatIf));
        return fromTimeline.Concat(own).ToList().AsReadOnly();
    }

    /// <summary>
    /// The assumptions a result at <paramref name="asOf"/> over <paramref name="horizonDays"/> days rests on: the
    /// timeline's changes recorded after its data cut-off and before the horizon ends (none when the scenario does not
    /// follow the timeline).
    /// </summary>
    public IReadOnlyList<PolicyAssumption> Assumptions(DateTime asOf, int horizonDays, PolicyTimeline timeline, AfterCutoff afterCutoff = AfterCutoff.Extend)
    {
        if (timeline is null)
        {
            throw new ArgumentNullException(nameof(timeline));
        }

        if (horizonDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(horizonDays), horizonDays, "The horizon must be at least one day.");
        }

        return FollowsTimeline ? timeline.Assumptions(asOf.Date.AddDays(horizonDays), afterCutoff) : Array.Empty<PolicyAssumption>();
    }

    /// <summary>The measures in force at <paramref name="asOf"/>.</summary>
    public IReadOnlyList<PolicyMeasure> InForce(DateTime asOf, PolicyTimeline timeline, AfterCutoff afterCutoff = AfterCutoff.Extend) =>
        Evaluate(asOf, timeline, afterCutoff).Where(s => s.State == MeasureState.InForce).Select(s => s.Measure).ToList().AsReadOnly();

    /// <summary>The same scenario (id, name, description, timeline) with other measures and severity; ids must be unique.</summary>
    internal Scenario With(IEnumerable<PolicyMeasure> measures, ShockSeverity severity) =>
        new(Id, Name, Description, FollowsTimeline, measures.ToArray(), severity);

    /// <inheritdoc />
    public override string ToString() => Id;
}
