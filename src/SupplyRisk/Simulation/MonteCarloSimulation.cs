using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SupplyRisk.Data;
using SupplyRisk.Dynamics;
using SupplyRisk.Engine;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Simulation;

/// <summary>
/// Monte Carlo stress tests: a catalog scored under N trials of an <see cref="UncertainScenario"/>. Each trial is an
/// ordinary scenario with its own licence ramp and factors on buffers and lead times
/// (<see cref="UncertainScenario.Sample"/>), compiled like any other; the scores, output lost and cost impacts are
/// those of <see cref="ExposureEngine"/> for that scenario. The results are the same for the same seed whatever the
/// thread count: every trial has its own random stream, and each part's statistics come from its own trial values
/// only. Thread-safe.
/// </summary>
/// <remarks>
/// Two passes. First, trial by trial (in parallel), the trial's scenario is compiled for the catalog (its size is
/// proportional to materials × routes, not to parts), and the parts named in <see cref="MonteCarloOptions.TimePathParts"/>
/// are scored by the explained scorer for their time to survive and time to recover. Then part by part (in parallel), every trial scores the part's
/// row and the N values are summarised in place.
/// </remarks>
public static class MonteCarloSimulation
{
    /// <summary>Marks a trial in which the part loses no output: it has no time to recover.</summary>
    private const int NotLost = -1;

    /// <summary>Runs a simulation over every part of a compiled catalog.</summary>
    /// <param name="data">The reference data.</param>
    /// <param name="timeline">The policy timeline (for base scenarios that follow it).</param>
    /// <param name="scenario">The uncertain scenario.</param>
    /// <param name="buyer">The buyer.</param>
    /// <param name="asOf">The date: day 0 of the horizon.</param>
    /// <param name="catalog">The compiled catalog.</param>
    /// <param name="options">Trials, seed, threshold, threads; null for <see cref="MonteCarloOptions.Default"/>.</param>
    /// <param name="scoring">The horizon, cover and volume; null for <see cref="ScoringOptions.Default"/>. Trials multiply its cover and lead-time factors by their own.</param>
    /// <exception cref="ArgumentException">
    /// A catalog material cannot be scored (unknown, no EU parameters or no price; every one is listed), or the catalog
    /// was compiled for another buyer, with other prices or with other days of cover than <paramref name="data"/> and <paramref name="scoring"/> give.
    /// </exception>
    public static MonteCarloResult Run(ReferenceDataset data, PolicyTimeline timeline, UncertainScenario scenario, Buyer buyer, DateTime asOf, CompiledCatalog catalog, MonteCarloOptions? options = null, ScoringOptions? scoring = null)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        if (timeline is null)
        {
            throw new ArgumentNullException(nameof(timeline));
        }

        if (scenario is null)
        {
            throw new ArgumentNullException(nameof(scenario));
        }

        if (buyer is null)
        {
            throw new ArgumentNullException(nameof(buyer));
        }

        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        options ??= MonteCarloOptions.Default;
        scoring ??= ScoringOptions.Default;
        int trials = options.Trials;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };

        // The base scenario checks that every material can be scored, and that the catalog's buyer, prices and cover are its own.
        ScoringContext baseContext = ScoringContext.Compile(data, timeline, scenario.Base, buyer, asOf, scoring);
        CompiledScenario.Compile(baseContext, catalog);
        FlatPart[] pathParts = options.TimePathParts.Select(number => FlattenForPaths(catalog, number, baseContext)).ToArray();
        int[][] survive = pathParts.Select(_ => new int[trials]).ToArray();
        int[][] recover = pathParts.Select(_ => new int[trials]).ToArray();

        // Trial contexts only need the catalog's materials.
        var used = new HashSet<MaterialId>(catalog.Materials);
        var compiled = new CompiledScenario[trials];
        var routes = new RouteModelCache();
        Parallel.For(0, trials, parallel, t =>
        {
            var (trial, coverFactor, leadFactor) = scenario.Sample(options.Seed, t);
            ScoringOptions trialOptions = scoring.With(
                coverFactor: Math.Min(ScoringOptions.MaximumCoverFactor, scoring.CoverFactor * coverFactor),
                leadTimeFactor: Math.Min(ScoringOptions.MaximumLeadTimeFactor, scoring.LeadTimeFactor * leadFactor));
            ScoringContext context = ScoringContext.Compile(data, timeline, trial, buyer, asOf, trialOptions, used);
            compiled[t] = CompiledScenario.Compile(context, catalog, routes).Detached();
            for (int i = 0; i < pathParts.Length; i++)
            {
                ExposureReport report = context.Score(pathParts[i]);
                survive[i][t] = report.TimeToSurviveDays ?? int.MaxValue;
                recover[i][t] = report.OutputLost > 0 ? report.TimeToRecoverDays ?? int.MaxValue : NotLost;
            }
        });

        var results = new PartRiskDistribution[catalog.PartCount];
        int blocks = (catalog.PartCount + PartPass.BlockParts - 1) / PartPass.BlockParts;
        Parallel.For(
            0,
            blocks,
            parallel,
            () => new PartPass(compiled),
            (block, _, pass) =>
            {
                int from = block * PartPass.BlockParts;
                pass.Run(from, Math.Min(catalog.PartCount, from + PartPass.BlockParts), options.ScoreThreshold, results);
                return pass;
            },
            _ => { });

        var timePaths = new TimePathDistribution[pathParts.Length];
        for (int i = 0; i < pathParts.Length; i++)
        {
            int stops = survive[i].Count(d => d != int.MaxValue);
            timePaths[i] = new TimePathDistribution(
                options.TimePathParts[i],
                trials,
                stops / (double)trials,
                DayPercentiles.FromSamples(survive[i])!,
                DayPercentiles.FromSamples(recover[i].Where(d => d != NotLost).ToArray()));
        }

        return new MonteCarloResult(catalog, scenario, buyer, asOf.Date, options, Array.AsReadOnly(results), Array.AsReadOnly(timePaths));
    }

    /// <summary>A part named for time paths, flattened once with the base context's days of cover (trials scale them by their cover factor).</summary>
    private static FlatPart FlattenForPaths(CompiledCatalog catalog, string partNumber, ScoringContext context)
    {
        if (!catalog.Source.Contains(partNumber))
        {
            throw new ArgumentException($"Time-path part '{partNumber}' is not in the catalog simulated.", "options");
        }

        return context.Flatten(catalog.Source, partNumber);
    }
}
