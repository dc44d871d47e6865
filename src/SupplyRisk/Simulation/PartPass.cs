using System;
using System.Numerics;
using SupplyRisk.Engine;

namespace SupplyRisk.Simulation;

/// <summary>
/// One worker's pass over parts: folds a part's catalog row into per-material and per-country weights, evaluates
/// every trial from them (the formulas of docs/methodology.md §10, as in <see cref="ExposureEngine"/>), and summarises
/// the trial values. Holds the worker's scratch buffers, so it is used by one thread at a time.
/// </summary>
internal sealed class PartPass
{
    private readonly CompiledCatalog _catalog;
    private readonly double[] _price;
    private readonly bool[] _inside;
    private readonly CompiledScenario.ContentRule[] _rules;
    private readonly TrialTerms _terms;

    // Per material / country of the current part (valid where the stamp equals the part's).
    private readonly int[] _materialStamp;
    private readonly double[] _riskWeight;
    private readonly double[] _insideValue;
    private readonly double[] _maxSubstitutability;
    private readonly int[] _countryStamp;
    private readonly double[] _outsideValue;
    private readonly int[] _materials;
    private readonly int[] _countries;
    private readonly double[] _controlled;
    private readonly double[] _affected;

    // Per trial.
    private readonly double[] _score;
    private readonly double[] _shortfall;
    private readonly double[] _cost;

    public PartPass(CompiledScenario layout, CompiledScenario.ContentRule[] rules, TrialTerms terms)
    {
        _catalog = layout.Catalog;
        _price = layout.Price;
        _inside = layout.Inside;
        _rules = rules;
        _terms = terms;
        int m = _catalog.Materials.Count;
        int c = _catalog.Countries.Count;
        _materialStamp = new int[m];
        _riskWeight = new double[m];
        _insideValue = new double[m];
        _maxSubstitutability = new double[m];
        _materials = new int[m];
        _countryStamp = new int[c];
        _outsideValue = new double[c];
        _countries = new int[c];
        _controlled = new double[rules.Length];
        _affected = new double[rules.Length];
        _score = new double[terms.Trials];
        _shortfall = new double[terms.Trials];
        _cost = new double[terms.Trials];
    }

    public PartRiskDistribution Run(int part, double threshold)
    {
        double total = Fold(part, out int materialCount, out int countryCount);
        int n = _terms.Trials;
        Array.Clear(_score, 0, n);
        Array.Clear(_shortfall, 0, n);
        Array.Clear(_cost, 0, n);

        // Σ value·σ·S, max σ·U over lines that weigh something, Σ value·τ: one contiguous run of trials per
        // material, in SIMD lanes (element-wise the same operations as the scalar tail, so the same results).
        int lanes = Vector<double>.Count;
        for (int j = 0; j < materialCount; j++)
        {
            int m = _materials[j];
            int offset = m * n;
            double riskWeight = _riskWeight[m];
            double sigma = _maxSubstitutability[m];
            double insideValue = _insideValue[m];
            double[] structural = _terms.Structural;
            double[] unavailable = _terms.Shortfall;
            double[] rawTariff = _terms.RawTariff;
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

        for (int j = 0; j < countryCount; j++)
        {
            int k = _countries[j];
            int offset = k * n;
            double outsideValue = _outsideValue[k];
            double[] partTariff = _terms.PartTariff;
            for (int t = 0; t < n; t++)
            {
                _cost[t] += outsideValue * partTariff[offset + t];
            }
        }

        if (total > 0)
        {
            for (int r = 0; r < _rules.Length; r++)
            {
                double share = _controlled[r] / total;
                double affected = _affected[r] / total;
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
            _catalog.PartNumbers[part],
            RiskStatistics.FromSamples(_score),
            RiskStatistics.FromSamples(_shortfall),
            RiskStatistics.FromSamples(_cost),
            threshold,
            probabilityAbove);
    }

    /// <summary>Folds the part's row into per-material and per-country weights; returns the part's material value.</summary>
    private double Fold(int part, out int materialCount, out int countryCount)
    {
        CompiledCatalog c = _catalog;
        int stamp = part + 1;
        materialCount = 0;
        countryCount = 0;
        Array.Clear(_controlled, 0, _controlled.Length);
        Array.Clear(_affected, 0, _affected.Length);
        double total = 0;
        for (int e = c.RowStart[part]; e < c.RowStart[part + 1]; e++)
        {
            int m = c.EntryMaterial[e];
            double g = c.EntryGrams[e];
            double sigma = c.EntrySubstitutability[e];
            double value = g * _price[m];
            total += value;
            if (_materialStamp[m] != stamp)
            {
                _materialStamp[m] = stamp;
                _materials[materialCount++] = m;
                _riskWeight[m] = 0;
                _insideValue[m] = 0;
                _maxSubstitutability[m] = 0;
            }

            _riskWeight[m] += value * sigma;
            if (g > 0 && sigma > _maxSubstitutability[m])
            {
                _maxSubstitutability[m] = sigma;
            }

            for (int k = c.MadeStart[e]; k < c.MadeStart[e + 1]; k++)
            {
                int country = c.MadeCountry[k];
                double v = value * c.MadeShare[k];
                if (_inside[country])
                {
                    _insideValue[m] += v;
                    continue;
                }

                if (_countryStamp[country] != stamp)
                {
                    _countryStamp[country] = stamp;
                    _countries[countryCount++] = country;
                    _outsideValue[country] = 0;
                }

                _outsideValue[country] += v;
            }

            for (int r = 0; r < _rules.Length; r++)
            {
                _controlled[r] += value * _rules[r].IssuerShareIfControlled[m];
                _affected[r] += value * _rules[r].EntryOutside[e];
            }
        }

        return total;
    }
}
