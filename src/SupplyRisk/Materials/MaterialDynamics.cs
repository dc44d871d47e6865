using System.Globalization;
using System;
using SupplyRisk.Sources;

namespace SupplyRisk.Materials;

/// <summary>
/// How a material's supply behaves over time after a shock: the stock held between producers and users (days of
/// cover in the channel), the supply outside an issuing country that can be qualified after a lead time, how long
/// substitution takes, how much traders hold, and how its price responds to scarcity. The defaults and their sources
/// are in <c>material-dynamics.csv</c> (docs/data/dynamics.md). Immutable and thread-safe.
/// </summary>
public sealed class MaterialDynamics
{
    /// <summary>Creates the dynamics of a material.</summary>
    /// <param name="material">The material (the default row uses <see cref="MaterialId"/> <c>default</c>: see <see cref="IsDefaultRow"/>).</param>
    /// <param name="channelCoverDays">Days of normal use held as stock between the producers and the first user (in transit, at processors, at traders), in [0, 3650].</param>
    /// <param name="alternativeSupplyShare">The share of normal supply that sources outside an issuer can add once qualified, in [0, 1].</param>
    /// <param name="alternativeSupplyLeadDays">Days from the start of a shock until that supply is qualified, in [0, 3650].</param>
    /// <param name="substitutionLeadDays">Days from the start of a shock until substitutes can replace the substitutable share, in [0, 3650].</param>
    /// <param name="worldSupplyTonnes">Annual world supply in tonnes of contained material, or <see langword="null"/> when unknown (then no need is small enough to be met from traders' stock).</param>
    /// <param name="traderStockShare">The share of annual world supply that traders' stock outside the issuer can deliver in a shock, in [0, 1].</param>
    /// <param name="priceElasticity">The magnitude of the short-run price elasticity of demand, in (0, 10]: the price rises by a factor <c>(1 − shortfall)^(−1/ε)</c>.</param>
    /// <param name="maximumPriceMultiplier">The largest price multiplier a shock can cause, in [1, 100].</param>
    /// <param name="provenance">Where the figures come from.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or out of range; the message names the material and the range.</exception>
    public MaterialDynamics(
        MaterialId material,
        double channelCoverDays,
        double alternativeSupplyShare,
        double alternativeSupplyLeadDays,
        double substitutionLeadDays,
        double? worldSupplyTonnes,
        double traderStockShare,
        double priceElasticity,
        double maximumPriceMultiplier,
        Provenance provenance)
    {
        string who = material.IsDefault ? "the default dynamics" : material.Value;
        Material = material;
        ChannelCoverDays = Check(channelCoverDays, 0, MaximumDays, nameof(channelCoverDays), who);
        AlternativeSupplyShare = Check(alternativeSupplyShare, 0, 1, nameof(alternativeSupplyShare), who);
        AlternativeSupplyLeadDays = Check(alternativeSupplyLeadDays, 0, MaximumDays, nameof(alternativeSupplyLeadDays), who);
        SubstitutionLeadDays = Check(substitutionLeadDays, 0, MaximumDays, nameof(substitutionLeadDays), who);
        WorldSupplyTonnes = worldSupplyTonnes is double w ? Check(w, 0, 1e12, nameof(worldSupplyTonnes), who) : null;
        TraderStockShare = Check(traderStockShare, 0, 1, nameof(traderStockShare), who);
        PriceElasticity = Check(priceElasticity, 0, 10, nameof(priceElasticity), who);
        if (PriceElasticity == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(priceElasticity), priceElasticity, $"{who}: {nameof(priceElasticity)} must lie within (0, 10].");
        }

        MaximumPriceMultiplier = Check(maximumPriceMultiplier, 1, 100, nameof(maximumPriceMultiplier), who);
        Provenance = provenance ?? throw new ArgumentNullException(nameof(provenance));
    }

    /// <summary>The largest number of days accepted, 3,650.</summary>
    public const double MaximumDays = 3650;

    /// <summary>The material; <c>default</c> for the row that applies to materials without their own.</summary>
    public MaterialId Material { get; }

    /// <summary>Whether this is the dataset's default row (for materials without their own).</summary>
    public bool IsDefaultRow => Material.IsDefault;

    /// <summary>Days of normal use held as stock between producers and the first user.</summary>
    public double ChannelCoverDays { get; }

    /// <summary>The share of normal supply that sources outside an issuer can add once qualified.</summary>
    public double AlternativeSupplyShare { get; }

    /// <summary>Days from the start of a shock until alternative supply is qualified.</summary>
    public double AlternativeSupplyLeadDays { get; }

    /// <summary>Days from the start of a shock until substitutes can replace the substitutable share.</summary>
    public double SubstitutionLeadDays { get; }

    /// <summary>Annual world supply, tonnes of contained material; <see langword="null"/> when unknown.</summary>
    public double? WorldSupplyTonnes { get; }

    /// <summary>The share of annual world supply that traders' stock outside the issuer can deliver in a shock.</summary>
    public double TraderStockShare { get; }

    /// <summary>
    /// Kilograms a year that traders' stock can deliver: <see cref="TraderStockShare"/> × world supply × 1,000;
    /// 0 when world supply is unknown. A user whose annual need is at most this is served at the scarcity price.
    /// </summary>
    public double TraderStockKilogramsPerYear => WorldSupplyTonnes is double w ? TraderStockShare * w * 1000.0 : 0;

    /// <summary>The magnitude of the short-run price elasticity of demand.</summary>
    public double PriceElasticity { get; }

    /// <summary>The largest price multiplier a shock can cause.</summary>
    public double MaximumPriceMultiplier { get; }

    /// <summary>Where the figures come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>
    /// The price multiplier when the share <paramref name="shortfall"/> of normal supply is missing:
    /// <c>min(M_max, (1 − shortfall)^(−1/ε))</c>, and 1 without a shortfall.
    /// </summary>
    public double PriceMultiplier(double shortfall)
    {
        if (shortfall <= 0)
        {
            return 1.0;
        }

        double available = 1.0 - shortfall;
        return available <= 0 ? MaximumPriceMultiplier : Math.Min(MaximumPriceMultiplier, Math.Pow(available, -1.0 / PriceElasticity));
    }

    /// <summary>The same dynamics for another material (how the default row is applied).</summary>
    public MaterialDynamics For(MaterialId material) =>
        new(material, ChannelCoverDays, AlternativeSupplyShare, AlternativeSupplyLeadDays, SubstitutionLeadDays, WorldSupplyTonnes, TraderStockShare, PriceElasticity, MaximumPriceMultiplier, Provenance);

    /// <summary>The same dynamics with other values for the parameters given (what-if copies, sensitivity, Monte Carlo).</summary>
    public MaterialDynamics With(
        double? channelCoverDays = null,
        double? alternativeSupplyShare = null,
        double? alternativeSupplyLeadDays = null,
        double? substitutionLeadDays = null,
        double? traderStockShare = null,
        double? priceElasticity = null,
        double? maximumPriceMultiplier = null) =>
        new(
            Material,
            channelCoverDays ?? ChannelCoverDays,
            alternativeSupplyShare ?? AlternativeSupplyShare,
            alternativeSupplyLeadDays ?? AlternativeSupplyLeadDays,
            substitutionLeadDays ?? SubstitutionLeadDays,
            WorldSupplyTonnes,
            traderStockShare ?? TraderStockShare,
            priceElasticity ?? PriceElasticity,
            maximumPriceMultiplier ?? MaximumPriceMultiplier,
            Provenance);

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: cover {1:0.#} d, alternative {2:P0} after {3:0} d, substitution after {4:0} d",
        IsDefaultRow ? "default" : Material.Value,
        ChannelCoverDays,
        AlternativeSupplyShare,
        AlternativeSupplyLeadDays,
        SubstitutionLeadDays);

    private static double Check(double value, double min, double max, string name, string who)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{who}: {name} must lie within [{min}, {max}].");
        }

        return value;
    }
}
