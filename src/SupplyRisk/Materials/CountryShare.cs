using System.Globalization;
using SupplyRisk.Geography;
using SupplyRisk.Sources;

namespace SupplyRisk.Materials;

/// <summary>One supplier country's share of a supply stage, with its source. Immutable.</summary>
public sealed class CountryShare
{
    /// <summary>Creates an entry; it is validated when added to <see cref="CountryShares"/>.</summary>
    /// <param name="country">The supplier country, or <see cref="CountryCode.RestOfWorld"/>.</param>
    /// <param name="share">The fraction of the stage's output, in [0, 1].</param>
    /// <param name="provenance">Where the figure comes from; <see cref="Provenance.UserSupplied"/> when omitted.</param>
    public CountryShare(CountryCode country, double share, Provenance? provenance = null)
    {
        Country = country;
        Share = share;
        Provenance = provenance ?? Provenance.UserSupplied;
    }

    /// <summary>The supplier country, or ROW.</summary>
    public CountryCode Country { get; }

    /// <summary>The fraction of the stage's output, in [0, 1].</summary>
    public double Share { get; }

    /// <summary>Where the figure comes from.</summary>
    public Provenance Provenance { get; }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1:P1}", Country, Share);
}
