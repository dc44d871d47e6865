using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System;
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
    /// <param name="scorer">
    /// The scorer of the base case: its data, timeline, buyer, date and options are the simulation's; its scenario must be
    /// <paramref name="scenario"/>'s <see cref="UncertainScenario.Base"/>. Trials multiply its options' cover and lead-time factors by their own.
    /// </param>
    /// <param name="scenario">The uncertain scenario.</param>
    /// <param name="catalog">The compiled catalog.</param>
    /// <param name="options">Trials, seed, threshold, threads; null for <see cref="MonteCarloOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">
    /// The scorer's scenario is not the uncertain scenario's base; a catalog material cannot be scored (unknown, no EU
    /// parameters or no price; every one is listed); or the catalog was compiled for another buyer, with other prices or
    /// with other days of cover than the scorer's.
    /// </exception>
    public static MonteCarloResult Run(ExposureScorer scorer, UncertainScenario scenario, CompiledCatalog catalog, MonteCarloOptions? options = null)
    {
        if (scorer is null)
        {
            throw new ArgumentNullException(nameof(scorer));
        }

        if (scenario is null)
        {
            throw new ArgumentNullException(nameof(scenario));
        }

        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        if (!ReferenceEquals(scorer.Scenario, scenario.Base))
        {
            throw new ArgumentException($"The scorer scores scenario '{scorer.Scenario.Id}', but the uncertain scenario's base is '{scenario.Base.Id}': create the scorer for the base scenario.", nameof(scorer));
        }

        ReferenceDataset data = scorer.Data;
        PolicyTimeline timeline = scorer.Timeline;
        Buyer buyer = scorer.Buyer;
        DateTime asOf = scorer.AsOf;
        ScoringOptions scoring = scorer.Options;
        options ??= MonteCarloOptions.Default;
        int trials = options.Trials;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };

        // The base scenario checks that every material can be scored, and that the catalog's buyer, prices and cover are its own.
        ExposureScorer baseContext = scorer;
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
            ExposureScorer context = ExposureScorer.Create(data, timeline, trial, buyer, asOf, trialOptions, used);
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
    private static FlatPart FlattenForPaths(CompiledCatalog catalog, string partNumber, ExposureScorer context)
    {
        if (!catalog.Source.Contains(partNumber))
        {
            throw new ArgumentException($"Time-path part '{partNumber}' is not in the catalog simulated.", "options");
        }

        return context.Flatten(catalog.Source, partNumber);
    }
}
