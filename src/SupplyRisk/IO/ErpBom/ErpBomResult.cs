using System;
using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Parts;

namespace SupplyRisk.IO;

/// <summary>What <see cref="ErpBomReader"/> read: the parts, the top-level parts as products, and any materials skipped. Immutable.</summary>
public sealed class ErpBomResult
{
    internal ErpBomResult(ProductCatalog catalog, IReadOnlyList<Part> topLevelParts, IReadOnlyList<SkippedMaterial> skippedMaterials)
    {
        Catalog = catalog;
        TopLevelParts = Array.AsReadOnly(topLevelParts.ToArray());
        SkippedMaterials = Array.AsReadOnly(skippedMaterials.ToArray());
    }

    /// <summary>
    /// The parts, with one product per top-level part (its id and root are the part number), as
    /// <see cref="BomCsv.Read"/> returns them, ready for scoring.
    /// </summary>
    public ProductCatalog Catalog { get; }

    /// <summary>Every part read (<see cref="ProductCatalog.Parts"/> of <see cref="Catalog"/>).</summary>
    public PartCatalog Parts => Catalog.Parts;

    /// <summary>The parts that are no other part's child, in the order the file first names them.</summary>
    public IReadOnlyList<Part> TopLevelParts { get; }

    /// <summary>
    /// The materials the dataset does not know whose lines were skipped (<see cref="UnknownMaterialHandling.SkipAndReport"/>),
    /// in the order first met; empty when none was.
    /// </summary>
    public IReadOnlyList<SkippedMaterial> SkippedMaterials { get; }
}

/// <summary>A material the dataset does not know, whose lines an ERP BOM read skipped. Immutable.</summary>
public sealed class SkippedMaterial
{
    internal SkippedMaterial(string material, IReadOnlyList<int> lines, double grams)
    {
        Material = material;
        Lines = Array.AsReadOnly(lines.ToArray());
        Grams = grams;
    }

    /// <summary>The material as the file writes it (trimmed).</summary>
    public string Material { get; }

    /// <summary>The lines skipped, in file order.</summary>
    public IReadOnlyList<int> Lines { get; }

    /// <summary>
    /// The masses of the skipped lines added up, in grams, each per unit of the part that lists it (not multiplied by
    /// quantities up the BOM): the amount that would have been scored if the material were known.
    /// </summary>
    public double Grams { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Material}: {Lines.Count} line(s), {Grams.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)} g";
}
