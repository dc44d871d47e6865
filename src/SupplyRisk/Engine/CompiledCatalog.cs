using System;
using System.Collections.Generic;
using System.Threading;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.Engine;

/// <summary>
/// Every part of a catalog flattened once, for one buyer and one set of reference prices, into flat arrays: a
/// compressed sparse row (CSR) matrix whose entries are, per (part, material), the material's value per unit of the
/// part, its substitutability and the value made inside the buyer; and per part the value made in each country
/// outside the buyer (what part tariffs and content rules act on). Independent of scenario and date: compile once,
/// score under any number of scenarios for this buyer. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Prices and the buyer are fixed here because tariffs and content rules weigh where a part's value is made: folding
/// that in during flattening keeps one number per (part, material) and a short list per part, instead of a country
/// split on every entry. <see cref="CompiledScenario.Compile"/> checks that its context has the same buyer and prices.
/// </remarks>
public sealed class CompiledCatalog
{
    private Dictionary<string, int>? _partIndex;
    private readonly double[] _usdPerKilogram;

    internal CompiledCatalog(
        Buyer buyer,
        string[] partNumbers,
        MaterialId[] materials,
        double[] usdPerKilogram,
        CountryCode[] countries,
        int[] rowStart,
        ushort[] entryMaterial,
        double[] entryValue,
        double[] entrySubstitutability,
        double[]? entryInsideValue,
        int[] outsideStart,
        int[] outsideCountry,
        double[] outsideValue)
    {
        Buyer = buyer;
        PartNumbers = Array.AsReadOnly(partNumbers);
        Materials = Array.AsReadOnly(materials);
        _usdPerKilogram = usdPerKilogram;
        Countries = Array.AsReadOnly(countries);
        RowStart = rowStart;
        EntryMaterial = entryMaterial;
        EntryValue = entryValue;
        EntrySubstitutability = entrySubstitutability;
        EntryInsideValue = entryInsideValue;
        OutsideStart = outsideStart;
        OutsideCountry = outsideCountry;
        OutsideValue = outsideValue;
    }

    /// <summary>The most materials a compiled catalog can hold (material columns are 16-bit).</summary>
    public const int MaximumMaterials = ushort.MaxValue + 1;

    /// <summary>The buyer the catalog was compiled for: who is inside, so whose tariffs apply to raw imports.</summary>
    public Buyer Buyer { get; }

    /// <summary>The number of parts (rows).</summary>
    public int PartCount => RowStart.Length - 1;

    /// <summary>The number of (part, material) entries.</summary>
    public int EntryCount => EntryMaterial.Length;

    /// <summary>
    /// The part number of each row. Rows are stored by level of the bills of materials and, within runs of a
    /// level's rows, by length, not in catalog order: use this list, or <see cref="IndexOf"/>, to map rows to parts.
    /// </summary>
    public IReadOnlyList<string> PartNumbers { get; }

    /// <summary>The materials that occur, by column index.</summary>
    public IReadOnlyList<MaterialId> Materials { get; }

    /// <summary>The made-in countries outside the buyer that occur (the rest of the world included), by index.</summary>
    public IReadOnlyList<CountryCode> Countries { get; }

    internal int[] RowStart { get; }

    /// <summary>Per entry, its material's column.</summary>
    internal ushort[] EntryMaterial { get; }

    /// <summary>Per entry, the material's value in US dollars per unit of the part (grams / 1000 × price).</summary>
    internal double[] EntryValue { get; }

    /// <summary>Per entry, the grams-weighted substitutability; 0 where the material weighs nothing (it cannot stop production).</summary>
    internal double[] EntrySubstitutability { get; }

    /// <summary>Per entry, the part of <see cref="EntryValue"/> made inside the buyer; null when none is.</summary>
    internal double[]? EntryInsideValue { get; }

    /// <summary>Per part, where its list of (country, value made there) begins, CSR-style.</summary>
    internal int[] OutsideStart { get; }

    /// <summary>Per (part, country) item, the index into <see cref="Countries"/>.</summary>
    internal int[] OutsideCountry { get; }

    /// <summary>Per (part, country) item, the value in US dollars made in that country outside the buyer.</summary>
    internal double[] OutsideValue { get; }

    /// <summary>The reference price (US dollars per kilogram) the catalog was compiled with, per material column.</summary>
    internal double UsdPerKilogram(int material) => _usdPerKilogram[material];

    /// <summary>The row of a part.</summary>
    /// <exception cref="KeyNotFoundException">The part is not in the compiled catalog.</exception>
    public int IndexOf(string partNumber) =>
        PartIndex.TryGetValue(partNumber ?? throw new ArgumentNullException(nameof(partNumber)), out int i)
            ? i
            : throw new KeyNotFoundException($"Part '{partNumber}' is not in the compiled catalog.");

    /// <summary>Part number → row, built on first use (scoring whole catalogs never needs it).</summary>
    private Dictionary<string, int> PartIndex => LazyInitializer.EnsureInitialized(ref _partIndex, () =>
    {
        var index = new Dictionary<string, int>(PartNumbers.Count, StringComparer.Ordinal);
        for (int i = 0; i < PartNumbers.Count; i++)
        {
            index[PartNumbers[i]] = i;
        }

        return index;
    })!;

    /// <summary>
    /// Compiles every part of <paramref name="catalog"/> for <paramref name="buyer"/> with the reference prices of
    /// <paramref name="data"/> (each part becomes a row, flattened through its BOM), on all cores.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A material has no reference price in <paramref name="data"/> (every one is listed, with a part that uses it),
    /// the catalog has more than <see cref="MaximumMaterials"/> materials, or a part flattens to an implausible mass.
    /// </exception>
    public static CompiledCatalog Compile(PartCatalog catalog, ReferenceDataset data, Buyer buyer) =>
        Compile(catalog, data, buyer, -1);

    /// <summary>
    /// Compiles every part of <paramref name="catalog"/> for <paramref name="buyer"/> with the reference prices of
    /// <paramref name="data"/>, on at most <paramref name="maxDegreeOfParallelism"/> threads (-1: as many as the
    /// machine has; 1: the calling thread only). Parts are compiled level by level, each level's parts in parallel;
    /// the result is bit-identical whatever the degree of parallelism.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below -1.</exception>
    /// <exception cref="ArgumentException">
    /// A material has no reference price in <paramref name="data"/> (every one is listed, with a part that uses it),
    /// the catalog has more than <see cref="MaximumMaterials"/> materials, or a part flattens to an implausible mass
    /// (the part named is the first such part in the order parts are compiled: lowest level first, then catalog
    /// order, so the deepest offender, whatever the thread count).
    /// </exception>
    public static CompiledCatalog Compile(PartCatalog catalog, ReferenceDataset data, Buyer buyer, int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Give -1 (all cores) or a positive thread count.");
        }

        return CatalogCompiler.Compile(
            catalog ?? throw new ArgumentNullException(nameof(catalog)),
            data ?? throw new ArgumentNullException(nameof(data)),
            buyer ?? throw new ArgumentNullException(nameof(buyer)),
            maxDegreeOfParallelism);
    }
}
