using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SupplyRisk.Scoring;

namespace SupplyRisk.Extensions.DependencyInjection;

/// <summary>
/// Creates <see cref="ExposureScorer"/>s from the registered <see cref="SupplyRiskModel"/> and keeps them by buyer,
/// scenario, date and options (scorers are immutable and thread-safe, and cost far more to create than to reuse).
/// Registered as a singleton by <c>AddSupplyRisk</c>; thread-safe.
/// </summary>
/// <example>
/// <code>
/// if (!scorers.TryCreate("US", "current", DateTime.Today, null, out ExposureScorer? scorer)) return NotFound();
/// IReadOnlyList&lt;ExposureReport&gt; reports = scorer.ScoreAll(scorers.Model.ReadBom("bom.csv").Parts);
/// </code>
/// </example>
public interface ISupplyRiskScorerFactory
{
    /// <summary>The model scorers are created from (its data, timeline, products and scenarios; <c>TryGet…</c> for ids).</summary>
    SupplyRiskModel Model { get; }

    /// <summary>
    /// The options of scorers created without any: the configured default horizon, after-cut-off rule and
    /// inside-buyer trade factor (<see cref="SupplyRiskOptions"/>), the rest as <see cref="ScoringOptions.Default"/>.
    /// </summary>
    ScoringOptions DefaultOptions { get; }

    /// <summary>The scorer for a buyer, a scenario and a date: the one kept for the same key, else a new one.</summary>
    /// <param name="buyer">A buyer code: a country group id (<c>EU</c>) or an ISO 3166-1 code (<c>US</c>, <c>JPN</c>).</param>
    /// <param name="scenario">A scenario id of <see cref="Model"/> (ordinal, case-sensitive).</param>
    /// <param name="asOf">The date: day 0 of the horizon (its time of day is ignored).</param>
    /// <param name="options">The scoring options; null for <see cref="DefaultOptions"/>. Options given are used as they are (the configured inside-buyer trade factor does not replace theirs).</param>
    /// <exception cref="ArgumentNullException"><paramref name="buyer"/> or <paramref name="scenario"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The buyer or scenario is unknown; the message lists what is known.</exception>
    ExposureScorer Create(string buyer, string scenario, DateTime asOf, ScoringOptions? options = null);

    /// <summary>As <see cref="Create"/>, but returns false instead of throwing when the buyer or scenario is null or unknown.</summary>
    /// <param name="buyer">A buyer code.</param>
    /// <param name="scenario">A scenario id.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="options">The scoring options; null for <see cref="DefaultOptions"/>.</param>
    /// <param name="scorer">The scorer, when found.</param>
    bool TryCreate(string? buyer, string? scenario, DateTime asOf, ScoringOptions? options, [NotNullWhen(true)] out ExposureScorer? scorer);
}
