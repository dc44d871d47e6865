using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.IO;
using SupplyRisk.Parts;

namespace SupplyRisk.Benchmarks;

/// <summary>Flattening a whole multi-level catalog (shared sub-assemblies, depth up to 12) into the compiled form.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private PartCatalog _parts = null!;

    public static IEnumerable<int> Sizes => BenchmarkSizes.Catalogs;

    [ParamsSource(nameof(Sizes))]
    public int Parts { get; set; }

    [GlobalSetup]
    public void Setup() => _parts = SyntheticCatalog.Generate(Parts);

    [Benchmark(Baseline = true, Description = "CompiledCatalog.Compile (all cores)")]
    public int Compile() => CompiledCatalog.Compile(_parts, EmbeddedData.Dataset, EmbeddedData.Dataset.GetBuyer("US")).EntryCount;

    [Benchmark(Description = "CompiledCatalog.Compile (1 thread)")]
    public int CompileOneThread() => CompiledCatalog.Compile(_parts, EmbeddedData.Dataset, EmbeddedData.Dataset.GetBuyer("US"), maxDegreeOfParallelism: 1).EntryCount;
}
