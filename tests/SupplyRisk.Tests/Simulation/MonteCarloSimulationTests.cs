using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;
using SupplyRisk.Simulation;

namespace SupplyRisk.Tests.Simulation;

/// <summary>The simulation against the engine on every sampled trial, its statistics, and its determinism.</summary>
public sealed class MonteCarloSimulationTests
{
    private static readonly DateTime Day = new(2026, 11, 28);
    private static readonly CountryCode Cn = CountryCode.Parse("CN");
    private static readonly CountryCode Us = CountryCode.Parse("US");

    /// <summary>An uncertain trade war with every kind of uncertainty (illustrative probabilities, not forecasts).</summary>
    internal static UncertainScenario UncertainTradeWar()
    {
        MaterialId[] october = BuiltInScenarios.October2025RareEarths.ToArray();
        return new UncertainScenario(
            SupplyRiskModel.Default.GetScenario("cn-ree-licensing-2025"),
            new[]
            {
                new UncertainMeasure(PolicyMeasure.ExportLicensing("oct-licences", "Ho, Er, Tm, Eu, Yb", Cn, new MeasureScope(october)), 0.7),
                new UncertainMeasure(PolicyMeasure.ContentRule("content-rule", "0.1 % rule", Cn, new MeasureScope(BuiltInScenarios.April2025RareEarths.Concat(october)), 0.001), 0.5, UncertainValue.Triangular(0.0005, 0.001, 0.01)),
                new UncertainMeasure(PolicyMeasure.Tariff("us-tariff", "US on CN", Us, new MeasureScope(counterparties: new[] { Cn }), 1.0, "threat"), 0.3, UncertainValue.Pert(0.25, 1.0, 1.0)),
                new UncertainMeasure(PolicyMeasure.CapacityLoss("mm-outage", "Myanmar HREE mining", CountryCode.Parse("MM"), new MeasureScope(new MaterialId[] { "dysprosium", "terbium" }, new[] { StageKind.Extraction }), 0.3), 0.25, UncertainValue.Beta(2, 5)),
                new UncertainMeasure(PolicyMeasure.ExportQuota("drc-cobalt", "DRC cobalt quota", CountryCode.Parse("CD"), new MeasureScope(new MaterialId[] { "cobalt" }), 0.5), 0.4, UncertainValue.Pert(0.2, 0.5, 0.9)),
            },
            licenceApprovalRate: UncertainValue.Beta(2, 2),
            licenceDelayDays: UncertainValue.LogNormalFromMedian(63, 0.5));
    }

    private static MonteCarloResult Run(UncertainScenario scenario, CompiledCatalog catalog, MonteCarloOptions options) =>
        MonteCarloSimulation.Run(ExposureScorer.Create(EmbeddedData.Dataset, EmbeddedData.Timeline, scenario.Base, EmbeddedData.Dataset.GetBuyer("US"), Day), scenario, catalog, options);

    private static CompiledCatalog Compile(PartCatalog parts) => CompiledCatalog.Compile(parts, EmbeddedData.Dataset, EmbeddedData.Dataset.GetBuyer("US"));

    private static void AssertClose(double expected, double actual, string what)
    {
        double tolerance = 1e-12 * Math.Max(1.0, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected:R}, simulated {actual:R}");
    }

    /// <summary>The statistics computed the obvious way: sort, index, average.</summary>
    private static void AssertStatistics(double[] trialValues, RiskStatistics actual, string what)
    {
        double[] sorted = trialValues.OrderBy(v => v).ToArray();
        int n = sorted.Length;
        double At(double p) => sorted[Math.Max(1, (int)Math.Ceiling(Math.Round(p * n, 9))) - 1];
        double Cvar(double alpha)
        {
            double var = At(alpha);
            return var + (sorted.Where(x => x > var).Sum(x => x - var) / ((1 - alpha) * n));
        }

        AssertClose(trialValues.Average(), actual.Mean, what + " mean");
        AssertClose(At(0.50), actual.P50, what + " P50");
        AssertClose(At(0.90), actual.P90, what + " P90");
        AssertClose(At(0.95), actual.P95, what + " P95");
        AssertClose(At(0.99), actual.P99, what + " P99");
        AssertClose(Cvar(0.95), actual.ConditionalValueAtRisk95, what + " CVaR95");
        AssertClose(Cvar(0.99), actual.ConditionalValueAtRisk99, what + " CVaR99");
    }

    [Fact]
    public void Every_statistic_equals_the_engine_run_on_each_sampled_trial()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        Buyer buyer = data.GetBuyer("US");
        CompiledCatalog catalog = Compile(EmbeddedData.Products.Parts);
        UncertainScenario scenario = UncertainTradeWar();
        var options = new MonteCarloOptions(trials: 40, seed: 7, scoreThreshold: 30);
        MonteCarloResult result = Run(scenario, catalog, options);

        int parts = catalog.PartCount;
        var scores = new double[parts][];
        var shortfalls = new double[parts][];
        var costs = new double[parts][];
        for (int p = 0; p < parts; p++)
        {
            scores[p] = new double[options.Trials];
            shortfalls[p] = new double[options.Trials];
            costs[p] = new double[options.Trials];
        }

        var s = new double[parts];
        var f = new double[parts];
        var c = new double[parts];
        for (int t = 0; t < options.Trials; t++)
        {
            Scenario trial = scenario.SampleTrial(options.Seed, t);
            ExposureEngine.Score(CompiledScenario.Compile(ExposureScorer.Create(data, EmbeddedData.Timeline, trial, buyer, Day), catalog), s, f, c);
            for (int p = 0; p < parts; p++)
            {
                scores[p][t] = s[p];
                shortfalls[p][t] = f[p];
                costs[p][t] = c[p];
            }
        }

        for (int p = 0; p < parts; p++)
        {
            PartRiskDistribution part = result.Parts[p];
            Assert.Equal(catalog.PartNumbers[p], part.PartNumber);
            AssertStatistics(scores[p], part.Score, part.PartNumber + " score");
            AssertStatistics(shortfalls[p], part.Shortfall, part.PartNumber + " shortfall");
            AssertStatistics(costs[p], part.CostImpact, part.PartNumber + " cost");
            Assert.Equal(scores[p].Count(v => v > 30) / (double)options.Trials, part.ProbabilityScoreAbove);
        }

        // The trials really differ: some part's score varies, and the tariff bites in some trials only.
        Assert.Contains(result.Parts, r => r.Score.P99 > r.Score.P50);
        Assert.Contains(result.Parts, r => r.CostImpact.Mean > 0 && r.CostImpact.P50 == 0);
        Assert.Same(result.Parts[catalog.IndexOf("BEV")], result.For("BEV"));
    }

    [Fact]
    public void The_same_seed_gives_identical_results_whatever_the_thread_count()
    {
        CompiledCatalog catalog = Compile(EmbeddedData.Products.Parts);
        UncertainScenario scenario = UncertainTradeWar();
        MonteCarloResult one = Run(scenario, catalog, new MonteCarloOptions(trials: 300, seed: 11, maxDegreeOfParallelism: 1));
        MonteCarloResult two = Run(scenario, catalog, new MonteCarloOptions(trials: 300, seed: 11, maxDegreeOfParallelism: 2));
        MonteCarloResult all = Run(scenario, catalog, new MonteCarloOptions(trials: 300, seed: 11, maxDegreeOfParallelism: 4));
        MonteCarloResult otherSeed = Run(scenario, catalog, new MonteCarloOptions(trials: 300, seed: 12, maxDegreeOfParallelism: 1));

        static double[] Flat(MonteCarloResult r) => r.Parts.SelectMany(p => new[] { p.Score, p.Shortfall, p.CostImpact }
            .SelectMany(s => new[] { s.Mean, s.P50, s.P90, s.P95, s.P99, s.ConditionalValueAtRisk95, s.ConditionalValueAtRisk99 })
            .Append(p.ProbabilityScoreAbove)).ToArray();

        Assert.Equal(Flat(one), Flat(two));
        Assert.Equal(Flat(one), Flat(all));
        Assert.NotEqual(Flat(one), Flat(otherSeed));
    }

    [Fact]
    public void Certain_fixed_shocks_give_the_deterministic_score_in_every_statistic()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        CompiledCatalog catalog = Compile(EmbeddedData.Products.Parts);
        PolicyMeasure[] october = SupplyRiskModel.Default.GetScenario("cn-export-controls-2025-10").Measures.ToArray();
        var scenario = new UncertainScenario(SupplyRiskModel.Default.GetScenario("cn-ree-licensing-2025"), october.Select(m => new UncertainMeasure(m, 1.0)));
        MonteCarloResult result = Run(scenario, catalog, new MonteCarloOptions(trials: 16));

        Scenario equivalent = Scenario.Create("equivalent").Including(SupplyRiskModel.Default.GetScenario("cn-ree-licensing-2025")).With(october).Build();
        CompiledScenario compiled = CompiledScenario.Compile(ExposureScorer.Create(data, EmbeddedData.Timeline, equivalent, data.GetBuyer("US"), Day), catalog);
        for (int p = 0; p < catalog.PartCount; p++)
        {
            double score = ExposureEngine.Score(compiled, p, out double shortfall, out _);
            RiskStatistics s = result.Parts[p].Score;
            foreach (double v in new[] { s.Mean, s.P50, s.P99, s.ConditionalValueAtRisk99 })
            {
                AssertClose(score, v, catalog.PartNumbers[p]);
            }

            AssertClose(shortfall, result.Parts[p].Shortfall.P95, catalog.PartNumbers[p] + " shortfall");
        }
    }

    [Fact]
    public void A_shock_occurs_in_about_its_probability_of_trials()
    {
        // Dysprosium banned with probability 0.3: a dysprosium-only part's output lost is 0.99 in those trials (China
        // separates 99 %; no stock), 0 otherwise. 100 kg a unit is far beyond what traders' stock can serve.
        var part = new Part("DY", "dysprosium part", PartCategory.Other, CountryShares.Create((Us, 1.0)), new[] { new MaterialContent("dysprosium", 100_000, 1.0) });
        CompiledCatalog catalog = Compile(new PartCatalog(new[] { part }));
        var ban = PolicyMeasure.ExportBan("ban", "ban", Cn, new MeasureScope(new MaterialId[] { "dysprosium" }));
        var scenario = new UncertainScenario(SupplyRiskModel.Default.GetScenario("baseline"), new[] { new UncertainMeasure(ban, 0.3) });
        MonteCarloResult result = Run(scenario, catalog, new MonteCarloOptions(trials: 10_000, seed: 3, scoreThreshold: 90));

        PartRiskDistribution dy = result.For("DY");
        double sd = Math.Sqrt(0.3 * 0.7 / 10_000);
        Assert.InRange(dy.ProbabilityScoreAbove, 0.3 - (4 * sd), 0.3 + (4 * sd));
        Assert.Equal(0, dy.Shortfall.P50);
        Assert.True(dy.Shortfall.P90 > 0.5, "the ban's trials dominate the top decile");
        Assert.Equal(dy.Shortfall.P99, dy.Shortfall.ConditionalValueAtRisk99);
    }

    [Fact]
    public void Bad_options_and_unscorable_catalogs_are_rejected_with_their_cause()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonteCarloOptions(trials: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonteCarloOptions(scoreThreshold: 101));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonteCarloOptions(maxDegreeOfParallelism: 0));

        // Thulium has no reference price: the catalog cannot be compiled, and the error names it and its part.
        var part = new Part("X", "x", PartCategory.Other, CountryShares.Create((Us, 1.0)), new[] { new MaterialContent("thulium", 1, 1.0) });
        var e = Assert.Throws<ArgumentException>(() => Compile(new PartCatalog(new[] { part })));
        Assert.Contains("'thulium' (used by part 'X')", e.Message);

        // A catalog compiled for another buyer is refused, naming both.
        ReferenceDataset data = EmbeddedData.Dataset;
        CompiledCatalog forEu = CompiledCatalog.Compile(EmbeddedData.Products.Parts, data, data.GetBuyer("EU"));
        var scenario = new UncertainScenario(SupplyRiskModel.Default.GetScenario("baseline"), Array.Empty<UncertainMeasure>());
        e = Assert.Throws<ArgumentException>(() => Run(scenario, forEu, new MonteCarloOptions(trials: 2)));
        Assert.Contains("buyer 'EU'", e.Message);
        Assert.Contains("buyer 'US'", e.Message);
    }

    /// <summary>An uncertain trade war whose licence ramp and stocks are uncertain too, so that time paths differ between trials.</summary>
    private static UncertainScenario UncertainRampAndStocks() => new(
        SupplyRiskModel.Default.GetScenario("cn-ree-licensing-2025"),
        UncertainTradeWar().Measures,
        licenceApprovalRate: UncertainValue.Beta(8, 1),
        licenceDelayDays: UncertainValue.LogNormalFromMedian(75, 0.3),
        rampHalfTimeDays: UncertainValue.Triangular(1, 10, 45),
        coverFactor: UncertainValue.Triangular(0.5, 1, 2),
        leadTimeFactor: UncertainValue.Triangular(0.7, 1, 1.5));

    [Fact]
    public void Time_to_survive_and_to_recover_of_named_parts_equal_the_explained_scorer_on_each_sampled_trial()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        Buyer buyer = data.GetBuyer("US");
        PartCatalog parts = EmbeddedData.Products.Parts;
        CompiledCatalog catalog = Compile(parts);
        UncertainScenario scenario = UncertainRampAndStocks();
        string[] named = { "BEV", "HEV", "SMARTPHONE" };
        var options = new MonteCarloOptions(trials: 60, seed: 5, timePathParts: named);
        MonteCarloResult result = Run(scenario, catalog, options);

        Assert.Equal(named, result.TimePaths.Select(p => p.PartNumber));
        foreach (string number in named)
        {
            // The obvious way: every trial scored by the explained scorer, "never" ranked last, sorted and indexed.
            var survive = new List<int?>();
            var recover = new List<int?>();
            for (int t = 0; t < options.Trials; t++)
            {
                var (trial, coverFactor, leadFactor) = scenario.Sample(options.Seed, t);
                var scoring = ScoringOptions.Default.With(coverFactor: coverFactor, leadTimeFactor: leadFactor);
                ExposureReport report = ExposureScorer.Create(data, EmbeddedData.Timeline, trial, buyer, Day, scoring).Score(parts, number);
                survive.Add(report.TimeToSurviveDays);
                if (report.OutputLost > 0)
                {
                    recover.Add(report.TimeToRecoverDays);
                }
            }

            static int? At(List<int?> values, double p)
            {
                int?[] sorted = values.OrderBy(v => v ?? int.MaxValue).ToArray();
                return sorted[Math.Max(1, (int)Math.Ceiling(Math.Round(p * sorted.Length, 9))) - 1];
            }

            TimePathDistribution path = result.TimePathFor(number);
            Assert.Equal(survive.Count(d => d is not null) / (double)options.Trials, path.ProbabilityOfStop);
            Assert.Equal(options.Trials, path.TimeToSurvive.Trials);
            Assert.Equal(At(survive, 0.1), path.TimeToSurvive.P10);
            Assert.Equal(At(survive, 0.5), path.TimeToSurvive.P50);
            Assert.Equal(At(survive, 0.9), path.TimeToSurvive.P90);
            if (recover.Count == 0)
            {
                Assert.Null(path.TimeToRecover);
            }
            else
            {
                Assert.Equal(recover.Count, path.TimeToRecover!.Trials);
                Assert.Equal(At(recover, 0.1), path.TimeToRecover.P10);
                Assert.Equal(At(recover, 0.5), path.TimeToRecover.P50);
                Assert.Equal(At(recover, 0.9), path.TimeToRecover.P90);
            }
        }

        // The products differ: the BEV stops in some trials and not in others; a phone's milligrams never stop it.
        TimePathDistribution bev = result.TimePathFor("BEV");
        Assert.InRange(bev.ProbabilityOfStop, 0.01, 0.99);
        Assert.True(bev.TimeToSurvive.P10 is int early && (bev.TimeToSurvive.P90 is null || bev.TimeToSurvive.P90 > early), bev.ToString());
        Assert.Equal(0, result.TimePathFor("SMARTPHONE").ProbabilityOfStop);
        Assert.Null(result.TimePathFor("SMARTPHONE").TimeToRecover);
    }

    [Fact]
    public void Time_paths_are_the_same_whatever_the_thread_count_and_only_for_the_parts_named()
    {
        CompiledCatalog catalog = Compile(EmbeddedData.Products.Parts);
        UncertainScenario scenario = UncertainRampAndStocks();
        MonteCarloResult one = Run(scenario, catalog, new MonteCarloOptions(trials: 50, seed: 2, maxDegreeOfParallelism: 1, timePathParts: new[] { "HEV" }));
        MonteCarloResult all = Run(scenario, catalog, new MonteCarloOptions(trials: 50, seed: 2, maxDegreeOfParallelism: 4, timePathParts: new[] { "HEV" }));

        Assert.Equal(one.TimePathFor("HEV").ToString(), all.TimePathFor("HEV").ToString());
        Assert.Single(one.TimePaths);
        Assert.Empty(Run(scenario, catalog, new MonteCarloOptions(trials: 2)).TimePaths);
        var e = Assert.Throws<KeyNotFoundException>(() => one.TimePathFor("BEV"));
        Assert.Contains("'BEV'", e.Message);
    }

    [Fact]
    public void Time_path_parts_that_are_empty_repeated_or_not_in_the_catalog_are_refused_by_name()
    {
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => new MonteCarloOptions(timePathParts: new[] { "BEV", " " })).Message);
        Assert.Contains("'BEV' is named twice", Assert.Throws<ArgumentException>(() => new MonteCarloOptions(timePathParts: new[] { "BEV", "BEV" })).Message);

        CompiledCatalog catalog = Compile(EmbeddedData.Products.Parts);
        var scenario = new UncertainScenario(SupplyRiskModel.Default.GetScenario("baseline"), Array.Empty<UncertainMeasure>());
        var e = Assert.Throws<ArgumentException>(() => Run(scenario, catalog, new MonteCarloOptions(trials: 2, timePathParts: new[] { "NO-SUCH-PART" })));
        Assert.Contains("'NO-SUCH-PART' is not in the catalog", e.Message);
    }
}
