using System.Collections.Generic;
using System.Linq;
using System;

namespace SupplyRisk.Simulation;

/// <summary>How a Monte Carlo simulation runs: trials, seed, score threshold, threads, and the parts whose time paths are followed. Immutable.</summary>
public sealed class MonteCarloOptions
{
    /// <summary>
    /// The most trials a run accepts, 1,000,000: a trial holds its compiled scenario (a few KB per material and place)
    /// until every part is summarised, so a host cannot be exhausted by one request.
    /// </summary>
    public const int MaximumTrials = 1_000_000;

    /// <summary>Creates options.</summary>
    /// <param name="trials">The number of trials, 1 to <see cref="MaximumTrials"/>.</param>
    /// <param name="seed">The seed: the same seed gives the same results, whatever the thread count.</param>
    /// <param name="scoreThreshold">The score (0–100) whose exceedance probability is reported.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; −1 for all cores, 1 for the calling thread only.</param>
    /// <param name="timePathParts">
    /// Parts (typically the products) whose time to survive and time to recover are summarised too. They need each
    /// trial's day-by-day path from the explained scorer, which costs far more than the engine's score: name a few.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="ArgumentException">A time-path part number is empty or named twice.</exception>
    public MonteCarloOptions(int trials = 10_000, int seed = 1, double scoreThreshold = 50, int maxDegreeOfParallelism = -1, IEnumerable<string>? timePathParts = null)
    {
        if (trials < 1 || trials > MaximumTrials)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, $"A simulation runs 1 to {MaximumTrials:N0} trials (each trial's compiled scenario is held in memory until every part is summarised).");
        }

        if (double.IsNaN(scoreThreshold) || scoreThreshold < 0 || scoreThreshold > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(scoreThreshold), scoreThreshold, "The score threshold must lie within [0, 100].");
        }

        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use −1 (all cores) or a positive thread count.");
        }

        string[] paths = timePathParts?.ToArray() ?? Array.Empty<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < paths.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(paths[i]))
            {
                throw new ArgumentException($"Time-path part {i + 1} is empty.", nameof(timePathParts));
            }

            if (!seen.Add(paths[i]))
            {
                throw new ArgumentException($"Time-path part '{paths[i]}' is named twice.", nameof(timePathParts));
            }
        }

        TimePathParts = Array.AsReadOnly(paths);
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

    /// <summary>The parts whose time to survive and time to recover are summarised (empty: none).</summary>
    public IReadOnlyList<string> TimePathParts { get; }
}
