using SupplyRisk.Materials;

namespace SupplyRisk.Scoring;

/// <summary>How one material of a part drives its exposure, and its path over the horizon. Immutable.</summary>
public sealed class MaterialExposure
{
    internal MaterialExposure(
        MaterialOutlook outlook,
        double grams,
        double substitutability,
        double valueShare,
        double score,
        double structural,
        double shortfall,
        double costMultiplier,
        double priceMultiplier,
        double minimumAvailability,
        int dayOfMinimumAvailability,
        InputTimePath path)
    {
        Outlook = outlook;
        Grams = grams;
        Substitutability = substitutability;
        ValueShare = valueShare;
        Score = score;
        Structural = structural;
        Shortfall = shortfall;
        CostMultiplier = costMultiplier;
        PriceMultiplier = priceMultiplier;
        MinimumAvailability = minimumAvailability;
        DayOfMinimumAvailability = dayOfMinimumAvailability;
        Path = path;
    }

    /// <summary>The material.</summary>
    public MaterialId Material => Outlook.Material.Id;

    /// <summary>The material under the scenario (SR, tariffs, dynamics).</summary>
    public MaterialOutlook Outlook { get; }

    /// <summary>Grams per unit of the part.</summary>
    public double Grams { get; }

    /// <summary>Substitutability in this part (1 none, 0 free); it acts once substitutes are available (after the material's substitution lead time).</summary>
    public double Substitutability { get; }

    /// <summary>Share of the part's material value.</summary>
    public double ValueShare { get; }

    /// <summary>Points of the score attributed to this material.</summary>
    public double Score { get; }

    /// <summary>Of which structural.</summary>
    public double Structural { get; }

    /// <summary>Of which from output lost (the binding input carries all of it).</summary>
    public double Shortfall { get; }

    /// <summary>Tariff-inclusive cost multiplier of this material in this part (import as raw material or inside imported parts).</summary>
    public double CostMultiplier { get; }

    /// <summary>The mean price multiplier over the horizon from scarcity along the material's routes (1 = no change).</summary>
    public double PriceMultiplier { get; }

    /// <summary>The lowest share of normal supply reaching the part along its routes, before stocks and substitution.</summary>
    public double MinimumAvailability { get; }

    /// <summary>The first day on which <see cref="MinimumAvailability"/> occurs (0 = the as-of date).</summary>
    public int DayOfMinimumAvailability { get; }

    /// <summary>The input's daily path: flow, stock and units built.</summary>
    public InputTimePath Path { get; }

    /// <summary>The share of the horizon's units this input keeps from being built.</summary>
    public double OutputLost => Path.OutputLost;
}
