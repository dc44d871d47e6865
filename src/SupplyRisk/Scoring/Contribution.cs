using System.Globalization;

namespace SupplyRisk.Scoring;

/// <summary>A part of an exposure score attributed to one key (a material, a country or a stage). Immutable.</summary>
public sealed class Contribution
{
    internal Contribution(string key, double score, double structural, double shortfall)
    {
        Key = key;
        Score = score;
        Structural = structural;
        Shortfall = shortfall;
    }

    /// <summary>The material id, country code (or <c>ROW</c>, <c>demand</c>) or stage name.</summary>
    public string Key { get; }

    /// <summary>Points of the 0–100 score attributed to the key; contributions of one kind add up to the score.</summary>
    public double Score { get; }

    /// <summary>The part coming from structural supply risk (concentration, governance, trade factors).</summary>
    public double Structural { get; }

    /// <summary>The part coming from the expected shortfall.</summary>
    public double Shortfall { get; }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1:0.00}", Key, Score);
}
