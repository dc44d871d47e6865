using System;
using System.Collections.Generic;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.Engine;

/// <summary>
/// Every part of a catalog flattened once into flat arrays: a compressed sparse row (CSR) matrix of material
/// intensities (grams per unit, substitutability) and, per entry, where the grams are made (a nested CSR of
/// country shares). Scenario-independent: compile once, score under any number of scenarios. Immutable and
/// thread-safe.
/// </summary>
public sealed class CompiledCatalog
{
    private readonly Dictionary<string, int> _partIndex;

    internal CompiledCatalog(
        string[] partNumbers,
        MaterialId[] materials,
        CountryCode[] countries,
        int[] rowStart,
        int[] entryMaterial,
        double[] entryGrams,
        double[] entrySubstitutability,
        int[] madeStart,
        int[] madeCountry,
        double[] madeShare)
    {
        PartNumbers = Array.AsReadOnly(partNumbers);
        Materials = Array.AsReadOnly(materials);
        Countries = Array.AsReadOnly(countries);
        RowStart = rowStart;
        EntryMaterial = entryMaterial;
        EntryGrams = entryGrams;
        EntrySubstitutability = entrySubstitutability;
        MadeStart = madeStart;
        MadeCountry = madeCountry;
        MadeShare = madeShare;
        _partIndex = new Dictionary<string, int>(partNumbers.Length, StringComparer.Ordinal);
        for (int i = 0; i < partNumbers.Length; i++)
        {
            _partIndex[partNumbers[i]] = i;
        }
    }

    /// <summary>The number of parts (rows).</summary>
    public int PartCount => RowStart.Length - 1;

    /// <summary>The number of (part, material) entries.</summary>
    public int EntryCount => EntryMaterial.Length;

    /// <summary>The part number of each row.</summary>
    public IReadOnlyList<string> PartNumbers { get; }

    /// <summary>The materials that occur, by column index.</summary>
    public IReadOnlyList<MaterialId> Materials { get; }

    /// <summary>The made-in countries that occur, by index.</summary>
    public IReadOnlyList<CountryCode> Countries { get; }

    internal int[] RowStart { get; }

    internal int[] EntryMaterial { get; }

    internal double[] EntryGrams { get; }

    internal double[] EntrySubstitutability { get; }

    internal int[] MadeStart { get; }

    internal int[] MadeCountry { get; }

    internal double[] MadeShare { get; }

    /// <summary>The row of a part.</summary>
    /// <exception cref="KeyNotFoundException">The part is not in the compiled catalog.</exception>
    public int IndexOf(string partNumber) =>
        _partIndex.TryGetValue(partNumber ?? throw new ArgumentNullException(nameof(partNumber)), out int i)
            ? i
            : throw new KeyNotFoundException($"Part '{partNumber}' is not in the compiled catalog.");

    /// <summary>Compiles every part of <paramref name="catalog"/> (each part becomes a row, flattened through its BOM).</summary>
    public static CompiledCatalog Compile(PartCatalog catalog) => CatalogCompiler.Compile(catalog ?? throw new ArgumentNullException(nameof(catalog)));
}
