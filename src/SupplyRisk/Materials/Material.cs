using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using SupplyRisk.Sources;

namespace SupplyRisk.Materials;

/// <summary>
/// A material (an element such as neodymium, a commodity such as natural graphite, or a group such as
/// the heavy rare earths) with its supply stages and the EU criticality parameters that do not depend
/// on the buyer. Immutable and thread-safe.
/// </summary>
public sealed class Material
{
    private readonly double? _endOfLifeRecyclingInputRate;
    private readonly double? _substitutionIndexSupplyRisk;
    private readonly double? _substitutionIndexEconomicImportance;

    /// <summary>Creates a material.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The English name.</param>
    /// <param name="stages">At least one stage, at most one of each <see cref="StageKind"/>; stored in stage order.</param>
    /// <exception cref="ArgumentException">The id is default, the name is blank, there are no stages, or a stage kind repeats.</exception>
    public Material(MaterialId id, string name, IEnumerable<SupplyStage> stages)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("A material needs an id.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"Material '{id}' needs a name.", nameof(name));
        }

        SupplyStage[] list = (stages ?? throw new ArgumentNullException(nameof(stages))).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException($"Material '{id}' has no supply stages.", nameof(stages));
        }

        if (list.Any(s => s is null))
        {
            throw new ArgumentException($"Material '{id}' has a null stage.", nameof(stages));
        }

        var repeated = list.GroupBy(s => s.Kind).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            throw new ArgumentException($"Material '{id}' has more than one {string.Join(", ", repeated)} stage.", nameof(stages));
        }

        Id = id;
        Name = name;
        Stages = Array.AsReadOnly(list.OrderBy(s => s.Kind).ToArray());
    }

    /// <summary>The identifier.</summary>
    public MaterialId Id { get; }

    /// <summary>The English name.</summary>
    public string Name { get; }

    /// <summary>The chemical symbol, if the material is an element.</summary>
    public string? Symbol { get; init; }

    /// <summary>The group the material belongs to (e.g. <c>lree</c> for neodymium), if any.</summary>
    public MaterialId? Group { get; init; }

    /// <summary>The supply stages, in stage order.</summary>
    public IReadOnlyList<SupplyStage> Stages { get; }

    /// <summary>
    /// The end-of-life recycling input rate (EoL-RIR): the share of the material's input to production
    /// that comes from recycled end-of-life scrap, in [0, 1]; <see langword="null"/> when unknown.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN or outside [0, 1].</exception>
    public double? EndOfLifeRecyclingInputRate
    {
        get => _endOfLifeRecyclingInputRate;
        init => _endOfLifeRecyclingInputRate = CheckFraction(value, nameof(EndOfLifeRecyclingInputRate));
    }

    /// <summary>The EU substitution index for supply risk (SI_SR), in [0, 1], 1 = no substitute; <see langword="null"/> when unknown.</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN or outside [0, 1].</exception>
    public double? SubstitutionIndexSupplyRisk
    {
        get => _substitutionIndexSupplyRisk;
        init => _substitutionIndexSupplyRisk = CheckFraction(value, nameof(SubstitutionIndexSupplyRisk));
    }

    /// <summary>The EU substitution index for economic importance (SI_EI), in [0, 1]; <see langword="null"/> when unknown.</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN or outside [0, 1].</exception>
    public double? SubstitutionIndexEconomicImportance
    {
        get => _substitutionIndexEconomicImportance;
        init => _substitutionIndexEconomicImportance = CheckFraction(value, nameof(SubstitutionIndexEconomicImportance));
    }

    /// <summary>Where EoL-RIR and the substitution indices come from, if given.</summary>
    public Provenance? ParametersProvenance { get; init; }

    /// <summary>The stage of the given kind, or <see langword="null"/> when the material has none.</summary>
    public SupplyStage? FindStage(StageKind kind)
    {
        foreach (SupplyStage stage in Stages)
        {
            if (stage.Kind == kind)
            {
                return stage;
            }
        }

        return null;
    }

    /// <summary>The stage of the given kind.</summary>
    /// <exception cref="KeyNotFoundException">The material has no such stage.</exception>
    public SupplyStage GetStage(StageKind kind) =>
        FindStage(kind) ?? throw new KeyNotFoundException($"Material '{Id}' has no {kind} stage; it has {string.Join(", ", Stages.Select(s => s.Kind))}.");

    /// <summary>A what-if copy with <paramref name="stage"/> in place of the stage of its kind (added when the material has none). This instance is not changed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    public Material WithStage(SupplyStage stage)
    {
        if (stage is null)
        {
            throw new ArgumentNullException(nameof(stage));
        }

        return CopyWith(Stages.Where(s => s.Kind != stage.Kind).Concat(new[] { stage }), SubstitutionIndexSupplyRisk);
    }

    /// <summary>A what-if copy with another substitution index for supply risk (SI_SR). This instance is not changed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN or outside [0, 1].</exception>
    public Material WithSubstitutionIndexSupplyRisk(double? value) => CopyWith(Stages, CheckFraction(value, nameof(SubstitutionIndexSupplyRisk)));

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name})";

    private Material CopyWith(IEnumerable<SupplyStage> stages, double? substitutionIndexSupplyRisk) =>
        new(Id, Name, stages)
        {
            Symbol = Symbol,
            Group = Group,
            EndOfLifeRecyclingInputRate = EndOfLifeRecyclingInputRate,
            SubstitutionIndexSupplyRisk = substitutionIndexSupplyRisk,
            SubstitutionIndexEconomicImportance = SubstitutionIndexEconomicImportance,
            ParametersProvenance = ParametersProvenance,
        };

    internal static double? CheckFraction(double? value, string name)
    {
        if (value is double v && (double.IsNaN(v) || v < 0 || v > 1))
        {
            throw new ArgumentOutOfRangeException(name, v, $"{name} must be a finite fraction within [0, 1]; got {v.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        return value;
    }
}
