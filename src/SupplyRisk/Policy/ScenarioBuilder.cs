using System.Collections.Generic;
using System.Linq;
using System;

namespace SupplyRisk.Policy;

/// <summary>Builds a <see cref="Scenario"/> fluently. Not thread-safe; the scenario is.</summary>
/// <example>
/// <code>
/// Scenario s = Scenario.Create("cobalt-outage")
///     .Named("DRC cobalt export stop")
///     .With(PolicyMeasure.ExportBan("cd-co-ban", "DRC stops cobalt exports", CountryCode.Parse("CD"),
///           new MeasureScope(new MaterialId[] { "cobalt" })))
///     .WithSeverity(new ShockSeverity(licenceApprovalRate: 0.3))
///     .Build();
/// </code>
/// </example>
public sealed class ScenarioBuilder
{
    private readonly string _id;
    private readonly List<PolicyMeasure> _measures = new();
    private string? _name;
    private string _description = string.Empty;
    private bool _followsTimeline;
    private ShockSeverity _severity = ShockSeverity.Default;

    internal ScenarioBuilder(string id)
    {
        if (!PolicyMeasure.IsValidId(id))
        {
            throw new ArgumentException($"'{id}' is not a scenario id: use lowercase letters, digits and hyphens.", nameof(id));
        }

        _id = id;
    }

    /// <summary>Sets the name.</summary>
    public ScenarioBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    /// <summary>Sets the description.</summary>
    public ScenarioBuilder Described(string description)
    {
        _description = description ?? string.Empty;
        return this;
    }

    /// <summary>Makes the scenario take the policy timeline's measures in force at the date asked.</summary>
    public ScenarioBuilder FollowingTimeline()
    {
        _followsTimeline = true;
        return this;
    }

    /// <summary>Adds measures.</summary>
    public ScenarioBuilder With(params PolicyMeasure[] measures)
    {
        foreach (PolicyMeasure measure in measures ?? throw new ArgumentNullException(nameof(measures)))
        {
            _measures.Add(measure ?? throw new ArgumentNullException(nameof(measures)));
        }

        return this;
    }

    /// <summary>Adds every measure of other scenarios (to compose them).</summary>
    public ScenarioBuilder Including(params Scenario[] scenarios)
    {
        Scenario[] list = scenarios ?? throw new ArgumentNullException(nameof(scenarios));
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Scenario {i + 1} to include is null.", nameof(scenarios));
            }
        }

        foreach (Scenario scenario in list)
        {
            _measures.AddRange(scenario.Measures);
            _followsTimeline |= scenario.FollowsTimeline;
        }

        return this;
    }

    /// <summary>Sets the severity assumptions.</summary>
    public ScenarioBuilder WithSeverity(ShockSeverity severity)
    {
        _severity = severity ?? throw new ArgumentNullException(nameof(severity));
        return this;
    }

    /// <summary>Builds the scenario.</summary>
    /// <exception cref="ArgumentException">Two measures share an id.</exception>
    public Scenario Build()
    {
        string? repeated = _measures.GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        if (repeated is not null)
        {
            throw new ArgumentException($"Scenario '{_id}' has measure '{repeated}' more than once.");
        }

        return new Scenario(_id, _name ?? _id, _description, _followsTimeline, _measures.ToArray(), _severity);
    }
}
