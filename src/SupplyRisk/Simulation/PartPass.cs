using System;
using System.Numerics;
using SupplyRisk.Engine;

namespace SupplyRisk.Simulation;

/// <summary>
/// One worker's pass over parts: evaluates every trial of a part from its catalog row (the formulas of
/// docs/methodology.md §10, as in <see cref="ExposureEngine"/>), and summarises the trial values. Holds the worker's
/// scratch buffers, so it is used by one thread at a time.
/// </summary>
internal sealed class PartPass
{
    private readonly CompiledCatalog _catalog;
    private readonly CompiledScenario.ContentRule[] _rules;
    private readonly TrialTerms _terms;

    // Per trial.
    private readonly double[] _score;
    private readonly double[] _shortfall;
    private readonly double[] _cost;

    public PartPass(CompiledScenario layout, CompiledScenario.ContentRule[] rules, TrialTerms terms)
    {
        _catalog = layout.Catalog;
        _rules = rules;
        _terms = terms;
        _score = new double[terms.Trials];
        _shortfall = new double[terms.Trials];
        _cost = new double[terms.Trials];
    }

    public PartRiskDistribution Run(int part, double threshold)
    {
        CompiledCatalog c = _catalog;
        int n = _terms.Trials;
        Array.Clear(_score, 0, n);
        Array.Clear(_shortfall, 0, n);
        Array.Clear(_cost, 0, n);

        // Σ value·σ·S, max σ·U (σ is 0 where a material weighs nothing), Σ inside value·τ: one contiguous run of
        // trials per material, in SIMD lanes (element-wise the same operations as the scalar tail, so the same results).
        double[] structural = _terms.Structural;
        double[] unavailable = _terms.Shortfall;
        double[] rawTariff = _terms.RawTariff;
        int lanes = Vector<double>.Count;
        double total = 0;
        for (int e = c.RowStart[part]; e < c.RowStart[part + 1]; e++)
        {
            int offset = c.EntryMaterial[e] * n;
            double value = c.EntryValue[e];
            double sigma = c.EntrySubstitutability[e];
            double riskWeight = value * sigma;
            double insideValue = c.EntryInsideValue is null ? 0 : c.EntryInsideValue[e];
            total += value;
            var riskLane = new Vector<double>(riskWeight);
            var sigmaLane = new Vector<double>(sigma);
            var insideLane = new Vector<double>(insideValue);
            int t = 0;
            for (; t <= n - lanes; t += lanes)
            {
                (new Vector<double>(_score, t) + (riskLane * new Vector<double>(structural, offset + t))).CopyTo(_score, t);
                Vector.Max(new Vector<double>(_shortfall, t), sigmaLane * new Vector<double>(unavailable, offset + t)).CopyTo(_shortfall, t);
                if (insideValue != 0)
                {
                    (new Vector<double>(_cost, t) + (insideLane * new Vector<double>(rawTariff, offset + t))).CopyTo(_cost, t);
                }
            }

            for (; t < n; t++)
            {
                _score[t] += riskWeight * structural[offset + t];
                double f = sigma * unavailable[offset + t];
                _shortfall[t] = f > _shortfall[t] ? f : _shortfall[t];
                _cost[t] += insideValue * rawTariff[offset + t];
            }
        }

        // Part tariffs on the value made in each country outside the buyer.
        double[] partTariff = _terms.PartTariff;
        for (int j = c.OutsideStart[part]; j < c.OutsideStart[part + 1]; j++)
        {
            int offset = c.OutsideCountry[j] * n;
            double outsideValue = c.OutsideValue[j];
            for (int t = 0; t < n; t++)
            {
                _cost[t] += outsideValue * partTariff[offset + t];
            }
        }

        if (total > 0)
        {
            for (int r = 0; r < _rules.Length; r++)
            {
                _rules[r].Shares(c, part, out double controlled, out double affected);
                double share = controlled / total;
                affected /= total;
                int offset = r * n;
                for (int t = 0; t < n; t++)
                {
                    if (_terms.RuleActive[offset + t] && !(share < _terms.RuleThreshold[offset + t] || share <= 0))
                    {
                        double f = affected * _terms.RuleCut[offset + t];
                        _shortfall[t] = f > _shortfall[t] ? f : _shortfall[t];
                    }
                }
            }
        }

        int above = 0;
        for (int t = 0; t < n; t++)
        {
            double structuralRisk = total > 0 ? _score[t] / total : 0;
            double f = _shortfall[t];
            double score = 100.0 * ((structuralRisk * (1.0 - f)) + f);
            _score[t] = score;
            _cost[t] = total > 0 ? _cost[t] / total : 0;
            above += score > threshold ? 1 : 0;
        }

        double probabilityAbove = above / (double)n;
        return new PartRiskDistribution(
            c.PartNumbers[part],
            RiskStatistics.FromSamples(_score),
            RiskStatistics.FromSamples(_shortfall),
            RiskStatistics.FromSamples(_cost),
            threshold,
            probabilityAbove);
    }
}
