using System;
using SupplyRisk.Sources;

namespace SupplyRisk.Materials;

/// <summary>A reference price of a material in US dollars per kilogram of contained material, with its source. Immutable.</summary>
public sealed class MaterialPrice
{
    /// <summary>Creates a price.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The price is not a finite positive number.</exception>
    public MaterialPrice(MaterialId material, double usdPerKilogram, Provenance provenance)
    {
        if (double.IsNaN(usdPerKilogram) || double.IsInfinity(usdPerKilogram) || usdPerKilogram <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(usdPerKilogram), usdPerKilogram, $"The price of {material} must be a finite, positive number of US$ per kg.");
        }

        Material = material;
        UsdPerKilogram = usdPerKilogram;
        Provenance = provenance ?? throw new ArgumentNullException(nameof(provenance));
    }

    /// <summary>The material.</summary>
    public MaterialId Material { get; }

    /// <summary>US dollars per kilogram.</summary>
    public double UsdPerKilogram { get; }

    /// <summary>Where it comes from.</summary>
    public Provenance Provenance { get; }
}
