using System;
using System.Collections.Generic;
using System.Linq;

namespace SupplyRisk.IO;

/// <summary>
/// Which header names an ERP BOM export uses for each column the <see cref="ErpBomReader"/> reads. Every column accepts
/// several names (exports of one system differ by version and language settings); a header cell matches a name when
/// they are equal after trimming, ignoring case. Immutable: the lists given are copied.
/// </summary>
/// <remarks>
/// A file must have the component and quantity columns, the material column, and exactly one of the parent column
/// (a flat parent–child file) or the level column (an indented file). The other columns are optional.
/// </remarks>
public sealed class ErpBomColumns
{
    private IReadOnlyList<string> _parent = None;
    private IReadOnlyList<string> _component = None;
    private IReadOnlyList<string> _description = None;
    private IReadOnlyList<string> _level = None;
    private IReadOnlyList<string> _material = None;
    private IReadOnlyList<string> _quantity = None;
    private IReadOnlyList<string> _mass = None;
    private IReadOnlyList<string> _unit = None;
    private IReadOnlyList<string> _madeIn = None;
    private IReadOnlyList<string> _itemClass = None;
    private IReadOnlyList<string> _hsCode = None;
    private IReadOnlyList<string> _maker = None;

    private static readonly IReadOnlyList<string> None = Array.AsReadOnly(Array.Empty<string>());

    /// <summary>
    /// Plain English headers: <c>Parent</c>; <c>Component</c>, <c>Part number</c>; <c>Description</c>; <c>Level</c>;
    /// <c>Material</c>; <c>Quantity</c>; <c>Mass</c>; <c>Unit</c>; <c>Made in</c>, <c>Country</c>; <c>Item class</c>;
    /// <c>HS code</c>, <c>Commodity code</c>; <c>Maker</c>, <c>Manufacturer</c>.
    /// </summary>
    public static ErpBomColumns Default { get; } = new()
    {
        Parent = new[] { "Parent", "Parent part number" },
        Component = new[] { "Component", "Part number" },
        Description = new[] { "Description" },
        Level = new[] { "Level" },
        Material = new[] { "Material" },
        Quantity = new[] { "Quantity" },
        Mass = new[] { "Mass" },
        Unit = new[] { "Unit" },
        MadeIn = new[] { "Made in", "Country" },
        ItemClass = new[] { "Item class" },
        HsCode = new[] { "HS code", "Commodity code" },
        Maker = new[] { "Maker", "Manufacturer" },
    };

    /// <summary>
    /// The headers of SAP bill-of-material explosions (CS12 multi-level, CS11 level by level) saved as a spreadsheet or
    /// text: <c>Level</c>, <c>Explosion level</c>; <c>Component number</c>, <c>Component</c>; <c>Object description</c>,
    /// <c>Component description</c>; <c>Comp. Qty (BUn)</c>, <c>Quantity</c>; <c>Base unit of measure</c>, <c>Un</c>,
    /// <c>BUn</c>; <c>Country of origin</c>; <c>Comm./imp. code no.</c>, <c>Commodity code</c> (the HS-based customs
    /// code); <c>Item class</c>; <c>Manufacturer</c>; and <c>Parent</c>, <c>Higher-level material</c> for a parent–child list.
    /// SAP calls every item a "material", so SAP's <c>Material</c> column is not read as the substance: the substance
    /// goes in a <c>Substance</c> column (as compliance add-ons export it), its mass in <c>Substance mass</c> or, when
    /// there is no such column, in the component quantity and its unit (a raw material listed in KG).
    /// </summary>
    public static ErpBomColumns Sap { get; } = new()
    {
        Parent = new[] { "Parent", "Higher-level material", "Higher-level assembly" },
        Component = new[] { "Component number", "Component" },
        Description = new[] { "Object description", "Component description" },
        Level = new[] { "Level", "Explosion level" },
        Material = new[] { "Substance" },
        Quantity = new[] { "Comp. Qty (BUn)", "Quantity" },
        Mass = new[] { "Substance mass" },
        Unit = new[] { "Base unit of measure", "Un", "BUn" },
        MadeIn = new[] { "Country of origin" },
        ItemClass = new[] { "Item class" },
        HsCode = new[] { "Comm./imp. code no.", "Commodity code" },
        Maker = new[] { "Manufacturer" },
    };

    /// <summary>The parent's part number (flat parent–child files). Empty on a row: the row is at the top.</summary>
    /// <exception cref="ArgumentException">On set: a name is null or blank, or one name is given twice.</exception>
    public IReadOnlyList<string> Parent { get => _parent; init => _parent = Names(value, nameof(Parent)); }

    /// <summary>The component's part number (required column).</summary>
    /// <exception cref="ArgumentException">On set: a name is null or blank, or one name is given twice.</exception>
    public IReadOnlyList<string> Component { get => _component; init => _component = Names(value, nameof(Component)); }

    /// <summary>The component's description, repeated on every row that names it (optional column).</summary>
    /// <exception cref="ArgumentException">On set: a name is null or blank, or one name is given twice.</exception>
    public IReadOnlyList<string> Description { get => _description; init => _description = Names(value, nameof(Description)); }

    /// <summary>The row's level in an indented file: <c>0</c>, <c>1</c>, <c>2</c>, or SAP's <c>.1</c>, <c>..2</c>.</summary>
    /// <exception cref="ArgumentException">On set: a name is null or blank, or one name is given twice.</exception>
    public IReadOnlyList<string> Level { get => _level; init => _level = Names(value, nameof(Level)); }

    /// <summary>The material (substance) a material line gives the mass of: a dataset id or name (required column).</summary>
    /// <exception cref="ArgumentException">On set: a name is null or blank, or one name is given twice.</exception>
    public IReadOnlyList<string> Material { get => _material; init => _material = Names(value, nameof(Material)); }

    /// <summary>Units of the component per unit of its parent; on a material line without a mass column, the mass (required column).</summary>
    /// <exception cref="ArgumentException">On set: a name is null or blank, or one name is given twice.</exception>
    public IReadOnlyList<string> Quantity { get => _quantity; init => _quantity = Names(value, nameof(Quantity)); }

    /// <summary>The mass of a material line's material per unit of the part that contains it (optional column).</summary>
    /// <exception cref="ArgumentException">On set: a name is null or blank, or one name is given twice.</exception>
    public IReadOnlyList<string> Mass { get => _mass; init => _mass = Names(value, nameof(Mass)); }

    /// <summary>The unit of the row: a mass unit (mg, g, kg, t) on a material line, a piece unit or nothing on a component line (optional column).</summary>
    /// <exception cref="ArgumentException">On set: a name is null or blank, or one name is given twice.</exception>
    public IReadOnlyList<string> Unit { get => _unit; init => _unit = Names(value, nameof(Unit)); }

    /// <summary>Where the component is made: <c>CN</c> or <c>CN:0.7;JP:0.3</c> (optional column).</summary>
    /// <exception cref="ArgumentException">On set: a name is null or blank, or one name is given twice.</exception>
    public IReadOnlyList<string> MadeIn { get => _madeIn; init => _madeIn = Names(value, nameof(MadeIn)); }

    /// <summary>
    /// What the component is in SupplyRisk's terms: <c>component</c> (default), <c>assembly</c>, <c>product</c>, or a
    /// material form (<c>magnet</c>, <c>sputtering-target</c>, <c>battery-material</c>, <c>wafer</c>,
    /// <c>refined-material</c>, <c>ore</c>) (optional column). It matters: export controls on magnets, and the 0.1 %
    /// content rule, act on parts classed as magnets, so an NdFeB magnet left as a component escapes them.
    /// </summary>
    /// <exception cref="ArgumentException">On set: a name is null or blank, or one name is given twice.</exception>
    public IReadOnlyList<string> ItemClass { get => _itemClass; init => _itemClass = Names(value, nameof(ItemClass)); }

    /// <summary>The component's Harmonized System code (2–10 digits, dots and spaces allowed), which tariffs scoped by HS code act on (optional column).</summary>
    /// <exception cref="ArgumentException">On set: a name is null or blank, or one name is given twice.</exception>
    public IReadOnlyList<string> HsCode { get => _hsCode; init => _hsCode = Names(value, nameof(HsCode)); }

    /// <summary>The company that makes and exports the component (optional column), for duties that differ by exporting producer.</summary>
    /// <exception cref="ArgumentException">On set: a name is null or blank, or one name is given twice.</exception>
    public IReadOnlyList<string> Maker { get => _maker; init => _maker = Names(value, nameof(Maker)); }

    /// <summary>The columns with their names, for matching a header.</summary>
    internal IEnumerable<(ErpColumn Column, IReadOnlyList<string> Names)> All()
    {
        yield return (ErpColumn.Parent, Parent);
        yield return (ErpColumn.Component, Component);
        yield return (ErpColumn.Description, Description);
        yield return (ErpColumn.Level, Level);
        yield return (ErpColumn.Material, Material);
        yield return (ErpColumn.Quantity, Quantity);
        yield return (ErpColumn.Mass, Mass);
        yield return (ErpColumn.Unit, Unit);
        yield return (ErpColumn.MadeIn, MadeIn);
        yield return (ErpColumn.ItemClass, ItemClass);
        yield return (ErpColumn.HsCode, HsCode);
        yield return (ErpColumn.Maker, Maker);
    }

    private static IReadOnlyList<string> Names(IReadOnlyList<string>? names, string column)
    {
        string[] copy = (names ?? throw new ArgumentNullException(column)).ToArray();
        if (copy.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"The names of the {column} column must not be blank.", column);
        }

        string? twice = copy.GroupBy(n => n.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        if (twice is not null)
        {
            throw new ArgumentException($"The {column} column lists the name '{twice}' twice.", column);
        }

        return Array.AsReadOnly(copy.Select(n => n.Trim()).ToArray());
    }
}

/// <summary>The columns an ERP BOM file can have.</summary>
internal enum ErpColumn
{
    Parent,
    Component,
    Description,
    Level,
    Material,
    Quantity,
    Mass,
    Unit,
    MadeIn,
    ItemClass,
    HsCode,
    Maker,
}
