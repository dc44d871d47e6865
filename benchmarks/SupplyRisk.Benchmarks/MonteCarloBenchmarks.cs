using System.Collections.Generic;
using System;
using BenchmarkDotNet.Attributes;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;
using SupplyRisk.Simulation;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// A Monte Carlo stress test of a synthetic catalog on all cores: the April 2025 licences for certain, the October
/// 2025 package, a US tariff and a Myanmar outage uncertain (illustrative probabilities), licence approval and delay
/// drawn per trial. 10,000 trials × 10,000 parts (200 × 2,000 in the CI smoke run).
/// </summary>
[MemoryDiagnoser]
public class MonteCarloBenchmarks
{
    private CompiledCatalog _catalog = null!;
    private UncertainScenario _scenario = null!;
    private MonteCarloOptions _options = null!;
    private Buyer _buyer = null!;
    private ExposureScorer _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _buyer = EmbeddedData.Dataset.GetBuyer("US");
        _catalog = CompiledCatalog.Compile(SyntheticCatalog.Generate(BenchmarkSizes.Small ? 2_000 : 10_000), EmbeddedData.Dataset, _buyer);
        _options = new MonteCarloOptions(trials: BenchmarkSizes.Small ? 200 : 10_000, seed: 1);
        CountryCode cn = CountryCode.Parse("CN");
        var measures = new List<UncertainMeasure>();
        foreach (PolicyMeasure m in SupplyRiskModel.Default.GetScenario("cn-export-controls-2025-10").Measures)
        {
            measures.Add(new UncertainMeasure(m, 0.6));
        }

        measures.Add(new UncertainMeasure(
            PolicyMeasure.Tariff("us-tariff-cn", "US tariff on Chinese goods", CountryCode.Parse("US"), new MeasureScope(counterparties: new[] { cn }), 1.0, "threat"),
            0.3,
            UncertainValue.Pert(0.1, 0.5, 1.0)));
        measures.Add(new UncertainMeasure(
            PolicyMeasure.CapacityLoss("mm-outage", "Myanmar heavy rare-earth mining outage", CountryCode.Parse("MM"), new MeasureScope(new MaterialId[] { "dysprosium", "terbium" }, new[] { StageKind.Extraction }), 0.3),
            0.25,
            UncertainValue.Triangular(0.1, 0.3, 0.8)));
        _scenario = new UncertainScenario(SupplyRiskModel.Default.GetScenario("cn-ree-licensing-2025"), measures, UncertainValue.Beta(2, 2), UncertainValue.LogNormalFromMedian(63, 0.5));
        _scorer = ExposureScorer.Create(EmbeddedData.Dataset, EmbeddedData.Timeline, _scenario.Base, _buyer, new DateTime(2026, 11, 28));
    }

    [Benchmark(Description = "Monte Carlo (trials x parts, all cores)")]
    public double Simulate() =>
        MonteCarloSimulation.Run(_scorer, _scenario, _catalog, _options).Parts[0].Score.Mean;
}
