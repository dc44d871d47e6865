using System;
using SupplyRisk.Concentration;

namespace SupplyRisk.Tests.Concentration;

/// <summary>The span kernels allocate nothing: bytes per call, not time, are asserted.</summary>
public sealed class AllocationTests
{
    [Fact]
    public void Span_kernels_allocate_zero_bytes_after_warm_up()
    {
        double[] shares = { 0.6, 0.25, 0.1, 0.05 };
        double[] scaled = { 5.6, 2.0, 3.3, 5.0 };
        double[] trade = { 1.2, 1.0, 0.8, 1.0 };
        double sink = Run(shares, scaled, trade);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            sink += Run(shares, scaled, trade);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(sink > 0);
    }

    private static double Run(double[] shares, double[] scaled, double[] trade) =>
        Herfindahl.Index(shares) + Herfindahl.ConcentrationRatio(shares, 2) + Herfindahl.EffectiveSuppliers(shares)
        + Herfindahl.GovernanceWeighted(shares, scaled, trade);
}
