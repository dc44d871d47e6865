using System;

namespace SupplyRisk.Benchmarks;

/// <summary>Catalog sizes: the full set, or a small one when SUPPLYRISK_BENCH_SMALL=1 (the CI smoke run).</summary>
internal static class BenchmarkSizes
{
    public static bool Small => Environment.GetEnvironmentVariable("SUPPLYRISK_BENCH_SMALL") == "1";

    /// <summary>SUPPLYRISK_BENCH_SIZES=10000,100000 picks sizes explicitly.</summary>
    public static int[] Catalogs =>
        Environment.GetEnvironmentVariable("SUPPLYRISK_BENCH_SIZES") is { Length: > 0 } sizes
            ? Array.ConvertAll(sizes.Split(','), s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : Small ? new[] { 2_000 } : new[] { 10_000, 100_000, 1_000_000 };
}
