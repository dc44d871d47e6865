using System.Collections.Generic;
using System.Linq;
using System;

namespace SupplyRisk.Materials;

/// <summary>Names and groups of <see cref="ItemClass"/>: the kebab-case names used in data files, JSON and reports.</summary>
public static class ItemClasses
{
    private static readonly (ItemClass Class, string Name)[] Names =
    {
        (ItemClass.Ore, "ore"),
        (ItemClass.RefinedMaterial, "refined-material"),
        (ItemClass.Magnet, "magnet"),
        (ItemClass.SputteringTarget, "sputtering-target"),
        (ItemClass.BatteryMaterial, "battery-material"),
        (ItemClass.Wafer, "wafer"),
        (ItemClass.Component, "component"),
        (ItemClass.Assembly, "assembly"),
        (ItemClass.Product, "product"),
    };

    /// <summary>The accepted names, for error messages.</summary>
    public static string Expected { get; } = string.Join(", ", Names.Select(n => n.Name));

    /// <summary>Every material form: the classes export controls and content rules may list.</summary>
    public static IReadOnlyList<ItemClass> MaterialForms { get; } =
        Array.AsReadOnly(Names.Select(n => n.Class).Where(IsMaterialForm).ToArray());

    /// <summary>
    /// Whether the class is a material form (ore, refined material, magnet, sputtering target, battery material,
    /// wafer) rather than an assembled good (component, assembly, product).
    /// </summary>
    public static bool IsMaterialForm(this ItemClass itemClass) => itemClass <= ItemClass.Wafer;

    /// <summary>Whether the value is one of the named classes.</summary>
    public static bool IsDefined(ItemClass itemClass) => itemClass >= ItemClass.Ore && itemClass <= ItemClass.Product;

    /// <summary>The kebab-case name, e.g. <c>sputtering-target</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a named class.</exception>
    public static string Name(ItemClass itemClass) =>
        IsDefined(itemClass)
            ? Names[(int)itemClass].Name
            : throw new ArgumentOutOfRangeException(nameof(itemClass), itemClass, $"Not an item class; expected one of {Expected}.");

    /// <summary>Parses a kebab-case name (exactly, case-insensitive); numbers are not accepted.</summary>
    public static bool TryParse(string? text, out ItemClass itemClass)
    {
        string key = text?.Trim() ?? string.Empty;
        foreach (var (c, name) in Names)
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                itemClass = c;
                return true;
            }
        }

        itemClass = default;
        return false;
    }
}
