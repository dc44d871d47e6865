using System;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// What the machine charges for memory, to read the compile benchmarks against: writing 512 MB (16 MB in the CI
/// smoke run) into memory already touched (baseline), and into fresh memory from the operating system, where every
/// 4 KB page costs a page fault on first write. Compiling a 1,000,000-part catalog writes about 0.55 GB of fresh arrays.
/// </summary>
[MemoryDiagnoser]
public class MachineBenchmarks
{
    /// <summary>512 MB; 16 MB in the CI smoke run.</summary>
    private static readonly long Bytes = BenchmarkSizes.Small ? 16L << 20 : 512L << 20;
    private IntPtr _warm;

    [GlobalSetup]
    public void Setup()
    {
        _warm = Marshal.AllocHGlobal((IntPtr)Bytes);
        Fill(_warm);
    }

    [GlobalCleanup]
    public void Cleanup() => Marshal.FreeHGlobal(_warm);

    [Benchmark(Baseline = true, Description = "Write 512 MB into memory already touched")]
    public long WarmMemory() => Fill(_warm);

    [Benchmark(Description = "Write 512 MB into fresh memory (page faults)")]
    public long FreshMemory()
    {
        // Blocks this large come straight from the operating system (mmap) and go back to it when freed, so each
        // call starts from untouched pages.
        IntPtr fresh = Marshal.AllocHGlobal((IntPtr)Bytes);
        try
        {
            return Fill(fresh);
        }
        finally
        {
            Marshal.FreeHGlobal(fresh);
        }
    }

    private static unsafe long Fill(IntPtr memory)
    {
        var span = new Span<long>((void*)memory, (int)(Bytes / sizeof(long)));
        span.Fill(1);
        return span[span.Length - 1];
    }
}
