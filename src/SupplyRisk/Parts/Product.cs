using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Diagnostics;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Parts;

/// <summary>A named product archetype: an id (e.g. <c>bev</c>) and the root part of its bill of materials. Immutable.</summary>
public sealed class Product
{
    /// <summary>Creates a product.</summary>
    /// <exception cref="ArgumentException">The id is blank or holds a control character (a tab, a line break), or the root is blank.</exception>
    public Product(string id, string name, PartCategory category, string rootPart, Provenance? provenance = null)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Any(char.IsControl))
        {
            throw new ArgumentException($"'{QuotedText.Prefix(id, 40)}' is not a product id: it must be non-blank printable text (a BOM's root part number, e.g. 'ABC 123', is one).", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(rootPart))
        {
            throw new ArgumentException($"Product '{id}' needs a root part.", nameof(rootPart));
        }

        Id = id;
        Name = string.IsNullOrWhiteSpace(name) ? id : name;
        Category = category;
        RootPart = rootPart.Trim();
        Provenance = provenance ?? Provenance.UserSupplied;
    }

    /// <summary>The id, e.g. <c>bev</c>.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The category.</summary>
    public PartCategory Category { get; }

    /// <summary>The part number of the root of its bill of materials.</summary>
    public string RootPart { get; }

    /// <summary>Where the archetype comes from.</summary>
    public Provenance Provenance { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
