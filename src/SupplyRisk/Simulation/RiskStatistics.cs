using System.Globalization;
using System;

namespace SupplyRisk.Simulation;

/// <summary>
/// The distribution of one output (score, shortfall or cost impact) over the trials of a simulation: mean,
/// percentiles and conditional value at risk. Percentile p is the empirical inverse CDF, the ⌈p·N⌉-th smallest of
/// the N trial values; CVaRα (Rockafellar–Uryasev) is VaRα + Σ max(0, x − VaRα) / ((1 − α)·N), the mean of the worst
/// (1 − α) tail. Immutable.
/// </summary>
public sealed class RiskStatistics
{
    private RiskStatistics(double mean, double p50, double p90, double p95, double p99, double cvar95, double cvar99)
    {
        Mean = mean;
        P50 = p50;
        P90 = p90;
        P95 = p95;
        P99 = p99;
        ConditionalValueAtRisk95 = cvar95;
        ConditionalValueAtRisk99 = cvar99;
    }

    /// <summary>The mean over the trials.</summary>
    public double Mean { get; }

    /// <summary>The median (⌈0.5·N⌉-th smallest value).</summary>
    public double P50 { get; }

    /// <summary>The 90th percentile.</summary>
    public double P90 { get; }

    /// <summary>The 95th percentile (VaR at 95 %).</summary>
    public double P95 { get; }

    /// <summary>The 99th percentile (VaR at 99 %).</summary>
    public double P99 { get; }

    /// <summary>CVaR at 95 %: the mean of the worst 5 % of trials.</summary>
    public double ConditionalValueAtRisk95 { get; }

    /// <summary>CVaR at 99 %: the mean of the worst 1 % of trials.</summary>
    public double ConditionalValueAtRisk99 { get; }

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "mean {0:G4}, P50 {1:G4}, P90 {2:G4}, P95 {3:G4}, P99 {4:G4}, CVaR95 {5:G4}, CVaR99 {6:G4}", Mean, P50, P90, P95, P99, ConditionalValueAtRisk95, ConditionalValueAtRisk99);

    /// <summary>The statistics of <paramref name="values"/>, whose order it changes.</summary>
    internal static RiskStatistics FromSamples(double[] values)
    {
        int n = values.Length;
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += values[i];
        }

        // Each selection leaves nothing smaller above its index, so the next, higher rank is searched above it only.
        int k50 = Rank(5_000, n) - 1;
        int k90 = Rank(9_000, n) - 1;
        int k95 = Rank(9_500, n) - 1;
        int k99 = Rank(9_900, n) - 1;
        double p50 = OrderStatistics.SelectInPlace(values, k50, 0, n);
        double p90 = OrderStatistics.SelectInPlace(values, k90, k50, n);
        double p95 = OrderStatistics.SelectInPlace(values, k95, k90, n);
        double p99 = OrderStatistics.SelectInPlace(values, k99, k95, n);
        return new RiskStatistics(sum / n, p50, p90, p95, p99, Cvar(values, p95, k95, 9_500), Cvar(values, p99, k99, 9_900));
    }

    /// <summary>The ⌈p·N⌉-th smallest value's rank, p given in basis points so that the rank is exact integer arithmetic.</summary>
    internal static int Rank(int basisPoints, int n) => Math.Max(1, (int)(((long)basisPoints * n + 9_999) / 10_000));

    /// <summary>CVaR from the VaR selected at index <paramref name="k"/>: nothing before that index exceeds it.</summary>
    private static double Cvar(double[] values, double valueAtRisk, int k, int basisPoints)
    {
        double excess = 0;
        for (int i = k; i < values.Length; i++)
        {
            double x = values[i];
            if (x > valueAtRisk)
            {
                excess += x - valueAtRisk;
            }
        }

        return valueAtRisk + (excess / ((10_000 - basisPoints) * (double)values.Length / 10_000));
    }
}
