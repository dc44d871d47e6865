using System.Runtime.InteropServices;
using System.Threading.Tasks;
using System;
using BenchmarkDotNet.Attributes;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// What the machine charges for memory, to read the compile benchmarks against: writing 512 MB (16 MB in the CI
/// smoke run) into memory already touched (baseline), and into fresh memory from the operating system, where every
/// 4 KB page costs a page fault on first write, on one thread and on all cores (whether page faults scale with the
/// cores says how much a parallel compile can hide them). Compiling a 1,000,000-part catalog writes about 0.6 GB of
/// fresh arrays.
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
    public long FreshMemory() => InFreshMemory(Fill);

    [Benchmark(Description = "Write 512 MB into fresh memory (page faults), all cores")]
    public long FreshMemoryAllCores() => InFreshMemory(fresh =>
    {
        int threads = Environment.ProcessorCount;
        long longs = Bytes / sizeof(long);
        long slice = longs / threads;
        Parallel.For(0, threads, t => Fill(fresh, t * slice, t == threads - 1 ? longs - (t * slice) : slice));
        return Marshal.ReadInt64(fresh, (int)(Bytes - sizeof(long)));
    });

    /// <summary>Runs <paramref name="write"/> on a block of <see cref="Bytes"/> just taken from the operating system.</summary>
    private static long InFreshMemory(Func<IntPtr, long> write)
    {
        // Blocks this large come straight from the operating system (mmap) and go back to it when freed, so each
        // call starts from untouched pages.
        IntPtr fresh = Marshal.AllocHGlobal((IntPtr)Bytes);
        try
        {
            return write(fresh);
        }
        finally
        {
            Marshal.FreeHGlobal(fresh);
        }
    }

    private static long Fill(IntPtr memory) => Fill(memory, 0, Bytes / sizeof(long));

    /// <summary>Writes 1 into <paramref name="count"/> longs from long number <paramref name="first"/>.</summary>
    private static unsafe long Fill(IntPtr memory, long first, long count)
    {
        var span = new Span<long>((long*)memory + first, (int)count);
        span.Fill(1);
        return span[span.Length - 1];
    }
}
