using System;
using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using Classes = SupplyRisk.Materials.ItemClasses;

namespace SupplyRisk.Policy;

/// <summary>
/// What a measure covers: materials (or all goods), supply stages (or all), item classes (or all material forms), and
/// counterparties: the destinations of an export measure, or the exporting countries a tariff or sanction targets (or
/// all). Immutable.
/// </summary>
public sealed class MeasureScope
{
    private readonly HashSet<MaterialId> _materials;
    private readonly HashSet<StageKind> _stages;
    private readonly HashSet<CountryCode> _counterparties;
    private readonly HashSet<ItemClass> _itemClasses;

    /// <summary>Creates a scope; an empty or null list means "all" (for item classes: all material forms).</summary>
    /// <param name="materials">The materials covered.</param>
    /// <param name="stages">The supply stages covered.</param>
    /// <param name="counterparties">Destinations of an export measure, or exporters a tariff or sanction targets.</param>
    /// <param name="itemClasses">
    /// The material forms an export control, content rule or capacity loss covers (e.g. magnets and sputtering targets).
    /// Assembled goods (components, assemblies, products) cannot be listed: no measure SupplyRisk models covers them.
    /// </param>
    /// <exception cref="ArgumentException">A material is a default id, a stage or item class is not defined or is an assembled good, or a counterparty is ROW or a default code.</exception>
    public MeasureScope(IEnumerable<MaterialId>? materials = null, IEnumerable<StageKind>? stages = null, IEnumerable<CountryCode>? counterparties = null, IEnumerable<ItemClass>? itemClasses = null)
    {
        _materials = new HashSet<MaterialId>(materials ?? Enumerable.Empty<MaterialId>());
        _stages = new HashSet<StageKind>(stages ?? Enumerable.Empty<StageKind>());
        _counterparties = new HashSet<CountryCode>(counterparties ?? Enumerable.Empty<CountryCode>());
        _itemClasses = new HashSet<ItemClass>(itemClasses ?? Enumerable.Empty<ItemClass>());
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

        ItemClass? bad = _itemClasses.Where(c => !Classes.IsDefined(c) || !c.IsMaterialForm()).Select(c => (ItemClass?)c).FirstOrDefault();
        if (bad is ItemClass b)
        {
            throw new ArgumentException(
                Classes.IsDefined(b)
                    ? $"Item class '{Classes.Name(b)}' is an assembled good; measures cover material forms only ({string.Join(", ", Classes.MaterialForms.Select(Classes.Name))})."
                    : $"{(int)b} is not an item class; expected one of {Classes.Expected}.",
                nameof(itemClasses));
        }

        Materials = Array.AsReadOnly(_materials.OrderBy(m => m).ToArray());
        Stages = Array.AsReadOnly(_stages.OrderBy(s => s).ToArray());
        Counterparties = Array.AsReadOnly(_counterparties.OrderBy(c => c).ToArray());
        ItemClassList = Array.AsReadOnly(_itemClasses.OrderBy(c => c).ToArray());
    }

    /// <summary>Everything: all goods, stages and counterparties.</summary>
    public static MeasureScope All { get; } = new();

    /// <summary>The materials covered; empty means all goods.</summary>
    public IReadOnlyList<MaterialId> Materials { get; }

    /// <summary>The stages covered; empty means all.</summary>
    public IReadOnlyList<StageKind> Stages { get; }

    /// <summary>The counterparties; empty means all.</summary>
    public IReadOnlyList<CountryCode> Counterparties { get; }

    /// <summary>The item classes covered; empty means every material form.</summary>
    public IReadOnlyList<ItemClass> ItemClasses => ItemClassList;

    private IReadOnlyList<ItemClass> ItemClassList { get; }

    /// <summary>Whether the measure covers items of <paramref name="itemClass"/> (assembled goods never).</summary>
    public bool CoversClass(ItemClass itemClass) =>
        itemClass.IsMaterialForm() && (_itemClasses.Count == 0 || _itemClasses.Contains(itemClass));

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
