using System.Globalization;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Parts;

/// <summary>
/// Where and as what an assembled good (a component, an assembly or a product) enters a buyer, as a tariff sees it: the
/// country it is made in, its item class, its product category and, when known, its Harmonized System code and its
/// maker (the exporting producer). Immutable value.
/// </summary>
public readonly struct GoodsOrigin : IEquatable<GoodsOrigin>
{
    /// <summary>Creates an origin.</summary>
    /// <param name="country">Where the good is made.</param>
    /// <param name="itemClass">Its class: component, assembly or product.</param>
    /// <param name="category">Its product category.</param>
    /// <param name="hsCode">Its Harmonized System code (<see cref="HsCodes"/>), or null when not known.</param>
    /// <param name="maker">The company that makes and exports it, or null when not known.</param>
    /// <exception cref="ArgumentException">The country is a default code, the class is a material form or not a class, the category is not defined, or the HS code is not one.</exception>
    public GoodsOrigin(CountryCode country, ItemClass itemClass, PartCategory category, string? hsCode = null, string? maker = null)
    {
        if (country.IsDefault)
        {
            throw new ArgumentException("A goods origin needs a country.", nameof(country));
        }

        if (!ItemClasses.IsDefined(itemClass) || itemClass.IsMaterialForm())
        {
            throw new ArgumentException($"An assembled good is a component, an assembly or a product, not {(ItemClasses.IsDefined(itemClass) ? ItemClasses.Name(itemClass) : ((int)itemClass).ToString(CultureInfo.InvariantCulture))}.", nameof(itemClass));
        }

        if (!PartCategories.IsDefined(category))
        {
            throw new ArgumentException($"{(int)category} is not a part category; expected {PartCategories.Expected}.", nameof(category));
        }

        Country = country;
        ItemClass = itemClass;
        Category = category;
        HsCode = hsCode is null ? null : HsCodes.Normalise(hsCode);
        Maker = string.IsNullOrWhiteSpace(maker) ? null : maker!.Trim();
    }

    /// <summary>The country the good is made in.</summary>
    public CountryCode Country { get; }

    /// <summary>Its class: component, assembly or product.</summary>
    public ItemClass ItemClass { get; }

    /// <summary>Its product category.</summary>
    public PartCategory Category { get; }

    /// <summary>Its Harmonized System code as digits, or <see langword="null"/> when not known.</summary>
    public string? HsCode { get; }

    /// <summary>The company that makes and exports it, or <see langword="null"/> when not known.</summary>
    public string? Maker { get; }

    /// <inheritdoc />
    public bool Equals(GoodsOrigin other) => Country == other.Country && ItemClass == other.ItemClass && Category == other.Category && string.Equals(HsCode, other.HsCode, StringComparison.Ordinal) && string.Equals(Maker, other.Maker, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GoodsOrigin other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (((Country.GetHashCode() * 31) + (int)ItemClass) * 31 + (int)Category) * 31 + (HsCode is null ? 0 : StringComparer.Ordinal.GetHashCode(HsCode)) + (Maker is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Maker));

    /// <summary>Equality.</summary>
    public static bool operator ==(GoodsOrigin left, GoodsOrigin right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(GoodsOrigin left, GoodsOrigin right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{ItemClasses.Name(ItemClass)} ({PartCategories.Name(Category)}{(HsCode is null ? string.Empty : ", HS " + HsCode)}) from {Country}{(Maker is null ? string.Empty : " by " + Maker)}";
}
