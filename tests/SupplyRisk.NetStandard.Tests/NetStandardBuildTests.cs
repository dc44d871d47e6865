using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using SupplyRisk.Engine;

namespace SupplyRisk.Tests;

/// <summary>The assembly under test is the netstandard2.0 build, and its fallbacks for what .NET 10 has built in work.</summary>
public sealed class NetStandardBuildTests
{
    private static readonly Assembly Library = typeof(SupplyRiskModel).Assembly;

    [Fact]
    public void The_assembly_under_test_is_the_netstandard20_build()
    {
        var framework = Library.GetCustomAttribute<TargetFrameworkAttribute>();
        Assert.NotNull(framework);
        Assert.Equal(".NETStandard,Version=v2.0", framework!.FrameworkName);

        // and it is the file the build wrote to bin/<configuration>/netstandard2.0, byte for byte
        string built = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/SupplyRisk/bin", Configuration, "netstandard2.0", "SupplyRisk.dll"));
        Assert.True(File.Exists(built), built + " was not built");
        Assert.Equal(File.ReadAllBytes(built), File.ReadAllBytes(Library.Location));
    }

    [Fact]
    public void The_polyfills_are_compiled_in_only_for_netstandard20()
    {
        foreach (string name in new[]
        {
            "System.Numerics.BitOperations",
            "System.Runtime.CompilerServices.IsExternalInit",
            "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
        })
        {
            Type? type = Library.GetType(name, throwOnError: false);
            Assert.True(type is not null, name + " is missing from the netstandard2.0 build");
            Assert.Same(Library, type!.Assembly);
        }
    }

    [Fact]
    public void The_BitOperations_polyfill_agrees_with_the_runtime_on_edge_and_random_words()
    {
        Type polyfill = Library.GetType("System.Numerics.BitOperations", throwOnError: true)!;
        var popCount = (Func<ulong, int>)polyfill.GetMethod("PopCount", new[] { typeof(ulong) })!.CreateDelegate(typeof(Func<ulong, int>));
        var trailingZeros = (Func<ulong, int>)polyfill.GetMethod("TrailingZeroCount", new[] { typeof(ulong) })!.CreateDelegate(typeof(Func<ulong, int>));

        var random = new Random(20261206);
        var words = new[] { 0UL, 1UL, 2UL, 3UL, 0x8000_0000_0000_0000UL, ulong.MaxValue, 0x5555_5555_5555_5555UL, 0xAAAA_AAAA_AAAA_AAAAUL }
            .Concat(Enumerable.Range(0, 64).Select(i => 1UL << i))
            .Concat(Enumerable.Range(0, 2000).Select(_ => ((ulong)(uint)random.Next() << 33) ^ ((ulong)(uint)random.Next() << 2) ^ (ulong)random.Next(4)))
            .ToArray();
        foreach (ulong w in words)
        {
            // bit by bit (naming the runtime's BitOperations here would be ambiguous with the polyfill)
            int bits = 0, lowest = 64;
            for (int i = 63; i >= 0; i--)
            {
                if (((w >> i) & 1) != 0)
                {
                    bits++;
                    lowest = i;
                }
            }

            Assert.Equal(bits, popCount(w));
            Assert.Equal(lowest, trailingZeros(w));
        }
    }

    [Fact]
    public void UninitializedArray_falls_back_to_a_cleared_array()
    {
        // netstandard2.0 has no GC.AllocateUninitializedArray: the fallback is new T[], all zeros.
        double[] a = UninitializedArray.Create<double>(4096);
        Assert.Equal(4096, a.Length);
        Assert.All(a, x => Assert.Equal(0.0, x));
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
}
