using System.Globalization;
using System;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Parts;

/// <summary>
/// Grams of one material contained directly in a part, and how hard it is to substitute in this
/// application: 1 = no substitute, 0 = freely substitutable. Immutable.
/// </summary>
public sealed class MaterialContent
{
    /// <summary>Creates a material line.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Grams negative or not finite, or substitutability outside [0, 1].</exception>
    public MaterialContent(MaterialId material, double grams, double substitutability = 1.0, Provenance? provenance = null)
    {
        if (material.IsDefault)
        {
            throw new ArgumentException("A material line needs a material.", nameof(material));
        }

        if (double.IsNaN(grams) || grams < 0 || grams > MaximumGrams)
        {
            throw new ArgumentOutOfRangeException(nameof(grams), grams, $"Grams of {material} must lie within [0, 1e12]; got {grams.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (double.IsNaN(substitutability) || substitutability < 0 || substitutability > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(substitutability), substitutability, $"Substitutability of {material} must lie within [0, 1] (1 = no substitute).");
        }

        Material = material;
        Grams = grams;
        Substitutability = substitutability;
        Provenance = provenance ?? Provenance.UserSupplied;
    }

    /// <summary>The largest grams per line accepted, 1e12 (a million tonnes).</summary>
    public const double MaximumGrams = 1e12;

    /// <summary>The material.</summary>
    public MaterialId Material { get; }

    /// <summary>Grams per unit of the part.</summary>
    public double Grams { get; }

    /// <summary>How hard the material is to substitute here: 1 none, 0 free.</summary>
    public double Substitutability { get; }

    /// <summary>Where the figure comes from.</summary>
    public Provenance Provenance { get; }
}
