using System;
using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Policy;

/// <summary>
/// What a measure covers: materials (or all goods), supply stages (or all), and counterparties: the
/// destinations of an export measure, or the exporting countries a tariff or sanction targets (or all). Immutable.
/// </summary>
public sealed class MeasureScope
{
    private readonly HashSet<MaterialId> _materials;
    private readonly HashSet<StageKind> _stages;
    private readonly HashSet<CountryCode> _counterparties;

    /// <summary>Creates a scope; an empty or null list means "all".</summary>
    /// <exception cref="ArgumentException">A counterparty is ROW or a default code.</exception>
    public MeasureScope(IEnumerable<MaterialId>? materials = null, IEnumerable<StageKind>? stages = null, IEnumerable<CountryCode>? counterparties = null)
    {
        _materials = new HashSet<MaterialId>(materials ?? Enumerable.Empty<MaterialId>());
        _stages = new HashSet<StageKind>(stages ?? Enumerable.Empty<StageKind>());
        _counterparties = new HashSet<CountryCode>(counterparties ?? Enumerable.Empty<CountryCode>());
        if (_counterparties.Any(c => c.IsDefault || c.IsRestOfWorld))
        {
            throw new ArgumentException("A measure's counterparties are ISO countries; leave the list empty for all.", nameof(counterparties));
        }

        Materials = Array.AsReadOnly(_materials.OrderBy(m => m).ToArray());
        Stages = Array.AsReadOnly(_stages.OrderBy(s => s).ToArray());
        Counterparties = Array.AsReadOnly(_counterparties.OrderBy(c => c).ToArray());
    }

    /// <summary>Everything: all goods, stages and counterparties.</summary>
    public static MeasureScope All { get; } = new();

    /// <summary>The materials covered; empty means all goods.</summary>
    public IReadOnlyList<MaterialId> Materials { get; }

    /// <summary>The stages covered; empty means all.</summary>
    public IReadOnlyList<StageKind> Stages { get; }

    /// <summary>The counterparties; empty means all.</summary>
    public IReadOnlyList<CountryCode> Counterparties { get; }

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
