using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Geography;

/// <summary>
/// Governance scores by country, each with its source, plus the documented value assumed for
/// <see cref="CountryCode.RestOfWorld"/>. Immutable and thread-safe.
/// </summary>
public sealed class GovernanceTable
{
    private readonly Dictionary<CountryCode, (GovernanceScore Score, Provenance Provenance)> _scores;

    /// <summary>Creates a table.</summary>
    /// <param name="scores">One entry per country (no ROW, no repeats).</param>
    /// <param name="restOfWorld">The score assumed for ROW; <see cref="GovernanceScore.WorldAverage"/> when omitted.</param>
    /// <exception cref="ArgumentException">A country repeats, or ROW or a default code is listed.</exception>
    public GovernanceTable(IEnumerable<(CountryCode Country, GovernanceScore Score, Provenance Provenance)> scores, GovernanceScore? restOfWorld = null)
    {
        _scores = new Dictionary<CountryCode, (GovernanceScore, Provenance)>();
        foreach (var (country, score, provenance) in scores ?? throw new ArgumentNullException(nameof(scores)))
        {
            if (country.IsDefault || country.IsRestOfWorld)
            {
                throw new ArgumentException("Governance is given per ISO country; ROW takes the restOfWorld argument.", nameof(scores));
            }

            if (_scores.ContainsKey(country))
            {
                throw new ArgumentException($"Country {country} has more than one governance score.", nameof(scores));
            }

            _scores.Add(country, (score, provenance ?? Provenance.UserSupplied));
        }

        RestOfWorld = restOfWorld ?? GovernanceScore.WorldAverage;
        Countries = Array.AsReadOnly(_scores.Keys.OrderBy(c => c).ToArray());
    }

    /// <summary>The score assumed for the rest of the world.</summary>
    public GovernanceScore RestOfWorld { get; }

    /// <summary>The countries that have a score, ordered by code.</summary>
    public IReadOnlyList<CountryCode> Countries { get; }

    /// <summary>Whether the country (or ROW) has a score.</summary>
    public bool Contains(CountryCode country) => country.IsRestOfWorld || _scores.ContainsKey(country);

    /// <summary>The score of a country, or the ROW assumption for <see cref="CountryCode.RestOfWorld"/>.</summary>
    /// <exception cref="KeyNotFoundException">The country has no governance score.</exception>
    public GovernanceScore Get(CountryCode country)
    {
        if (country.IsRestOfWorld)
        {
            return RestOfWorld;
        }

        if (!_scores.TryGetValue(country, out var entry))
        {
            throw new KeyNotFoundException($"Country '{country}' has no governance (WGI) score.");
        }

        return entry.Score;
    }

    /// <summary>The source of a country's score; <see langword="null"/> for ROW or an unknown country.</summary>
    public Provenance? ProvenanceOf(CountryCode country) => _scores.TryGetValue(country, out var entry) ? entry.Provenance : null;

    /// <summary>A copy with the given scores replaced or added.</summary>
    public GovernanceTable With(IEnumerable<(CountryCode Country, GovernanceScore Score, Provenance Provenance)> overrides)
    {
        var merged = new Dictionary<CountryCode, (GovernanceScore, Provenance)>(_scores);
        foreach (var (country, score, provenance) in overrides ?? throw new ArgumentNullException(nameof(overrides)))
        {
            merged[country] = (score, provenance);
        }

        return new GovernanceTable(merged.Select(kv => (kv.Key, kv.Value.Item1, kv.Value.Item2)), RestOfWorld);
    }
}
