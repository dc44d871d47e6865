using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Scoring;

namespace SupplyRisk.Engine;

/// <summary>
/// The column spaces (materials and their prices, outside countries), each material line's column and each part's
/// made-in split: every dictionary look-up of the compilation, done once.
/// </summary>
/// <remarks>
/// Materials are numbered by the buyer's supply risk, highest first, and among equal risks in order of first use (parts
/// in catalog order, lines in part order), whatever the thread count: chunks of parts number their materials in
/// parallel, the chunks' numberings are merged in catalog order, then the columns are ordered by supply risk.
/// </remarks>
internal sealed class CatalogColumns
{
    /// <summary>Parts numbered by one task in the parallel step.</summary>
    private const int ChunkParts = 16384;

    public CatalogColumns(Part[] parts, ReferenceDataset data, Buyer buyer, Func<Part, double> coverDays, int maxDegreeOfParallelism)
    {
        LineStart = new int[parts.Length + 1];
        for (int p = 0; p < parts.Length; p++)
        {
            LineStart[p + 1] = checked(LineStart[p] + parts[p].Materials.Count);
        }

        LineMaterial = UninitializedArray.Create<int>(LineStart[parts.Length]);

        // Each chunk numbers its materials in order of first use.
        var chunks = new ChunkMaterials[(parts.Length + ChunkParts - 1) / ChunkParts];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, chunks.Length, options, c => chunks[c] = ReadChunk(parts, LineStart, LineMaterial, c * ChunkParts, Math.Min(parts.Length, (c + 1) * ChunkParts)));

        // The chunks' numberings merged in catalog order: the same columns as one sequential pass would give.
        var materialIndex = new Dictionary<MaterialId, int>();
        var firstUser = new List<string>();
        foreach (ChunkMaterials chunk in chunks)
        {
            for (int m = 0; m < chunk.Materials.Count; m++)
            {
                if (!materialIndex.TryGetValue(chunk.Materials[m], out int mi))
                {
                    mi = Materials.Count;
                    materialIndex.Add(chunk.Materials[m], mi);
                    Materials.Add(chunk.Materials[m]);
                    firstUser.Add(parts[chunk.FirstUser[m]].PartNumber);
                }

                chunk.Column[m] = mi;
            }
        }

        // Columns ordered by the buyer's supply risk, highest first (then by first use): the materials shocks usually
        // reach sit together at the start of every row, so the kernel's test of whether a shock reaches an entry's
        // material is predicted for long runs (measured 11 % faster at 100k parts under trade-war-2025).
        RenumberBySupplyRisk(data, buyer, chunks, firstUser);

        if (Materials.Count > CompiledCatalog.MaximumMaterials)
        {
            throw new ArgumentException($"The catalog has {Materials.Count} materials; a compiled catalog holds at most {CompiledCatalog.MaximumMaterials}.", "catalog");
        }

        Parallel.For(0, chunks.Length, options, c =>
        {
            int[] column = chunks[c].Column;
            for (int l = LineStart[c * ChunkParts]; l < LineStart[Math.Min(parts.Length, (c + 1) * ChunkParts)]; l++)
            {
                LineMaterial[l] = column[LineMaterial[l]];
            }
        });

        UsdPerKilogram = new double[Materials.Count];
        var problems = new List<string>();
        for (int i = 0; i < Materials.Count; i++)
        {
            MaterialPrice? price = data.FindPrice(Materials[i]);
            if (price is null)
            {
                problems.Add($"material '{Materials[i]}' (used by part '{firstUser[i]}') has no reference price");
            }
            else
            {
                UsdPerKilogram[i] = price.UsdPerKilogram;
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The catalog cannot be compiled: " + string.Join("; ", problems) + ".", "data");
        }

        // Made-in splits, numbering outside countries and places in order of first use; each part's cover.
        var originIndex = new Dictionary<GoodsOrigin, int>();
        var placeIndex = new Dictionary<CountryCode, int>();
        var splits = new Dictionary<(CountryShares MadeIn, ItemClass Class, PartCategory Category, string? HsCode, string? Maker), MadeInSplit>(); // parts often share one made-in instance
        MadeIn = new MadeInSplit[parts.Length];
        Cover = new double[parts.Length];
        for (int p = 0; p < parts.Length; p++)
        {
            Part part = parts[p];
            CountryShares madeIn = part.MadeIn;
            var key = (madeIn, part.ItemClass, part.Category, part.HsCode, part.Maker); // every field of the origin (makers differing in case only give equal splits)
            if (!splits.TryGetValue(key, out MadeInSplit? split))
            {
                split = Split(part, buyer, originIndex, placeIndex);
                splits.Add(key, split);
            }

            MadeIn[p] = split;
            double days = coverDays(parts[p]);
            if (double.IsNaN(days) || double.IsInfinity(days) || days < 0)
            {
                throw new ArgumentException($"The days of cover of part '{parts[p].PartNumber}' must be a finite, non-negative number.", "catalog");
            }

            Cover[p] = days;
        }

        Origins = originIndex.OrderBy(pair => pair.Value).Select(pair => pair.Key).ToList();
        Places = placeIndex.OrderBy(pair => pair.Value).Select(pair => pair.Key).ToList();
    }

    public List<MaterialId> Materials { get; } = new();

    public double[] UsdPerKilogram { get; }

    /// <summary>The origins of assembled goods made outside the buyer that occur (country, class, category), by index.</summary>
    public List<GoodsOrigin> Origins { get; }

    /// <summary>Per part, where its material lines begin in the line arrays (length parts + 1).</summary>
    public int[] LineStart { get; }

    /// <summary>Per material line (parts in catalog order, lines in part order), its material column.</summary>
    public int[] LineMaterial { get; }

    public MadeInSplit[] MadeIn { get; }

    /// <summary>Every made-in country that occurs (the rest of the world included), by index: where materials are consumed.</summary>
    public List<CountryCode> Places { get; }

    /// <summary>Per part, the days of cover its user holds of it.</summary>
    public double[] Cover { get; }

    /// <summary>Renumbers the merged columns by the buyer's SR (highest first; materials without one last), ties by first use.</summary>
    private void RenumberBySupplyRisk(ReferenceDataset data, Buyer buyer, ChunkMaterials[] chunks, List<string> firstUser)
    {
        var assessor = new SupplyRiskAssessor(data);
        double Risk(MaterialId id) =>
            data.TryGetMaterial(id, out Material material) && SupplyRiskAssessor.CanAssess(material, out _) ? assessor.Assess(id, buyer).Value : double.NegativeInfinity;
        double[] risk = Materials.Select(Risk).ToArray();
        int[] order = Enumerable.Range(0, Materials.Count).OrderByDescending(i => risk[i]).ThenBy(i => i).ToArray();
        var column = new int[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            column[order[k]] = k;
        }

        MaterialId[] materials = order.Select(i => Materials[i]).ToArray();
        string[] users = order.Select(i => firstUser[i]).ToArray();
        Materials.Clear();
        Materials.AddRange(materials);
        firstUser.Clear();
        firstUser.AddRange(users);
        foreach (ChunkMaterials chunk in chunks)
        {
            for (int m = 0; m < chunk.Column.Length; m++)
            {
                chunk.Column[m] = column[chunk.Column[m]];
            }
        }
    }

    /// <summary>
    /// Parts <paramref name="from"/> to <paramref name="to"/> (exclusive): each line's material numbered within the
    /// chunk, written to <paramref name="lineMaterial"/> (renumbered once the chunks are merged).
    /// </summary>
    private static ChunkMaterials ReadChunk(Part[] parts, int[] lineStart, int[] lineMaterial, int from, int to)
    {
        var materials = new List<MaterialId>();
        var firstUser = new List<int>();
        var index = new Dictionary<MaterialId, int>();
        for (int p = from; p < to; p++)
        {
            IReadOnlyList<MaterialContent> lines = parts[p].Materials;
            int l = lineStart[p];
            for (int i = 0; i < lines.Count; i++, l++)
            {
                MaterialId material = lines[i].Material;
                if (!index.TryGetValue(material, out int local))
                {
                    local = materials.Count;
                    index.Add(material, local);
                    materials.Add(material);
                    firstUser.Add(p);
                }

                lineMaterial[l] = local;
            }
        }

        return new ChunkMaterials(materials, firstUser);
    }

    /// <summary>
    /// Where a part is made, in the catalog's place space, and for an assembled part the share made inside the buyer and
    /// the origins (outside country, class, category) it enters the buyer as; a material form has no origin and passes its
    /// children's imports on whole.
    /// </summary>
    private static MadeInSplit Split(Part part, Buyer buyer, Dictionary<GoodsOrigin, int> originIndex, Dictionary<CountryCode, int> placeIndex)
    {
        bool assembled = !part.ItemClass.IsMaterialForm();
        double inside = 0;
        var origins = new List<int>();
        var shares = new List<double>();
        var places = new List<int>();
        var placeShares = new List<double>();
        foreach (CountryShare share in part.MadeIn.Entries)
        {
            if (!placeIndex.TryGetValue(share.Country, out int place))
            {
                place = placeIndex.Count;
                placeIndex.Add(share.Country, place);
            }

            places.Add(place);
            placeShares.Add(share.Share);
            if (!share.Country.IsRestOfWorld && buyer.Contains(share.Country))
            {
                inside += share.Share;
                continue;
            }

            if (!assembled)
            {
                continue;
            }

            var origin = new GoodsOrigin(share.Country, part.ItemClass, part.Category, part.HsCode, part.Maker);
            if (!originIndex.TryGetValue(origin, out int k))
            {
                k = originIndex.Count;
                originIndex.Add(origin, k);
            }

            origins.Add(k);
            shares.Add(share.Share);
        }

        return new MadeInSplit(assembled ? inside : 1.0, origins.ToArray(), shares.ToArray(), places.ToArray(), placeShares.ToArray());
    }

    /// <summary>One chunk's materials in order of first use, the part that first used each, and (once merged) their columns.</summary>
    private sealed class ChunkMaterials
    {
        public ChunkMaterials(List<MaterialId> materials, List<int> firstUser)
        {
            Materials = materials;
            FirstUser = firstUser;
            Column = new int[materials.Count];
        }

        /// <summary>The chunk's materials, in order of first use within the chunk.</summary>
        public List<MaterialId> Materials { get; }

        /// <summary>Per chunk material, the index of the part that first used it.</summary>
        public List<int> FirstUser { get; }

        /// <summary>Per chunk material, its column in the whole catalog (filled when the chunks are merged).</summary>
        public int[] Column { get; }
    }
}
