using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Criticality;

/// <summary>
/// What a buyer's supply of one material looks like: its import reliance (overall and per stage) and
/// its sourcing mix by supplier country per stage, each with its source. Immutable and thread-safe.
/// </summary>
public sealed class BuyerMaterialProfile
{
    private readonly Dictionary<StageKind, (double Value, Provenance Provenance)> _stageImportReliance;
    private readonly Dictionary<StageKind, CountryShares> _sourcing;

    /// <summary>Creates a profile.</summary>
    /// <param name="buyer">The buyer.</param>
    /// <param name="material">The material.</param>
    /// <param name="importReliance">The overall import reliance in [0, 1], if known, with its source.</param>
    /// <param name="stageImportReliance">Import reliance per stage, if known, with its source.</param>
    /// <param name="sourcing">The sourcing mix per stage.</param>
    /// <exception cref="ArgumentOutOfRangeException">An import reliance is NaN or outside [0, 1].</exception>
    public BuyerMaterialProfile(
        Buyer buyer,
        MaterialId material,
        (double Value, Provenance Provenance)? importReliance,
        IEnumerable<KeyValuePair<StageKind, (double Value, Provenance Provenance)>>? stageImportReliance = null,
        IEnumerable<KeyValuePair<StageKind, CountryShares>>? sourcing = null)
    {
        Buyer = buyer ?? throw new ArgumentNullException(nameof(buyer));
        if (material.IsDefault)
        {
            throw new ArgumentException("A buyer profile needs a material.", nameof(material));
        }

        Material = material;
        if (importReliance is { } ir)
        {
            Materials.Material.CheckFraction(ir.Value, nameof(importReliance));
        }

        ImportReliance = importReliance;
        _stageImportReliance = new Dictionary<StageKind, (double, Provenance)>();
        foreach (var pair in stageImportReliance ?? Enumerable.Empty<KeyValuePair<StageKind, (double, Provenance)>>())
        {
            Materials.Material.CheckFraction(pair.Value.Item1, nameof(stageImportReliance));
            _stageImportReliance[pair.Key] = pair.Value;
        }

        _sourcing = (sourcing ?? Enumerable.Empty<KeyValuePair<StageKind, CountryShares>>())
            .ToDictionary(p => p.Key, p => p.Value ?? throw new ArgumentNullException(nameof(sourcing)));
    }

    /// <summary>The buyer.</summary>
    public Buyer Buyer { get; }

    /// <summary>The material.</summary>
    public MaterialId Material { get; }

    /// <summary>The overall import reliance and its source, if known.</summary>
    public (double Value, Provenance Provenance)? ImportReliance { get; }

    /// <summary>The stages with a sourcing mix, in order.</summary>
    public IReadOnlyList<StageKind> SourcedStages => _sourcing.Keys.OrderBy(k => k).ToArray();

    /// <summary>The import reliance of a stage: the stage's own value, else the overall one, else <see langword="null"/>.</summary>
    public double? ImportRelianceFor(StageKind stage) =>
        _stageImportReliance.TryGetValue(stage, out var own) ? own.Value : ImportReliance?.Value;

    /// <summary>The sourcing mix of a stage, or <see langword="null"/> when unknown.</summary>
    public CountryShares? SourcingFor(StageKind stage) => _sourcing.TryGetValue(stage, out CountryShares? s) ? s : null;
}
