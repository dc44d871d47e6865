using System;
using SupplyRisk.Engine;

namespace SupplyRisk.Simulation;

/// <summary>
/// One worker's pass over a block of parts: scores the block under every trial's compiled scenario with the engine's
/// kernel, then summarises each part's trial values. A block is scored trial by trial so that a trial's scenario
/// arrays (material terms, route days and prices) are read once for all the block's parts instead of once per part:
/// with 10,000 trials they do not fit in cache, and reading them part by part made the pass bound by memory. Holds the
/// worker's scratch buffers, so it is used by one thread at a time.
/// </summary>
internal sealed class PartPass
{
    /// <summary>The parts per block: enough to amortise a trial's scenario arrays, few enough for the block's rows to stay in cache.</summary>
    public const int BlockParts = 64;

    private readonly CompiledScenario[] _trials;
    private readonly double[] _scores;
    private readonly double[] _shortfalls;
    private readonly double[] _costs;
    private readonly double[] _trialScore = new double[BlockParts];
    private readonly double[] _trialShortfall = new double[BlockParts];
    private readonly double[] _trialCost = new double[BlockParts];
    private readonly double[] _score;
    private readonly double[] _shortfall;
    private readonly double[] _cost;

    public PartPass(CompiledScenario[] trials)
    {
        _trials = trials;
        _scores = new double[BlockParts * trials.Length];
        _shortfalls = new double[BlockParts * trials.Length];
        _costs = new double[BlockParts * trials.Length];
        _score = new double[trials.Length];
        _shortfall = new double[trials.Length];
        _cost = new double[trials.Length];
    }

    /// <summary>Summarises parts <paramref name="from"/> to <paramref name="to"/> (exclusive, at most <see cref="BlockParts"/>) into <paramref name="results"/>.</summary>
    public void Run(int from, int to, double threshold, PartRiskDistribution[] results)
    {
        int n = _trials.Length;
        int count = to - from;
        for (int t = 0; t < n; t++)
        {
            ExposureEngine.ScoreRows(_trials[t], from, to, _trialScore.AsSpan(0, count), _trialShortfall.AsSpan(0, count), _trialCost.AsSpan(0, count));
            for (int i = 0; i < count; i++)
            {
                _scores[(i * n) + t] = _trialScore[i];
                _shortfalls[(i * n) + t] = _trialShortfall[i];
                _costs[(i * n) + t] = _trialCost[i];
            }
        }

        for (int i = 0; i < count; i++)
        {
            Array.Copy(_scores, i * n, _score, 0, n);
            Array.Copy(_shortfalls, i * n, _shortfall, 0, n);
            Array.Copy(_costs, i * n, _cost, 0, n);
            int above = 0;
            for (int t = 0; t < n; t++)
            {
                above += _score[t] > threshold ? 1 : 0;
            }

            results[from + i] = new PartRiskDistribution(
                _trials[0].Catalog.PartNumbers[from + i],
                RiskStatistics.FromSamples(_score),
                RiskStatistics.FromSamples(_shortfall),
                RiskStatistics.FromSamples(_cost),
                threshold,
                above / (double)n);
        }
    }
}
