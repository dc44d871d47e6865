using System;
using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Materials;

namespace SupplyRisk.Parts;

/// <summary>
/// A part or product: its number, name, category, where it is made (a country mix), the materials it
/// contains directly, and its child parts. Immutable and thread-safe.
/// </summary>
public sealed class Part
{
    /// <summary>Creates a part.</summary>
    /// <exception cref="ArgumentException">The part number is blank, a material or a child repeats.</exception>
    public Part(string partNumber, string name, PartCategory category, CountryShares madeIn, IEnumerable<MaterialContent>? materials = null, IEnumerable<BomLine>? children = null, Provenance? madeInProvenance = null)
    {
        if (string.IsNullOrWhiteSpace(partNumber))
        {
            throw new ArgumentException("A part needs a part number.", nameof(partNumber));
        }

        PartNumber = partNumber.Trim();
        Name = string.IsNullOrWhiteSpace(name) ? PartNumber : name;
        Category = category;
        MadeIn = madeIn ?? throw new ArgumentNullException(nameof(madeIn));
        MadeInProvenance = madeInProvenance ?? Provenance.UserSupplied;
        Materials = Array.AsReadOnly((materials ?? Enumerable.Empty<MaterialContent>()).ToArray());
        Children = Array.AsReadOnly((children ?? Enumerable.Empty<BomLine>()).ToArray());
        string? repeatedMaterial = Materials.GroupBy(m => m.Material).Where(g => g.Count() > 1).Select(g => g.Key.Value).FirstOrDefault();
        if (repeatedMaterial is not null)
        {
            throw new ArgumentException($"Part '{PartNumber}' lists material '{repeatedMaterial}' more than once.", nameof(materials));
        }

        string? repeatedChild = Children.GroupBy(c => c.ChildPartNumber, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        if (repeatedChild is not null)
        {
            throw new ArgumentException($"Part '{PartNumber}' lists child '{repeatedChild}' more than once.", nameof(children));
        }
    }

    /// <summary>The part number.</summary>
    public string PartNumber { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The category.</summary>
    public PartCategory Category { get; }

    /// <summary>Where the part is made (assembled), as a country mix.</summary>
    public CountryShares MadeIn { get; }

    /// <summary>Where the made-in mix comes from.</summary>
    public Provenance MadeInProvenance { get; }

    /// <summary>Materials contained directly (not through children).</summary>
    public IReadOnlyList<MaterialContent> Materials { get; }

    /// <summary>Child parts with quantities.</summary>
    public IReadOnlyList<BomLine> Children { get; }

    /// <inheritdoc />
    public override string ToString() => $"{PartNumber} ({Name})";
}
