using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Criticality;

/// <summary>
/// The EU-style supply risk of a material for a buyer: SR per stage, and the bottleneck stage (the
/// highest SR) whose value is the material's SR. Immutable.
/// </summary>
public sealed class MaterialSupplyRisk
{
    internal MaterialSupplyRisk(Material material, Buyer? buyer, IReadOnlyList<StageSupplyRisk> stages)
    {
        Material = material;
        Buyer = buyer;
        Stages = stages;
        StageSupplyRisk bottleneck = stages[0];
        foreach (StageSupplyRisk stage in stages)
        {
            if (stage.Result.Value > bottleneck.Result.Value)
            {
                bottleneck = stage;
            }
        }

        Bottleneck = bottleneck;
    }

    /// <summary>The material.</summary>
    public Material Material { get; }

    /// <summary>The buyer, or <see langword="null"/> for a buyer-neutral, global-supply-only assessment.</summary>
    public Buyer? Buyer { get; }

    /// <summary>SR per stage, in stage order.</summary>
    public IReadOnlyList<StageSupplyRisk> Stages { get; }

    /// <summary>The stage with the highest SR (the first in stage order on a tie).</summary>
    public StageSupplyRisk Bottleneck { get; }

    /// <summary>The material's SR: the bottleneck stage's.</summary>
    public double Value => Bottleneck.Result.Value;

    /// <summary>Whether SR reaches the EU threshold of 1.</summary>
    public bool MeetsSupplyRiskThreshold => Value >= CriticalityThresholds.SupplyRisk;

    /// <summary>The stage result of the given kind.</summary>
    /// <exception cref="KeyNotFoundException">The material has no such stage.</exception>
    public StageSupplyRisk ForStage(StageKind kind) =>
        Stages.FirstOrDefault(s => s.Stage.Kind == kind) ?? throw new KeyNotFoundException($"Material '{Material.Id}' has no {kind} stage.");

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Material.Id} SR {Value:0.00} ({Bottleneck.Stage.Kind})");
}
