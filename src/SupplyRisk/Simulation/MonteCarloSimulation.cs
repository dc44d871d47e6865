using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Simulation;

/// <summary>
/// Monte Carlo stress tests: a catalog scored under N trials of an <see cref="UncertainScenario"/>. Each trial is an
/// ordinary scenario (<see cref="UncertainScenario.SampleTrial"/>), compiled like any other; the scores, shortfalls
/// and cost impacts are those of <see cref="ExposureEngine"/> for that scenario (equal to 1e-12 relative). The results
/// are the same for the same seed whatever the thread count: every trial has its own random stream, and each part's
/// statistics come from its own trial values only. Thread-safe.
/// </summary>
/// <remarks>
/// Two passes. First, trial by trial (in parallel), the material-level figures: SR under the trial's trade factors,
/// availability, tariffs. Then part by part (in parallel), the part's materials are folded once into per-material
/// weights, and every trial's score is a short weighted sum over them; the N values are summarised in place.
/// </remarks>
public static class MonteCarloSimulation
{
    private const int PartsPerChunk = 8;

    /// <summary>Runs a simulation over every part of a compiled catalog.</summary>
    /// <param name="data">The reference data.</param>
    /// <param name="timeline">The policy timeline (for base scenarios that follow it).</param>
    /// <param name="scenario">The uncertain scenario.</param>
    /// <param name="buyer">The buyer.</param>
    /// <param name="asOf">The date at which measures are in force.</param>
    /// <param name="catalog">The compiled catalog.</param>
    /// <param name="options">Trials, seed, threshold, threads; null for <see cref="MonteCarloOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">
    /// A catalog material cannot be scored (unknown, no EU parameters or no price; every one is listed), or the catalog
    /// was compiled for another buyer or with other prices than <paramref name="data"/>'s.
    /// </exception>
    public static MonteCarloResult Run(ReferenceDataset data, PolicyTimeline timeline, UncertainScenario scenario, Buyer buyer, DateTime asOf, CompiledCatalog catalog, MonteCarloOptions? options = null)
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
        int trials = options.Trials;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };

        // The base scenario checks that every material can be scored, and that the catalog's buyer and prices are its own.
        ScoringContext baseContext = ScoringContext.Compile(data, timeline, scenario.Base, buyer, asOf);
        CompiledScenario layout = CompiledScenario.Compile(baseContext, catalog);

        // Every content rule that can be in force in some trial, laid out once.
        IEnumerable<PolicyMeasure> candidates = scenario.Base.Evaluate(asOf, timeline).Select(s => s.Measure).Concat(scenario.Measures.Select(m => m.Measure));
        PolicyMeasure[] rules = new ShockEffects(buyer, candidates, scenario.Base.Severity).ContentRules.ToArray();
        CompiledScenario.ContentRule[] ruleLayouts = rules.Select(r => CompiledScenario.ContentRule.LayOut(r, 0, baseContext, catalog)).ToArray();

        // Trial contexts only need the catalog's materials.
        var terms = new TrialTerms(trials, catalog.Materials.Count, catalog.Countries.Count, rules.Select(r => r.Id).ToList());
        var used = new HashSet<MaterialId>(catalog.Materials);
        Parallel.For(0, trials, parallel, t =>
            terms.Fill(t, ScoringContext.Compile(data, timeline, scenario.SampleTrial(options.Seed, t), buyer, asOf, used), catalog));

        var results = new PartRiskDistribution[catalog.PartCount];
        int chunks = (catalog.PartCount + PartsPerChunk - 1) / PartsPerChunk;
        Parallel.For(
            0,
            chunks,
            parallel,
            () => new PartPass(layout, ruleLayouts, terms),
            (chunk, _, pass) =>
            {
                int end = Math.Min(catalog.PartCount, (chunk + 1) * PartsPerChunk);
                for (int p = chunk * PartsPerChunk; p < end; p++)
                {
                    results[p] = pass.Run(p, options.ScoreThreshold);
                }

                return pass;
            },
            _ => { });

        return new MonteCarloResult(catalog, scenario, buyer, asOf.Date, options, Array.AsReadOnly(results));
    }
}
