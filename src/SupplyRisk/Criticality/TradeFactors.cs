using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Concentration;
using SupplyRisk.Geography;

namespace SupplyRisk.Criticality;

/// <summary>
/// Trade-adjustment factors tᵢ by supplier country for HHI_WGI,t; every country not listed has 1.
/// Immutable and thread-safe: <see cref="With(CountryCode, double)"/> returns a new instance.
/// </summary>
public sealed class TradeFactors
{
    private readonly Dictionary<CountryCode, double> _factors;

    private TradeFactors(Dictionary<CountryCode, double> factors) => _factors = factors;

    /// <summary>No adjustment for any country.</summary>
    public static TradeFactors Neutral { get; } = new(new Dictionary<CountryCode, double>());

    /// <summary>The countries with a factor other than the default, ordered by code.</summary>
    public IReadOnlyList<CountryCode> Countries => _factors.Keys.OrderBy(c => c).ToArray();

    /// <summary>The factor of <paramref name="country"/>, 1 when none is set.</summary>
    public double For(CountryCode country) => _factors.TryGetValue(country, out double t) ? t : TradeFactor.Neutral;

    /// <summary>A copy with <paramref name="country"/>'s factor set to <paramref name="factor"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not finite and positive.</exception>
    /// <exception cref="ArgumentException">The country code is the default value.</exception>
    public TradeFactors With(CountryCode country, double factor)
    {
        if (country.IsDefault)
        {
            throw new ArgumentException("A trade factor needs a country.", nameof(country));
        }

        TradeFactor.Check(factor, nameof(factor));
        var copy = new Dictionary<CountryCode, double>(_factors) { [country] = factor };
        return new TradeFactors(copy);
    }

    /// <summary>
    /// A copy in which every member of <paramref name="partners"/> has its factor multiplied by
    /// <paramref name="factor"/>: e.g. the EU method's reduction for countries with a trade agreement with the buyer.
    /// </summary>
    public TradeFactors WithAgreementPartners(IEnumerable<CountryCode> partners, double factor)
    {
        TradeFactor.Check(factor, nameof(factor));
        var copy = new Dictionary<CountryCode, double>(_factors);
        foreach (CountryCode country in partners ?? throw new ArgumentNullException(nameof(partners)))
        {
            copy[country] = For(country) * factor;
        }

        return new TradeFactors(copy);
    }
}
