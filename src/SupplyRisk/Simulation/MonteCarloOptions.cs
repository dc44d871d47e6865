using System;

namespace SupplyRisk.Simulation;

/// <summary>How a Monte Carlo simulation runs: trials, seed, score threshold and threads. Immutable.</summary>
public sealed class MonteCarloOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="trials">The number of trials, ≥ 1.</param>
    /// <param name="seed">The seed: the same seed gives the same results, whatever the thread count.</param>
    /// <param name="scoreThreshold">The score (0–100) whose exceedance probability is reported.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; −1 for all cores, 1 for the calling thread only.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public MonteCarloOptions(int trials = 10_000, int seed = 1, double scoreThreshold = 50, int maxDegreeOfParallelism = -1)
    {
        if (trials < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, "A simulation needs at least one trial.");
        }

        if (double.IsNaN(scoreThreshold) || scoreThreshold < 0 || scoreThreshold > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(scoreThreshold), scoreThreshold, "The score threshold must lie within [0, 100].");
        }

        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use −1 (all cores) or a positive thread count.");
        }

        Trials = trials;
        Seed = seed;
        ScoreThreshold = scoreThreshold;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>The defaults: 10,000 trials, seed 1, threshold 50, all cores.</summary>
    public static MonteCarloOptions Default { get; } = new();

    /// <summary>The number of trials.</summary>
    public int Trials { get; }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The score whose exceedance probability is reported.</summary>
    public double ScoreThreshold { get; }

    /// <summary>Threads to use (−1: all cores).</summary>
    public int MaxDegreeOfParallelism { get; }
}
