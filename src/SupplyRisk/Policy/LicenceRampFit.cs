using System.Collections.Generic;
using System.Linq;
using System;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace SupplyRisk.Policy;

/// <summary>
/// Fits a <see cref="LicenceRamp"/> to observed periods of a licensed flow by least squares on the periods' mean pass
/// shares: a grid over the initial rate, the delay and the half-time, then MathNet.Numerics' Nelder–Mead simplex from
/// the best grid points. How SupplyRisk's default ramp was obtained from China's 2025 magnet exports
/// (docs/methodology.md, "Calibration"). Thread-safe.
/// </summary>
public static class LicenceRampFit
{
    private static readonly double[] HalfTimes = { 0.5, 1, 2, 3, 5, 7, 10, 14, 20, 28, 40, 60, 90, 120, 180, 270, 365 };

    /// <summary>Fits the initial rate, the review delay and the half-time, with the long-run rate given.</summary>
    /// <param name="observations">At least three periods.</param>
    /// <param name="effective">The day the licence requirement took effect.</param>
    /// <param name="longRunApprovalRate">q∞, in [0, 1] (1 when the flow returned to normal).</param>
    /// <exception cref="ArgumentException">Fewer than three observations, or a null one.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The long-run rate is outside [0, 1].</exception>
    public static LicenceRampFitResult Fit(IEnumerable<RampObservation> observations, DateTime effective, double longRunApprovalRate = 1.0)
    {
        RampObservation[] list = (observations ?? throw new ArgumentNullException(nameof(observations))).ToArray();
        if (list.Any(o => o is null))
        {
            throw new ArgumentException("An observation is null.", nameof(observations));
        }

        if (list.Length < 3)
        {
            throw new ArgumentException($"A ramp has three free parameters: give at least three observed periods (got {list.Length}).", nameof(observations));
        }

        if (double.IsNaN(longRunApprovalRate) || longRunApprovalRate < 0 || longRunApprovalRate > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(longRunApprovalRate), longRunApprovalRate, "The long-run approval rate must lie within [0, 1].");
        }

        double maxDelay = Math.Max(1, list.Max(o => (o.End - effective.Date).TotalDays));
        double Error(double q0, double delay, double halfTime) =>
            list.Sum(o => Square(o.Predicted(new LicenceRamp(q0, longRunApprovalRate, delay, halfTime), effective) - o.PassShare));

        // Grid: q0 by 0.02, the delay by 3 days, half-times on a rough log scale; keep the five best.
        var best = new List<(double Error, double Q0, double Delay, double HalfTime)>();
        for (double q0 = 0; q0 <= 1.0001; q0 += 0.02)
        {
            for (double delay = 0; delay <= maxDelay; delay += 3)
            {
                foreach (double h in HalfTimes)
                {
                    double e = Error(Math.Min(1, q0), delay, h);
                    if (best.Count < 5 || e < best[best.Count - 1].Error)
                    {
                        best.Add((e, Math.Min(1, q0), delay, h));
                        best.Sort((a, b) => a.Error.CompareTo(b.Error));
                        if (best.Count > 5)
                        {
                            best.RemoveAt(5);
                        }
                    }
                }
            }
        }

        // Refine each in an unconstrained space: q0 = logistic(x), delay = x², half-time = exp(x).
        double Objective(Vector<double> x) => Error(Logistic(x[0]), Math.Min(LicenceRamp.MaximumDays, x[1] * x[1]), Math.Min(LicenceRamp.MaximumDays, Math.Max(0.01, Math.Exp(x[2]))));
        (double Error, double Q0, double Delay, double HalfTime) fitted = best[0];
        foreach (var start in best)
        {
            var initial = Vector<double>.Build.DenseOfArray(new[] { Logit(start.Q0), Math.Sqrt(start.Delay), Math.Log(start.HalfTime) });
            var step = Vector<double>.Build.DenseOfArray(new[] { 0.5, 1.0, 0.5 });
            try
            {
                MinimizationResult result = NelderMeadSimplex.Minimum(ObjectiveFunction.Value(Objective), initial, step);
                Vector<double> x = result.MinimizingPoint;
                double e = Objective(x);
                if (e < fitted.Error)
                {
                    fitted = (e, Logistic(x[0]), Math.Min(LicenceRamp.MaximumDays, x[1] * x[1]), Math.Min(LicenceRamp.MaximumDays, Math.Max(0.01, Math.Exp(x[2]))));
                }
            }
            catch (MaximumIterationsException)
            {
                // The grid point stands.
            }
        }

        var ramp = new LicenceRamp(fitted.Q0, longRunApprovalRate, fitted.Delay, fitted.HalfTime);
        var residuals = list.Select(o => new KeyValuePair<RampObservation, double>(o, o.Predicted(ramp, effective))).ToArray();
        return new LicenceRampFitResult(ramp, Math.Sqrt(fitted.Error / list.Length), Array.AsReadOnly(residuals));
    }

    private static double Square(double x) => x * x;

    private static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private static double Logit(double p)
    {
        double q = Math.Min(0.999, Math.Max(0.001, p));
        return Math.Log(q / (1 - q));
    }
}
