using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Parts;

/// <summary>A part flattened through its whole bill of materials: material intensities per unit and country paths. Immutable.</summary>
public sealed class FlatPart
{
    internal FlatPart(Part part, IReadOnlyList<FlatMaterial> materials, Buyer? importer)
    {
        Importer = importer;
        Part = part;
        Materials = materials;
    }

    /// <summary>
    /// The buyer the part was flattened for (whose imports of assembled goods <see cref="FlatMaterial.ImportedGrams"/>
    /// holds), or <see langword="null"/> when flattened without one.
    /// </summary>
    public Buyer? Importer { get; }

    /// <summary>The top part.</summary>
    public Part Part { get; }

    /// <summary>Its materials, by material id.</summary>
    public IReadOnlyList<FlatMaterial> Materials { get; }

    /// <summary>The material line of <paramref name="material"/>, or <see langword="null"/> when the part contains none.</summary>
    public FlatMaterial? Find(MaterialId material) => Materials.FirstOrDefault(m => m.Material == material);
}
