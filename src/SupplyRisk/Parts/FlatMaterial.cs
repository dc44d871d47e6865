using System.Collections.Generic;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Parts;

/// <summary>
/// One material of a flattened part: grams per unit of the top part, the grams-weighted substitutability,
/// and the grams by the country where the part directly containing it is made (the country path). Immutable.
/// </summary>
public sealed class FlatMaterial
{
    internal FlatMaterial(MaterialId material, double grams, double substitutability, IReadOnlyList<KeyValuePair<CountryCode, double>> gramsByMadeIn)
    {
        Material = material;
        Grams = grams;
        Substitutability = substitutability;
        GramsByMadeIn = gramsByMadeIn;
    }

    /// <summary>The material.</summary>
    public MaterialId Material { get; }

    /// <summary>Grams per unit of the top part (quantities multiplied down the tree).</summary>
    public double Grams { get; }

    /// <summary>Grams-weighted substitutability over the parts that contain it (1 none, 0 free).</summary>
    public double Substitutability { get; }

    /// <summary>Grams by the country where the directly containing part is made, largest first.</summary>
    public IReadOnlyList<KeyValuePair<CountryCode, double>> GramsByMadeIn { get; }
}
