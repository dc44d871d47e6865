using SupplyRisk.Engine;

namespace SupplyRisk.Simulation;

/// <summary>
/// One worker's pass over parts: scores a part under every trial's compiled scenario with the engine's kernel, and
/// summarises the trial values. Holds the worker's scratch buffers, so it is used by one thread at a time.
/// </summary>
internal sealed class PartPass
{
    private readonly CompiledScenario[] _trials;
    private readonly double[] _score;
    private readonly double[] _shortfall;
    private readonly double[] _cost;

    public PartPass(CompiledScenario[] trials)
    {
        _trials = trials;
        _score = new double[trials.Length];
        _shortfall = new double[trials.Length];
        _cost = new double[trials.Length];
    }

    public PartRiskDistribution Run(int part, double threshold)
    {
        int n = _trials.Length;
        int above = 0;
        for (int t = 0; t < n; t++)
        {
            double score = ExposureEngine.Score(_trials[t], part, out _shortfall[t], out _cost[t]);
            _score[t] = score;
            above += score > threshold ? 1 : 0;
        }

        return new PartRiskDistribution(
            _trials[0].Catalog.PartNumbers[part],
            RiskStatistics.FromSamples(_score),
            RiskStatistics.FromSamples(_shortfall),
            RiskStatistics.FromSamples(_cost),
            threshold,
            above / (double)n);
    }
}
