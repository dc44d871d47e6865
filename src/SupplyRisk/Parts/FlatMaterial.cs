using System.Collections.Generic;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Parts;

/// <summary>
/// One material of a flattened part: grams per unit of the top part, the grams-weighted substitutability, the grams
/// by the country where the part directly containing it is made, the routes by which it reaches the part, and the
/// days of cover along its least-covered path. Immutable.
/// </summary>
public sealed class FlatMaterial
{
    internal FlatMaterial(
        MaterialId material,
        double grams,
        double substitutability,
        IReadOnlyList<KeyValuePair<CountryCode, double>> gramsByMadeIn,
        IReadOnlyList<MaterialRoute> routes,
        double coverDays,
        string containingPart,
        IReadOnlyList<KeyValuePair<GoodsOrigin, double>> importedGrams)
    {
        ImportedGrams = importedGrams;
        Material = material;
        Grams = grams;
        Substitutability = substitutability;
        GramsByMadeIn = gramsByMadeIn;
        Routes = routes;
        CoverDays = coverDays;
        ContainingPart = containingPart;
    }

    /// <summary>The material.</summary>
    public MaterialId Material { get; }

    /// <summary>Grams per unit of the top part (quantities multiplied down the tree).</summary>
    public double Grams { get; }

    /// <summary>Grams-weighted substitutability over the parts that contain it (1 none, 0 free).</summary>
    public double Substitutability { get; }

    /// <summary>Grams by the country where the directly containing part is made, largest first.</summary>
    public IReadOnlyList<KeyValuePair<CountryCode, double>> GramsByMadeIn { get; }

    /// <summary>The routes by which the material reaches the part, with their grams (which add up to <see cref="Grams"/>).</summary>
    public IReadOnlyList<MaterialRoute> Routes { get; }

    /// <summary>
    /// Days of cover held of the parts between the material and the top part, along the least-covered path: the sum
    /// of the covers of every part on the path except the top part (whose stock serves its buyers, not its own line).
    /// </summary>
    public double CoverDays { get; }

    /// <summary>
    /// When the part was flattened for an importer (<see cref="FlatPart.Importer"/>), the grams that enter it inside
    /// assembled goods made outside it, by where and as what they enter (largest first): the top part's grams where the
    /// top is made outside, and below the top, through the share made inside, its children's own imports, recursively.
    /// Assembled-goods tariffs act on these grams (docs/methodology.md, "Tariffs"). Empty when flattened without one.
    /// </summary>
    public IReadOnlyList<KeyValuePair<GoodsOrigin, double>> ImportedGrams { get; }

    /// <summary>The part that directly contains the material on the least-covered path.</summary>
    public string ContainingPart { get; }
}
