using System.Collections.Generic;
using System;
using BenchmarkDotNet.Attributes;
using SupplyRisk.Concentration;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Scoring;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// The supply-risk computation on the embedded dataset: the span kernel (HHI-WGI,t over flat arrays),
/// the one-call EU method from raw inputs, and the dataset-level assessor (per stage, bottleneck).
/// </summary>
[MemoryDiagnoser]
public class SupplyRiskBenchmarks
{
    private double[] _shares = Array.Empty<double>();
    private double[] _scaledWgi = Array.Empty<double>();
    private double[] _trade = Array.Empty<double>();
    private IReadOnlyList<SupplierInput> _global = Array.Empty<SupplierInput>();
    private IReadOnlyList<SupplierInput> _sourcing = Array.Empty<SupplierInput>();
    private SupplyRiskAssessor _assessor = null!;
    private Buyer _eu = null!;

    [GlobalSetup]
    public void Setup()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        CountryShares shares = data.GetMaterial("tungsten").GetStage(StageKind.Extraction).Shares;
        _shares = shares.Shares.ToArray();
        _scaledWgi = new double[shares.Count];
        _trade = new double[shares.Count];
        for (int i = 0; i < shares.Count; i++)
        {
            _scaledWgi[i] = data.Governance.Get(shares.Entries[i].Country).Scaled;
            _trade[i] = 1.0;
        }

        _global = EuSupplyRisk.ToInputs(shares, data.Governance);
        _sourcing = EuSupplyRisk.ToInputs(data.FindProfile(data.GetBuyer("EU"), "tungsten")!.SourcingFor(StageKind.Extraction)!, data.Governance);
        _assessor = new SupplyRiskAssessor(data);
        _eu = data.GetBuyer("EU");
    }

    [Benchmark(Baseline = true, Description = "HHI-WGI,t span kernel (tungsten extraction)")]
    public double HhiWgiTKernel() => Herfindahl.GovernanceWeighted(_shares, _scaledWgi, _trade);

    [Benchmark(Description = "EuSupplyRisk.Compute from raw inputs")]
    public double EuMethodFromInputs() => EuSupplyRisk.Compute(_global, _sourcing, 0.80, 0.42, 0.96).Value;

    [Benchmark(Description = "SupplyRiskAssessor.Assess (tungsten, EU, all stages)")]
    public double AssessMaterial() => _assessor.Assess("tungsten", _eu).Value;
}
