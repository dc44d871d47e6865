using System.Collections.Generic;
using System;
using SupplyRisk.Engine;
using SupplyRisk.Geography;

namespace SupplyRisk.Simulation;

/// <summary>The results of a Monte Carlo simulation, one <see cref="PartRiskDistribution"/> per catalog part. Immutable.</summary>
public sealed class MonteCarloResult
{
    private readonly CompiledCatalog _catalog;

    internal MonteCarloResult(CompiledCatalog catalog, UncertainScenario scenario, Buyer buyer, DateTime asOf, MonteCarloOptions options, IReadOnlyList<PartRiskDistribution> parts, IReadOnlyList<TimePathDistribution> timePaths)
    {
        TimePaths = timePaths;
        _catalog = catalog;
        Scenario = scenario;
        Buyer = buyer;
        AsOf = asOf;
        Options = options;
        Parts = parts;
    }

    /// <summary>The scenario simulated.</summary>
    public UncertainScenario Scenario { get; }

    /// <summary>The buyer.</summary>
    public Buyer Buyer { get; }

    /// <summary>The date.</summary>
    public DateTime AsOf { get; }

    /// <summary>Trials, seed and threshold.</summary>
    public MonteCarloOptions Options { get; }

    /// <summary>Per catalog part, in the catalog's row order.</summary>
    public IReadOnlyList<PartRiskDistribution> Parts { get; }

    /// <summary>The results of a part or product.</summary>
    /// <exception cref="KeyNotFoundException">The part is not in the catalog simulated.</exception>
    public PartRiskDistribution For(string partNumber) => Parts[_catalog.IndexOf(partNumber)];

    /// <summary>Time to survive and time to recover of each part named in <see cref="MonteCarloOptions.TimePathParts"/>, in that order.</summary>
    public IReadOnlyList<TimePathDistribution> TimePaths { get; }

    /// <summary>The time-path results of a part named in <see cref="MonteCarloOptions.TimePathParts"/>.</summary>
    /// <exception cref="KeyNotFoundException">The part's time path was not asked for.</exception>
    public TimePathDistribution TimePathFor(string partNumber)
    {
        foreach (TimePathDistribution path in TimePaths)
        {
            if (path.PartNumber == partNumber)
            {
                return path;
            }
        }

        throw new KeyNotFoundException($"No time path was followed for part '{partNumber}': name it in MonteCarloOptions.TimePathParts.");
    }
}
