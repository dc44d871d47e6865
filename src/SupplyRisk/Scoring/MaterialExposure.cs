using SupplyRisk.Materials;

namespace SupplyRisk.Scoring;

/// <summary>How one material of a part drives its exposure. Immutable.</summary>
public sealed class MaterialExposure
{
    internal MaterialExposure(MaterialOutlook outlook, double grams, double substitutability, double valueShare, double score, double structural, double shortfall, double costMultiplier)
    {
        Outlook = outlook;
        Grams = grams;
        Substitutability = substitutability;
        ValueShare = valueShare;
        Score = score;
        Structural = structural;
        Shortfall = shortfall;
        CostMultiplier = costMultiplier;
    }

    /// <summary>The material.</summary>
    public MaterialId Material => Outlook.Material.Id;

    /// <summary>The material under the scenario (SR, availability, sources of shortfall).</summary>
    public MaterialOutlook Outlook { get; }

    /// <summary>Grams per unit of the part.</summary>
    public double Grams { get; }

    /// <summary>Substitutability in this part (1 none, 0 free).</summary>
    public double Substitutability { get; }

    /// <summary>Share of the part's material value.</summary>
    public double ValueShare { get; }

    /// <summary>Points of the score attributed to this material.</summary>
    public double Score { get; }

    /// <summary>Of which structural.</summary>
    public double Structural { get; }

    /// <summary>Of which shortfall.</summary>
    public double Shortfall { get; }

    /// <summary>Tariff-inclusive cost multiplier of this material in this part (import as raw material or inside imported parts).</summary>
    public double CostMultiplier { get; }
}
