using System.Globalization;

namespace SupplyRisk.Simulation;

/// <summary>One part's (or product's) results over the trials of a simulation. Immutable.</summary>
public sealed class PartRiskDistribution
{
    internal PartRiskDistribution(string partNumber, RiskStatistics score, RiskStatistics shortfall, RiskStatistics costImpact, double scoreThreshold, double probabilityScoreAbove)
    {
        PartNumber = partNumber;
        Score = score;
        Shortfall = shortfall;
        CostImpact = costImpact;
        ScoreThreshold = scoreThreshold;
        ProbabilityScoreAbove = probabilityScoreAbove;
    }

    /// <summary>The part number.</summary>
    public string PartNumber { get; }

    /// <summary>The exposure score (0–100).</summary>
    public RiskStatistics Score { get; }

    /// <summary>The expected shortfall F (0–1): the share of the part's production that cannot be made.</summary>
    public RiskStatistics Shortfall { get; }

    /// <summary>The cost impact (tariff paid as a share of material value).</summary>
    public RiskStatistics CostImpact { get; }

    /// <summary>The threshold of <see cref="ProbabilityScoreAbove"/>.</summary>
    public double ScoreThreshold { get; }

    /// <summary>The share of trials whose score exceeds <see cref="ScoreThreshold"/>.</summary>
    public double ProbabilityScoreAbove { get; }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}: score {1}; P(score > {2}) = {3:G4}", PartNumber, Score, ScoreThreshold, ProbabilityScoreAbove);
}
