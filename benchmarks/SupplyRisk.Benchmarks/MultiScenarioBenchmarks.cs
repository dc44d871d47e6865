using System.Collections.Generic;
using System.Linq;
using System;
using BenchmarkDotNet.Attributes;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.IO;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Benchmarks;

/// <summary>One compiled 10,000-part catalog scored under K scenarios (different licence approval rates) without recompiling the parts.</summary>
[MemoryDiagnoser]
public class MultiScenarioBenchmarks
{
    private CompiledScenario[] _scenarios = Array.Empty<CompiledScenario>();
    private double[] _scores = Array.Empty<double>();

    [Params(1, 16, 256)]
    public int Scenarios { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        CompiledCatalog catalog = CompiledCatalog.Compile(SyntheticCatalog.Generate(BenchmarkSizes.Small ? 2_000 : 10_000), data, data.GetBuyer("US"));
        Scenario tradeWar = SupplyRiskModel.Default.GetScenario("trade-war-2025");
        _scenarios = Enumerable.Range(0, Scenarios).Select(k =>
        {
            Scenario s = Scenario.Create("k" + k).Including(tradeWar).WithSeverity(new ShockSeverity(ShockSeverity.DefaultLicensing.With(longRunApprovalRate: (k + 0.5) / Scenarios))).Build();
            return CompiledScenario.Compile(ExposureScorer.Create(data, EmbeddedData.Timeline, s, data.GetBuyer("US"), new DateTime(2026, 11, 28)), catalog);
        }).ToArray();
        _scores = new double[Scenarios * catalog.PartCount];
    }

    [Benchmark(Description = "Catalog x K scenarios")]
    public double Score()
    {
        ExposureEngine.Score(_scenarios, _scores);
        return _scores[_scores.Length - 1];
    }
}
