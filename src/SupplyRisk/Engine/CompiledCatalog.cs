using System.Collections.Generic;
using System.Threading;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.Engine;

/// <summary>
/// Every part of a catalog flattened once, for one buyer and one set of reference prices, into flat arrays: a
/// compressed sparse row (CSR) matrix whose entries are, per (part, material), the material's value per unit of the
/// part and its substitutability; and per part the value entering the buyer inside assembled goods, by origin (what
/// the buyer's tariffs on parts and products act on). Independent of scenario and date: compile once,
/// score under any number of scenarios for this buyer. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Prices and the buyer are fixed here because tariffs and content rules weigh where a part's value is made: folding
/// that in during flattening keeps one number per (part, material) and a short list per part, instead of a country
/// split on every entry. <see cref="CompiledScenario.Compile(Scoring.ExposureScorer, CompiledCatalog)"/> checks that its context has the same buyer and prices.
/// </remarks>
public sealed class CompiledCatalog
{
    private Dictionary<string, int>? _partIndex;
    private readonly double[] _usdPerKilogram;
    private readonly PartCatalog _parts;
    private readonly int[] _slotOfPart;

    internal CompiledCatalog(
        Buyer buyer,
        double? coverDays,
        PartCatalog parts,
        int[][] chains,
        CountryCode[] places,
        string[] partNumbers,
        MaterialId[] materials,
        double[] usdPerKilogram,
        GoodsOrigin[] origins,
        int[] rowStart,
        ushort[] entryMaterial,
        float[] entryValue,
        float[] entrySubstitutability,
        int[] outsideStart,
        int[] outsideCountry,
        double[] outsideValue,
        float[] entryCover,
        int[] rowRouteStart,
        ushort[] entryRouteCount,
        ushort[] routeId,
        float[] routeFraction,
        int[] slotOfPart)
    {
        Buyer = buyer;
        CoverDays = coverDays;
        _parts = parts;
        Chains = chains;
        Places = Array.AsReadOnly(places);
        EntryCover = entryCover;
        RowRouteStart = rowRouteStart;
        EntryRouteCount = entryRouteCount;
        RouteId = routeId;
        RouteFraction = routeFraction;
        _slotOfPart = slotOfPart;
        PartNumbers = Array.AsReadOnly(partNumbers);
        Materials = Array.AsReadOnly(materials);
        _usdPerKilogram = usdPerKilogram;
        Origins = Array.AsReadOnly(origins);
        RowStart = rowStart;
        EntryMaterial = entryMaterial;
        EntryValue = entryValue;
        EntrySubstitutability = entrySubstitutability;
        OutsideStart = outsideStart;
        OutsideCountry = outsideCountry;
        OutsideValue = outsideValue;
    }

    /// <summary>The most materials a compiled catalog can hold (material columns are 16-bit).</summary>
    public const int MaximumMaterials = ushort.MaxValue + 1;

    /// <summary>The most routes (chains of material-form parts × places) a compiled catalog can hold (route ids are 16-bit).</summary>
    public const int MaximumRoutes = ushort.MaxValue + 1;

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

    /// <summary>
    /// The origins of assembled goods made outside the buyer that occur (country, including the rest of the world; item
    /// class; category), by index: what the buyer's tariffs on parts and products act on.
    /// </summary>
    public IReadOnlyList<GoodsOrigin> Origins { get; }

    internal int[] RowStart { get; }

    /// <summary>Per entry, its material's column.</summary>
    internal ushort[] EntryMaterial { get; }

    /// <summary>Per entry, the material's value in US dollars per unit of the part (grams / 1000 × price).</summary>
    internal float[] EntryValue { get; }

    /// <summary>Per entry, the grams-weighted substitutability; 0 where the material weighs nothing (it cannot stop production).</summary>
    internal float[] EntrySubstitutability { get; }

    /// <summary>Per part, where its list of (origin, value entering the buyer as it) begins, CSR-style.</summary>
    internal int[] OutsideStart { get; }

    /// <summary>Per (part, origin) item, the index into <see cref="Origins"/>.</summary>
    internal int[] OutsideCountry { get; }

    /// <summary>Per (part, origin) item, the value in US dollars entering the buyer as that origin (docs/methodology.md, "Tariffs").</summary>
    internal double[] OutsideValue { get; }

    /// <summary>The uniform days of cover the catalog was compiled with (<see cref="Scoring.ScoringOptions.CoverDays"/>); null when each part's own (or the dataset's default) was used.</summary>
    public double? CoverDays { get; }

    /// <summary>Every country where parts are made (the rest of the world included), by index: the places where materials are consumed.</summary>
    public IReadOnlyList<CountryCode> Places { get; }

    /// <summary>Per chain of material-form parts, their catalog indices, innermost first (chain 0 is empty).</summary>
    internal int[][] Chains { get; }

    /// <summary>The number of routes: chains × places; route <c>r</c> is chain <c>r / places</c> to place <c>r % places</c>.</summary>
    internal int RouteCount => Chains.Length * Places.Count;

    /// <summary>Per entry, the days of cover held of the parts along the material's least-covered path.</summary>
    internal float[] EntryCover { get; }

    /// <summary>Per row, where its entries' route items begin (length rows + 1); an entry's items follow the previous entry's.</summary>
    internal int[] RowRouteStart { get; }

    /// <summary>Per entry, how many routes it has.</summary>
    internal ushort[] EntryRouteCount { get; }

    /// <summary>Per route item, the route (chain × places + place).</summary>
    internal ushort[] RouteId { get; }

    /// <summary>Per route item, the share of the entry's grams taking it (single precision).</summary>
    internal float[] RouteFraction { get; }

    /// <summary>The catalog part at a catalog index (for chains of material-form parts).</summary>
    internal Part PartAt(int index) => _parts.PartArray[index];

    /// <summary>The catalog compiled (for the exact grams of material-form parts).</summary>
    internal PartCatalog Source => _parts;

    /// <summary>The row of the catalog part at a catalog index.</summary>
    internal int RowOfPart(int index) => _slotOfPart[index];

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
        Compile(catalog, data, buyer, null, -1);

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
    public static CompiledCatalog Compile(PartCatalog catalog, ReferenceDataset data, Buyer buyer, int maxDegreeOfParallelism) =>
        Compile(catalog, data, buyer, null, maxDegreeOfParallelism);

    /// <summary>
    /// Compiles every part of <paramref name="catalog"/> for <paramref name="buyer"/> with the reference prices of
    /// <paramref name="data"/>, holding <paramref name="coverDays"/> days of cover of every part (null: each part's own,
    /// else the dataset's default for its category and item class), on at most <paramref name="maxDegreeOfParallelism"/>
    /// threads. Score it with contexts whose <see cref="Scoring.ScoringOptions.CoverDays"/> is the same.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below -1, or the cover is out of range.</exception>
    /// <exception cref="ArgumentException">As <see cref="Compile(PartCatalog, ReferenceDataset, Buyer, int)"/>.</exception>
    public static CompiledCatalog Compile(PartCatalog catalog, ReferenceDataset data, Buyer buyer, double? coverDays, int maxDegreeOfParallelism)
    {
        if (coverDays is double days && (double.IsNaN(days) || days < 0 || days > Part.MaximumCoverDays))
        {
            throw new ArgumentOutOfRangeException(nameof(coverDays), days, $"Days of cover must lie within [0, {Part.MaximumCoverDays}].");
        }

        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Give -1 (all cores) or a positive thread count.");
        }

        return CatalogCompiler.Compile(
            catalog ?? throw new ArgumentNullException(nameof(catalog)),
            data ?? throw new ArgumentNullException(nameof(data)),
            buyer ?? throw new ArgumentNullException(nameof(buyer)),
            coverDays,
            maxDegreeOfParallelism);
    }
}
