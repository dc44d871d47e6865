using System.Collections.Generic;
using System;
using BenchmarkDotNet.Attributes;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;
using SupplyRisk.Sensitivity;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// One product, the built-in battery-electric car under the 2025 trade war for a US buyer: the compiled engine's
/// score of its root part, the explained report of the reference scorer, and its tornado table (every default input:
/// SI(SR) and each supplier with ≥ 5 % of a stage, each swung both ways and rescored).
/// </summary>
[MemoryDiagnoser]
public class ProductBenchmarks
{
    private static readonly DateTime AsOf = new(2026, 11, 28);
    private ReferenceDataset _data = null!;
    private Scenario _scenario = null!;
    private Buyer _buyer = null!;
    private ExposureScorer _context = null!;
    private CompiledScenario _compiled = null!;
    private FlatPart _bev = null!;
    private int _bevIndex;
    private IReadOnlyList<SensitivityInput> _inputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = EmbeddedData.Dataset;
        _scenario = SupplyRiskModel.Default.GetScenario("trade-war-2025");
        _buyer = _data.GetBuyer("US");
        _context = ExposureScorer.Create(_data, EmbeddedData.Timeline, _scenario, _buyer, AsOf);
        PartCatalog parts = EmbeddedData.Products.Parts;
        _compiled = CompiledScenario.Compile(_context, CompiledCatalog.Compile(parts, _data, _buyer));
        _bev = _context.Flatten(parts, "BEV");
        _bevIndex = _compiled.Catalog.IndexOf("BEV");
        _inputs = SensitivityInput.DefaultsFor(_data, _bev);
        if (Math.Abs(Engine() - Explained()) > ExposureEngine.RelativeTolerance * Math.Max(1, Math.Abs(Explained())))
        {
            throw new InvalidOperationException($"BEV: engine {Engine()}, reference {Explained()}.");
        }
    }

    [Benchmark(Baseline = true, Description = "One product: engine (compiled)")]
    public double Engine() => ExposureEngine.Score(_compiled, _bevIndex, out _, out _);

    [Benchmark(Description = "One product: explained report (reference scorer)")]
    public double Explained() => _context.Score(_bev).Score;

    [Benchmark(Description = "One product: sensitivity (tornado, default inputs)")]
    public double Sensitivity() => SensitivityAnalysis.Run(_context, _bev, _inputs).Rows[0].Swing;
}
