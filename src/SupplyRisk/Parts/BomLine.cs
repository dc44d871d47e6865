using System.Globalization;
using System;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Parts;

/// <summary>A child part and how many of it go into one unit of the parent. Immutable.</summary>
public sealed class BomLine
{
    /// <summary>Creates a line.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The quantity is not a finite positive number.</exception>
    public BomLine(string childPartNumber, double quantity, Provenance? provenance = null)
    {
        if (string.IsNullOrWhiteSpace(childPartNumber))
        {
            throw new ArgumentException("A BOM line needs a child part number.", nameof(childPartNumber));
        }

        if (double.IsNaN(quantity) || quantity <= 0 || quantity > MaximumQuantity)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"The quantity of {childPartNumber} must lie within (0, 1e9]; got {quantity.ToString(CultureInfo.InvariantCulture)}.");
        }

        ChildPartNumber = childPartNumber.Trim();
        Quantity = quantity;
        Provenance = provenance ?? Provenance.UserSupplied;
    }

    /// <summary>Where the quantity comes from.</summary>
    public Provenance Provenance { get; }

    /// <summary>The largest quantity accepted, 1e9.</summary>
    public const double MaximumQuantity = 1e9;

    /// <summary>The child's part number.</summary>
    public string ChildPartNumber { get; }

    /// <summary>Units of the child per unit of the parent.</summary>
    public double Quantity { get; }
}
