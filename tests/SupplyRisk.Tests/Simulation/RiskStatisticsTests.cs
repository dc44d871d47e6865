using System.Linq;
using System;
using CsCheck;
using SupplyRisk.Simulation;

namespace SupplyRisk.Tests.Simulation;

/// <summary>Percentiles and CVaR against hand-worked values and against sorting.</summary>
public sealed class RiskStatisticsTests
{
    [Fact]
    public void Twenty_values_give_the_hand_worked_statistics()
    {
        // 1..20 shuffled. P50 = 10th smallest = 10; P90 = 18th = 18; P95 = 19th = 19; P99 = ⌈19.8⌉ = 20th = 20.
        // CVaR95 = 19 + (20 − 19) / (0.05 · 20) = 20; CVaR99 = 20 + 0 = 20. Mean 10.5.
        double[] values = { 7, 20, 3, 15, 1, 12, 18, 9, 4, 16, 11, 2, 19, 6, 14, 8, 17, 5, 13, 10 };
        RiskStatistics s = RiskStatistics.FromSamples(values);
        Assert.Equal(10.5, s.Mean);
        Assert.Equal(10, s.P50);
        Assert.Equal(18, s.P90);
        Assert.Equal(19, s.P95);
        Assert.Equal(20, s.P99);
        Assert.Equal(20, s.ConditionalValueAtRisk95);
        Assert.Equal(20, s.ConditionalValueAtRisk99);

        // 200 values 1..200: CVaR95 = VaR 190 + Σ (191..200 − 190) / 10 = 190 + 55/10.
        RiskStatistics t = RiskStatistics.FromSamples(Enumerable.Range(1, 200).Reverse().Select(i => (double)i).ToArray());
        Assert.Equal(190, t.P95);
        Assert.Equal(195.5, t.ConditionalValueAtRisk95);
        Assert.Equal(198, t.P99);
        Assert.Equal(198 + (3.0 / 2), t.ConditionalValueAtRisk99);
    }

    [Fact]
    public void Selection_equals_sorting_on_random_arrays_with_many_ties()
    {
        Gen.Int[0, 6].Select(v => v / 2.0).Array[1, 400].Sample(values =>
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            int n = values.Length;
            double At(int bp) => sorted[RiskStatistics.Rank(bp, n) - 1];
            double Cvar(int bp)
            {
                double var = At(bp);
                return var + (sorted.Where(x => x > var).Sum(x => x - var) / ((10_000 - bp) * (double)n / 10_000));
            }

            RiskStatistics s = RiskStatistics.FromSamples((double[])values.Clone());
            Assert.Equal(At(5_000), s.P50);
            Assert.Equal(At(9_000), s.P90);
            Assert.Equal(At(9_500), s.P95);
            Assert.Equal(At(9_900), s.P99);
            Assert.Equal(Cvar(9_500), s.ConditionalValueAtRisk95, 12);
            Assert.Equal(Cvar(9_900), s.ConditionalValueAtRisk99, 12);
        }, iter: 500);
    }

    [Fact]
    public void Rank_is_the_ceiling_of_p_times_n_in_exact_arithmetic()
    {
        Assert.Equal(9_500, RiskStatistics.Rank(9_500, 10_000));
        Assert.Equal(1, RiskStatistics.Rank(5_000, 1));
        Assert.Equal(20, RiskStatistics.Rank(9_900, 20));
        Assert.Equal(3, RiskStatistics.Rank(5_000, 5));
    }
}
