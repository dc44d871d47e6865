using System;
using System.Globalization;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Parts;

/// <summary>
/// Where and as what an assembled good (a component, an assembly or a product) enters a buyer, as a tariff sees it: the
/// country it is made in, its item class and its product category. Immutable value.
/// </summary>
public readonly struct GoodsOrigin : IEquatable<GoodsOrigin>
{
    /// <summary>Creates an origin.</summary>
    /// <exception cref="ArgumentException">The country is a default code, or the class is a material form or not a class, or the category is not defined.</exception>
    public GoodsOrigin(CountryCode country, ItemClass itemClass, PartCategory category)
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
    }

    /// <summary>The country the good is made in.</summary>
    public CountryCode Country { get; }

    /// <summary>Its class: component, assembly or product.</summary>
    public ItemClass ItemClass { get; }

    /// <summary>Its product category.</summary>
    public PartCategory Category { get; }

    /// <inheritdoc />
    public bool Equals(GoodsOrigin other) => Country == other.Country && ItemClass == other.ItemClass && Category == other.Category;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GoodsOrigin other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Country.GetHashCode() * 31 + (int)ItemClass) * 31 + (int)Category;

    /// <summary>Equality.</summary>
    public static bool operator ==(GoodsOrigin left, GoodsOrigin right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(GoodsOrigin left, GoodsOrigin right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{ItemClasses.Name(ItemClass)} ({PartCategories.Name(Category)}) from {Country}";
}
