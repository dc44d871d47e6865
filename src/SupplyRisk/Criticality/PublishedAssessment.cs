using SupplyRisk.Materials;

namespace SupplyRisk.Criticality;

/// <summary>
/// A published result of an official criticality assessment (e.g. the EU 2023 study): the SR and EI
/// the assessors obtained and whether the material was listed. Used to compare and to report. Immutable.
/// </summary>
public sealed class PublishedAssessment
{
    /// <summary>Creates a published result.</summary>
    public PublishedAssessment(MaterialId material, double? supplyRisk, double? economicImportance, bool? critical, bool? strategic, Provenance provenance)
    {
        Material = material;
        SupplyRisk = supplyRisk;
        EconomicImportance = economicImportance;
        Critical = critical;
        Strategic = strategic;
        Provenance = provenance ?? throw new System.ArgumentNullException(nameof(provenance));
    }

    /// <summary>The material.</summary>
    public MaterialId Material { get; }

    /// <summary>The published SR, if given.</summary>
    public double? SupplyRisk { get; }

    /// <summary>The published economic importance (EI), if given.</summary>
    public double? EconomicImportance { get; }

    /// <summary>Whether the material is on the critical list.</summary>
    public bool? Critical { get; }

    /// <summary>Whether the material is on the strategic list (EU Critical Raw Materials Act, Annex I).</summary>
    public bool? Strategic { get; }

    /// <summary>Where it is published.</summary>
    public Provenance Provenance { get; }
}
