using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using System;
using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.LinearAlgebra.Storage;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// Scoring a whole synthetic catalog under trade-war-2025 for a US buyer over 365 days. Baseline: the engine.
/// Alternatives in the same run: the static kernel of before the time model on the same arrays, the engine on all
/// cores, a bandwidth reference that only sums the arrays the engine reads, and MathNet's sparse matrix × vector
/// computing only the linear part (Σ value·risk). The naive scorer has its own class (<see cref="NaiveScoringBenchmarks"/>):
/// it takes about half a millisecond a part, minutes a call at 1M.
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
    private StaticEngine _static = null!;

    public static IEnumerable<int> Sizes => BenchmarkSizes.Catalogs;

    [ParamsSource(nameof(Sizes))]
    public int Parts { get; set; }

    private PartCatalog _parts = null!;
    private ExposureScorer _context = null!;

    /// <summary>
    /// What every case needs: the catalog, compiled, and the engine checked on a sample of parts against the
    /// reference scorer, so a fast wrong answer cannot pass. Each baseline builds its own structures in its own
    /// setup (BenchmarkDotNet runs a case's setup only in that case's process).
    /// </summary>
    [GlobalSetup(Targets = new[] { nameof(Engine), nameof(EngineParallel), nameof(Bandwidth), nameof(StaticEngineBefore) })]
    public void Setup()
    {
        _parts = SyntheticCatalog.Generate(Parts);
        ReferenceDataset data = EmbeddedData.Dataset;
        _catalog = CompiledCatalog.Compile(_parts, data, data.GetBuyer("US"));
        _context = ExposureScorer.Create(data, EmbeddedData.Timeline, SupplyRiskModel.Default.GetScenario("trade-war-2025"), data.GetBuyer("US"), new DateTime(2026, 11, 28));
        _scenario = CompiledScenario.Compile(_context, _catalog);
        _scores = new double[_catalog.PartCount];
        ExposureEngine.Score(_scenario, _scores);
        CheckSample(_scores, "engine");
        _static = new StaticEngine(_scenario);
    }

    /// <summary>MathNet: value per entry times the structural risk per material (the linear part of the score).</summary>
    [GlobalSetup(Target = nameof(MathNetSparse))]
    public void SetupMathNet()
    {
        Setup();
        var values = new double[_catalog.EntryCount];
        for (int e = 0; e < values.Length; e++)
        {
            values[e] = _catalog.EntryValue[e];
        }

        int[] columns = Array.ConvertAll(_catalog.EntryMaterial, m => (int)m);
        _matrix = new SparseMatrix(SparseCompressedRowMatrixStorage<double>.OfCompressedSparseRowFormat(_catalog.PartCount, _catalog.Materials.Count, values.Length, (int[])_catalog.RowStart.Clone(), columns, values));
        _weights = DenseVector.OfArray(Array.ConvertAll(_scenario.Materials, t => t.Structural));
        _linear = new DenseVector(_catalog.PartCount);
    }

    /// <summary>The comparison is only fair if everyone computes the same thing: a sample against the reference.</summary>
    private void CheckSample(double[] scores, string who) => ReferenceSample.Check(_context, _parts, _catalog, scores, who);

    [Benchmark(Baseline = true, Description = "Engine (1 core)")]
    public double Engine()
    {
        ExposureEngine.Score(_scenario, _scores);
        return _scores[_scores.Length - 1];
    }

    [Benchmark(Description = "Static engine before the time model (1 core, same arrays; timing baseline)")]
    public double StaticEngineBefore()
    {
        _static.Score(_scores);
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
        // Reads exactly the arrays the kernel reads for this scenario, and nothing else, as fast as one core can:
        // SIMD adds into two independent accumulators, so the loop is bound by memory, not by add latency.
        CompiledCatalog c = _catalog;
        double sum = Read(c.RowStart) + Read(c.EntryMaterial) + Read(c.EntryValue) + Read(c.EntrySubstitutability)
            + Read(c.EntryCover) + Read(c.RowRouteStart) + Read(c.EntryRouteCount) + Read(c.RouteId) + Read(c.RouteFraction);
        if (_scenario.UsesCountries)
        {
            sum += Read(c.OutsideStart) + Read(c.OutsideCountry) + Read(c.OutsideValue);
        }

        return sum;
    }

    private static double Read<T>(T[] array)
        where T : unmanaged, INumber<T>
    {
        ReadOnlySpan<Vector<T>> vectors = MemoryMarshal.Cast<T, Vector<T>>(array);
        Vector<T> a = Vector<T>.Zero;
        Vector<T> b = Vector<T>.Zero;
        int i = 0;
        for (; i + 1 < vectors.Length; i += 2)
        {
            a += vectors[i];
            b += vectors[i + 1];
        }

        for (; i < vectors.Length; i++)
        {
            a += vectors[i];
        }

        T tail = T.Zero;
        for (int j = vectors.Length * Vector<T>.Count; j < array.Length; j++)
        {
            tail += array[j];
        }

        return double.CreateTruncating(System.Numerics.Vector.Sum(a + b) + tail);
    }

    [Benchmark(Description = "MathNet sparse x vector (linear part only)")]
    public double MathNetSparse()
    {
        _matrix.Multiply(_weights, _linear);
        return _linear[_linear.Count - 1];
    }
}
