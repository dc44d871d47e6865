using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.LinearAlgebra.Storage;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// Scoring a whole synthetic catalog under trade-war-2025 for a US buyer. Baseline: the engine. Alternatives in
/// the same run: the engine on all cores, a bandwidth reference that only sums the arrays the engine reads,
/// MathNet's sparse matrix × vector computing only the linear part (Σ grams·σ·price·risk), and a naive scorer.
/// </summary>
[MemoryDiagnoser]
public class CatalogScoringBenchmarks
{
    private CompiledScenario _scenario = null!;
    private CompiledCatalog _catalog = null!;
    private double[] _scores = Array.Empty<double>();
    private SparseMatrix _matrix = null!;
    private DenseVector _weights = null!;
    private DenseVector _linear = null!;
    private NaiveScorer _naive = null!;

    public static IEnumerable<int> Sizes => BenchmarkSizes.Catalogs;

    [ParamsSource(nameof(Sizes))]
    public int Parts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        PartCatalog parts = SyntheticCatalog.Generate(Parts);
        _catalog = CompiledCatalog.Compile(parts);
        ReferenceDataset data = ReferenceDataset.Default;
        ScoringContext context = ScoringContext.Compile(data, PolicyTimeline.Default, BuiltInScenarios.Get("trade-war-2025"), data.GetBuyer("US"), new DateTime(2026, 11, 28));
        _scenario = CompiledScenario.Compile(context, _catalog);
        _scores = new double[_catalog.PartCount];

        var values = new double[_catalog.EntryCount];
        for (int e = 0; e < values.Length; e++)
        {
            values[e] = _catalog.EntryGrams[e] * _catalog.EntrySubstitutability[e];
        }

        _matrix = new SparseMatrix(SparseCompressedRowMatrixStorage<double>.OfCompressedSparseRowFormat(_catalog.PartCount, _catalog.Materials.Count, values.Length, (int[])_catalog.RowStart.Clone(), (int[])_catalog.EntryMaterial.Clone(), values));
        var weights = new double[_catalog.Materials.Count];
        for (int m = 0; m < weights.Length; m++)
        {
            weights[m] = _scenario.Price[m] * _scenario.Structural[m];
        }

        _weights = DenseVector.OfArray(weights);
        _linear = new DenseVector(_catalog.PartCount);
        _naive = new NaiveScorer(context, _catalog);

        // The comparison is only fair if everyone computes the same thing: check a sample against the reference.
        ExposureEngine.Score(_scenario, _scores);
        var naive = new double[_catalog.PartCount];
        _naive.ScoreAll(naive);
        for (int p = 0; p < _catalog.PartCount; p += Math.Max(1, _catalog.PartCount / 50))
        {
            double reference = context.Score(parts, _catalog.PartNumbers[p]).Score;
            if (Math.Abs(reference - _scores[p]) > 1e-9 || Math.Abs(reference - naive[p]) > 1e-9)
            {
                throw new InvalidOperationException($"Part {_catalog.PartNumbers[p]}: reference {reference}, engine {_scores[p]}, naive {naive[p]}.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "Engine (1 core)")]
    public double Engine()
    {
        ExposureEngine.Score(_scenario, _scores);
        return _scores[_scores.Length - 1];
    }

    [Benchmark(Description = "Engine (all cores)")]
    public double EngineParallel()
    {
        ExposureEngine.ScoreParallel(_scenario, _scores);
        return _scores[_scores.Length - 1];
    }

    [Benchmark(Description = "Bandwidth reference (sum the same arrays)")]
    public double Bandwidth()
    {
        // Reads exactly the per-entry arrays the kernel reads for this scenario, and nothing else.
        CompiledCatalog c = _catalog;
        int[] material = c.EntryMaterial;
        double[] grams = c.EntryGrams;
        double[] sigma = c.EntrySubstitutability;
        double sum = 0;
        for (int e = 0; e < grams.Length; e++)
        {
            sum += grams[e] + sigma[e] + material[e];
        }

        if (_scenario.EntryTariff is double[] tariff)
        {
            for (int e = 0; e < tariff.Length; e++)
            {
                sum += tariff[e];
            }
        }

        foreach (CompiledScenario.ContentRule rule in _scenario.Rules)
        {
            double[] outside = rule.EntryOutside;
            for (int e = 0; e < outside.Length; e++)
            {
                sum += outside[e];
            }
        }

        return sum;
    }

    [Benchmark(Description = "MathNet sparse x vector (linear part only)")]
    public double MathNetSparse()
    {
        _matrix.Multiply(_weights, _linear);
        return _linear[_linear.Count - 1];
    }

    [Benchmark(Description = "Naive scorer (objects, dictionaries, LINQ)")]
    public double Naive() => _naive.ScoreAll(_scores);
}
