using System.Collections.Generic;
using System;
using BenchmarkDotNet.Attributes;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// The engine (baseline, one core) against a naive scorer that walks objects with dictionaries and LINQ and follows
/// every route day by day, on the catalog of <see cref="CatalogScoringBenchmarks"/> (trade-war-2025, US buyer). Only
/// at 10,000 parts: the naive scorer takes about half a millisecond a part, so 1M parts would take minutes a call.
/// </summary>
[MemoryDiagnoser]
public class NaiveScoringBenchmarks
{
    private CompiledScenario _scenario = null!;
    private double[] _scores = Array.Empty<double>();
    private NaiveScorer _naive = null!;

    public static IEnumerable<int> Sizes => new[] { BenchmarkSizes.Small ? 2_000 : 10_000 };

    [ParamsSource(nameof(Sizes))]
    public int Parts { get; set; }

    /// <summary>Compiles the catalog and checks the case's scorer on a sample of parts against the reference scorer.</summary>
    [GlobalSetup]
    public void Setup()
    {
        PartCatalog parts = SyntheticCatalog.Generate(Parts);
        ReferenceDataset data = EmbeddedData.Dataset;
        CompiledCatalog catalog = CompiledCatalog.Compile(parts, data, data.GetBuyer("US"));
        ExposureScorer context = ExposureScorer.Create(data, EmbeddedData.Timeline, SupplyRiskModel.Default.GetScenario("trade-war-2025"), data.GetBuyer("US"), new DateTime(2026, 11, 28));
        _scenario = CompiledScenario.Compile(context, catalog);
        _scores = new double[catalog.PartCount];
        ExposureEngine.Score(_scenario, _scores);
        ReferenceSample.Check(context, parts, catalog, _scores, "engine");
        _naive = new NaiveScorer(context, parts, catalog.PartNumbers);
        var naive = new double[catalog.PartCount];
        _naive.ScoreAll(naive);
        ReferenceSample.Check(context, parts, catalog, naive, "naive scorer");
    }

    [Benchmark(Baseline = true, Description = "Engine (1 core)")]
    public double Engine()
    {
        ExposureEngine.Score(_scenario, _scores);
        return _scores[_scores.Length - 1];
    }

    [Benchmark(Description = "Naive scorer (objects, dictionaries, LINQ)")]
    public double Naive() => _naive.ScoreAll(_scores);
}
