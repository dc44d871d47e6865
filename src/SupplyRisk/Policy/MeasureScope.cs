using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Diagnostics;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using Classes = SupplyRisk.Materials.ItemClasses;

namespace SupplyRisk.Policy;

/// <summary>
/// What a measure covers: materials (or all goods), supply stages (or all), item classes (or all material forms), and
/// counterparties: the destinations of an export measure, or the exporting countries a tariff or sanction targets (or
/// all). A tariff's scope may also name assembled goods (components, assemblies, products) and the product categories
/// they belong to (docs/methodology.md, "Tariffs"). Immutable.
/// </summary>
public sealed class MeasureScope
{
    private readonly HashSet<MaterialId> _materials;
    private readonly HashSet<StageKind> _stages;
    private readonly HashSet<CountryCode> _counterparties;
    private readonly HashSet<ItemClass> _itemClasses;
    private readonly HashSet<PartCategory> _categories;
    private readonly string[] _hsCodes;
    private readonly HashSet<string> _makers;

    /// <summary>Creates a scope; an empty or null list means "all" (for item classes: all material forms).</summary>
    /// <param name="materials">The materials covered.</param>
    /// <param name="stages">The supply stages covered.</param>
    /// <param name="counterparties">Destinations of an export measure, or exporters a tariff or sanction targets.</param>
    /// <param name="itemClasses">
    /// The classes of goods covered: for an export control, content rule or capacity loss the material forms (e.g.
    /// magnets and sputtering targets); a tariff may also list assembled goods (components, assemblies, products), which
    /// <see cref="PolicyMeasure"/> refuses for every other kind.
    /// </param>
    /// <param name="categories">
    /// For a tariff on assembled goods, the product categories it covers (e.g. automotive for a tariff on cars and car
    /// parts); empty means all. A scope that lists categories covers assembled goods only.
    /// </param>
    /// <param name="hsCodes">
    /// For a tariff on assembled goods, the Harmonized System codes it covers, as prefixes (<c>8703.80</c> covers a part
    /// coded 8703.80; <c>8507</c> every accumulator); a part with no code is not covered. Empty means all.
    /// </param>
    /// <param name="makers">
    /// For a tariff on assembled goods, the companies (exporting producers) it covers, matched to <c>Part.Maker</c>
    /// ignoring case; a part with no maker is not covered. Empty means all. Company rates usually displace a general rate
    /// on the goods they cover (<see cref="PolicyMeasure.Displaces"/>).
    /// </param>
    /// <exception cref="ArgumentException">A material is a default id, a stage, item class or category is not defined, an HS code is not one, a maker is blank, or a counterparty is ROW or a default code.</exception>
    public MeasureScope(IEnumerable<MaterialId>? materials = null, IEnumerable<StageKind>? stages = null, IEnumerable<CountryCode>? counterparties = null, IEnumerable<ItemClass>? itemClasses = null, IEnumerable<PartCategory>? categories = null, IEnumerable<string>? hsCodes = null, IEnumerable<string>? makers = null)
    {
        string[] makerList = (makers ?? Enumerable.Empty<string>()).Select(m => string.IsNullOrWhiteSpace(m) ? throw new ArgumentException("A maker must be non-blank text; leave the list empty for all.", nameof(makers)) : m.Trim()).ToArray();
        _makers = new HashSet<string>(makerList, StringComparer.OrdinalIgnoreCase);
        _materials = new HashSet<MaterialId>(materials ?? Enumerable.Empty<MaterialId>());
        _stages = new HashSet<StageKind>(stages ?? Enumerable.Empty<StageKind>());
        _counterparties = new HashSet<CountryCode>(counterparties ?? Enumerable.Empty<CountryCode>());
        _itemClasses = new HashSet<ItemClass>(itemClasses ?? Enumerable.Empty<ItemClass>());
        _categories = new HashSet<PartCategory>(categories ?? Enumerable.Empty<PartCategory>());
        _hsCodes = (hsCodes ?? Enumerable.Empty<string>()).Select(c => c is not null && Parts.HsCodes.TryNormalise(c, out string d) ? d : throw new ArgumentException($"'{QuotedText.Prefix(c, 20)}' is not an HS code ({Parts.HsCodes.Expected}).", nameof(hsCodes))).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToArray();
        if (_materials.Any(m => m.IsDefault))
        {
            throw new ArgumentException("A measure's materials must be material ids; leave the list empty for all goods.", nameof(materials));
        }

        if (_stages.Any(s => s < StageKind.Extraction || s > StageKind.Manufacturing))
        {
            throw new ArgumentException("A measure's stages must be extraction, processing or manufacturing.", nameof(stages));
        }

        if (_counterparties.Any(c => c.IsDefault || c.IsRestOfWorld))
        {
            throw new ArgumentException("A measure's counterparties are ISO countries; leave the list empty for all.", nameof(counterparties));
        }

        ItemClass? bad = _itemClasses.Where(c => !Classes.IsDefined(c)).Select(c => (ItemClass?)c).FirstOrDefault();
        if (bad is ItemClass b)
        {
            throw new ArgumentException($"{(int)b} is not an item class; expected one of {Classes.Expected}.", nameof(itemClasses));
        }

        PartCategory? badCategory = _categories.Where(c => !PartCategories.IsDefined(c)).Select(c => (PartCategory?)c).FirstOrDefault();
        if (badCategory is PartCategory bc)
        {
            throw new ArgumentException($"{(int)bc} is not a part category; expected one of {PartCategories.Expected}.", nameof(categories));
        }

        Materials = Array.AsReadOnly(_materials.OrderBy(m => m).ToArray());
        Stages = Array.AsReadOnly(_stages.OrderBy(s => s).ToArray());
        Counterparties = Array.AsReadOnly(_counterparties.OrderBy(c => c).ToArray());
        ItemClassList = Array.AsReadOnly(_itemClasses.OrderBy(c => c).ToArray());
        Categories = Array.AsReadOnly(_categories.OrderBy(c => c).ToArray());
        HsCodes = Array.AsReadOnly(_hsCodes);
        Makers = Array.AsReadOnly(_makers.OrderBy(m => m, StringComparer.OrdinalIgnoreCase).ToArray());
    }

    /// <summary>Everything: all goods, stages and counterparties.</summary>
    public static MeasureScope All { get; } = new();

    /// <summary>The materials covered; empty means all goods.</summary>
    public IReadOnlyList<MaterialId> Materials { get; }

    /// <summary>The stages covered; empty means all.</summary>
    public IReadOnlyList<StageKind> Stages { get; }

    /// <summary>The counterparties; empty means all.</summary>
    public IReadOnlyList<CountryCode> Counterparties { get; }

    /// <summary>The item classes covered; empty means every material form (for a tariff: every class).</summary>
    public IReadOnlyList<ItemClass> ItemClasses => ItemClassList;

    /// <summary>The product categories a tariff on assembled goods covers; empty means all.</summary>
    public IReadOnlyList<PartCategory> Categories { get; }

    /// <summary>The Harmonized System codes (digits, as prefixes) a tariff on assembled goods covers; empty means all.</summary>
    public IReadOnlyList<string> HsCodes { get; }

    /// <summary>The companies (exporting producers) a tariff on assembled goods covers; empty means all.</summary>
    public IReadOnlyList<string> Makers { get; }

    /// <summary>Whether the scope names an assembled good (component, assembly, product), a product category, an HS code or a maker.</summary>
    public bool NamesAssembledGoods => _categories.Count > 0 || _hsCodes.Length > 0 || _makers.Count > 0 || _itemClasses.Any(c => !c.IsMaterialForm());

    private IReadOnlyList<ItemClass> ItemClassList { get; }

    /// <summary>Whether an export control, content rule or capacity loss covers items of <paramref name="itemClass"/> (assembled goods never).</summary>
    public bool CoversClass(ItemClass itemClass) =>
        itemClass.IsMaterialForm() && (_itemClasses.Count == 0 || _itemClasses.Contains(itemClass));

    /// <summary>
    /// Whether a tariff with this scope covers a material crossing a border as <paramref name="itemClass"/> (ore after
    /// extraction, refined material after processing, or a material-form part) out of <paramref name="stage"/>: its
    /// materials, stages and classes all match, and it names no product category.
    /// </summary>
    public bool CoversMaterialCrossing(MaterialId material, StageKind stage, ItemClass itemClass) =>
        _categories.Count == 0 && _hsCodes.Length == 0 && _makers.Count == 0 && Covers(material, stage) && (_itemClasses.Count == 0 || _itemClasses.Contains(itemClass));

    /// <summary>
    /// Whether a tariff with this scope covers an assembled good of <paramref name="itemClass"/> in
    /// <paramref name="category"/> with HS code <paramref name="hsCode"/> (digits; null when not known): it covers all
    /// goods (no materials or stages), and its classes, categories, HS codes and makers match.
    /// </summary>
    public bool CoversAssembledGood(ItemClass itemClass, PartCategory category, string? hsCode = null, string? maker = null) =>
        _materials.Count == 0 && _stages.Count == 0 && !itemClass.IsMaterialForm()
        && (_itemClasses.Count == 0 || _itemClasses.Contains(itemClass))
        && (_categories.Count == 0 || _categories.Contains(category))
        && (_hsCodes.Length == 0 || _hsCodes.Any(p => Parts.HsCodes.Covers(p, hsCode)))
        && (_makers.Count == 0 || (maker is not null && _makers.Contains(maker.Trim())));

    /// <summary>Whether the measure covers the material at the stage.</summary>
    public bool Covers(MaterialId material, StageKind stage) =>
        (_materials.Count == 0 || _materials.Contains(material)) && (_stages.Count == 0 || _stages.Contains(stage));

    /// <summary>Whether the measure covers the material at any stage.</summary>
    public bool CoversMaterial(MaterialId material) => _materials.Count == 0 || _materials.Contains(material);

    /// <summary>
    /// Whether the measure reaches <paramref name="country"/> as counterparty. A bloc buyer is reached when
    /// any member is (the conservative reading); use <see cref="Reaches(Buyer)"/> for buyers.
    /// </summary>
    public bool Reaches(CountryCode country) => _counterparties.Count == 0 || _counterparties.Contains(country);

    /// <summary>Whether the measure reaches the buyer (any member of a bloc).</summary>
    public bool Reaches(Buyer buyer) =>
        _counterparties.Count == 0 || (buyer ?? throw new ArgumentNullException(nameof(buyer))).Members.Any(_counterparties.Contains);

    /// <inheritdoc />
    public override string ToString() =>
        $"{(Materials.Count == 0 ? "all goods" : string.Join(", ", Materials))}; {(Counterparties.Count == 0 ? "all countries" : string.Join(", ", Counterparties))}";
}
