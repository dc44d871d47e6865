using System.Globalization;
using System;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Parts;

/// <summary>
/// A default number of days of cover held of parts of one category and item class (either may be "any"), with its
/// source: the dataset's answer for a part that states no cover of its own. Immutable.
/// </summary>
public sealed class CoverDefault
{
    /// <summary>Creates a default.</summary>
    /// <param name="category">The category it applies to; null for any.</param>
    /// <param name="itemClass">The item class it applies to; null for any.</param>
    /// <param name="days">Days of cover, in [0, 3650].</param>
    /// <param name="provenance">Where the figure comes from.</param>
    /// <exception cref="ArgumentOutOfRangeException">The days are NaN or out of range, or an enum value is not defined.</exception>
    public CoverDefault(PartCategory? category, ItemClass? itemClass, double days, Provenance provenance)
    {
        if (category is PartCategory c && (c < PartCategory.Automotive || c > PartCategory.Other))
        {
            throw new ArgumentOutOfRangeException(nameof(category), c, "Not a part category.");
        }

        if (itemClass is ItemClass k && !ItemClasses.IsDefined(k))
        {
            throw new ArgumentOutOfRangeException(nameof(itemClass), k, $"Not an item class; expected one of {ItemClasses.Expected}.");
        }

        if (double.IsNaN(days) || days < 0 || days > Part.MaximumCoverDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"Days of cover must lie within [0, {Part.MaximumCoverDays}].");
        }

        Category = category;
        ItemClass = itemClass;
        Days = days;
        Provenance = provenance ?? throw new ArgumentNullException(nameof(provenance));
    }

    /// <summary>The category it applies to; null for any.</summary>
    public PartCategory? Category { get; }

    /// <summary>The item class it applies to; null for any.</summary>
    public ItemClass? ItemClass { get; }

    /// <summary>Days of cover.</summary>
    public double Days { get; }

    /// <summary>Where the figure comes from.</summary>
    public Provenance Provenance { get; }

    /// <summary>How specific it is: 2 for category and class, 1 for one of them, 0 for neither.</summary>
    internal int Specificity => (Category is null ? 0 : 1) + (ItemClass is null ? 0 : 1);

    /// <summary>Whether it applies to parts of that category and class.</summary>
    internal bool AppliesTo(PartCategory category, ItemClass itemClass) =>
        (Category is null || Category == category) && (ItemClass is null || ItemClass == itemClass);

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "{0}/{1}: {2:0.#} d", Category?.ToString() ?? "*", ItemClass is ItemClass k ? ItemClasses.Name(k) : "*", Days);
}
