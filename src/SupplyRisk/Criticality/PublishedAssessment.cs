using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Criticality;

/// <summary>
/// A published result of an official criticality assessment (e.g. the EU 2023 study): the SR and EI
/// the assessors obtained and whether the material was listed. Used to compare and to report. Immutable.
/// </summary>
public sealed class PublishedAssessment
{
    /// <summary>Creates a published result.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">SR or EI is NaN, infinite or negative; the message names the material.</exception>
    public PublishedAssessment(MaterialId material, double? supplyRisk, double? economicImportance, bool? critical, bool? strategic, Provenance provenance)
    {
        if (supplyRisk is double sr && (double.IsNaN(sr) || double.IsInfinity(sr) || sr < 0))
        {
            throw new System.ArgumentOutOfRangeException(nameof(supplyRisk), sr, $"Material '{material}': a published SR must be a finite, non-negative number.");
        }

        if (economicImportance is double ei && (double.IsNaN(ei) || double.IsInfinity(ei) || ei < 0))
        {
            throw new System.ArgumentOutOfRangeException(nameof(economicImportance), ei, $"Material '{material}': a published EI must be a finite, non-negative number.");
        }

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
