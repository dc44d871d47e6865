using System.Collections.Concurrent;
using System.Threading.Tasks;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Parts;

namespace SupplyRisk.Engine;

/// <summary>
/// Flattens a whole catalog. Rows are computed level by level (<see cref="RowOrder"/>: children before parents) and
/// stored in that order, except that each block of <see cref="SortBlock"/> rows of a level is sorted by length, then
/// by country-list length (so the scoring kernel's loops repeat the same trip count for long stretches of rows). The
/// first pass ORs bit sets (which materials, which outside countries each part contains), so every row's length is
/// known and the output arrays are allocated once, at their exact size. The second pass (<see cref="RowFiller"/>)
/// fills the rows in storage order, each from its own lines plus its children's rows (already written) times the
/// quantities, accumulated in dense scratch arrays and written in column order. Everything accumulated is linear in
/// the quantities (grams, substitutability × grams, value made inside the buyer, value made in each outside country),
/// so a child's row is reused as it stands. A last pass turns grams into value and checks for implausible masses.
/// Time is proportional to the entries written plus the entries read from children (plus, per thread, one scratch over
/// the column spaces); memory to the entries written.
/// </summary>
/// <remarks>
/// The rows of one level depend only on lower levels, so each pass runs a level's rows on several threads. Each row
/// is computed by one thread, in the same order of operations whatever the thread count, so the compiled catalog is
/// bit-identical for any degree of parallelism.
/// </remarks>
internal static class CatalogCompiler
{
    /// <summary>Rows handed to a thread at a time; levels no longer than this run on the calling thread.</summary>
    private const int Grain = 2048;

    /// <summary>
    /// Rows sorted by length together: within each run of this many consecutive rows of one level. Long enough that
    /// the scoring kernel sees long stretches of equal row lengths, short enough that the parts whose rows are filled
    /// one after another lie close together in the catalog (their data in cache) and are written forward.
    /// </summary>
    internal const int SortBlock = 4096;

    /// <summary>Blocks sorted by one thread at a time.</summary>
    private const int BlocksPerTask = 8;

    public static CompiledCatalog Compile(PartCatalog catalog, ReferenceDataset data, Buyer buyer, double? coverDays, int maxDegreeOfParallelism)
    {
        Part[] parts = catalog.PartArray;
        var columns = new CatalogColumns(parts, data, buyer, p => data.CoverDaysOf(p, coverDays), maxDegreeOfParallelism);
        RowOrder order = RowOrder.ByLevel(catalog);
        int[] partOfRow = order.PartOfRow;
        int[][] children = catalog.ChildIndices;
        RouteChains chains = RouteChains.Number(parts, children, partOfRow);
        var materialSets = new PartBitSets(parts.Length, columns.Materials.Count);
        var countrySets = new PartBitSets(parts.Length, columns.Origins.Count);

        // Pass 1: which materials and origins of assembled goods each part holds, hence every row's length.
        var rowLength = new int[parts.Length];
        var outsideLength = new int[parts.Length];
        ForEachLevel(order, maxDegreeOfParallelism, () => (object?)null, (from, to, _) =>
        {
            for (int row = from; row < to; row++)
            {
                int p = partOfRow[row];
                for (int l = columns.LineStart[p]; l < columns.LineStart[p + 1]; l++)
                {
                    materialSets.Add(p, columns.LineMaterial[l]);
                }

                foreach (int k in columns.MadeIn[p].Origins)
                {
                    countrySets.Add(p, k);
                }

                foreach (int child in children[p])
                {
                    materialSets.UnionWith(p, child);
                    countrySets.UnionWith(p, child);
                }

                rowLength[row] = materialSets.Count(p);
                outsideLength[row] = countrySets.Count(p);
            }
        });

        // Storage order: by level, and within each block of a level's rows by length, then by country count. Rows are
        // filled in this order, so the stores go forward through the arrays and the parts read one after another lie
        // within one block of the catalog; the scoring kernel's loops run the same number of times for long stretches
        // of rows, so their exits are predicted. Each block is sorted on its own (two stable counting sorts), blocks in
        // parallel.
        int[] blockStart = order.BlockStarts(SortBlock);
        var rowOfSlot = new int[parts.Length];
        int materialCount = columns.Materials.Count;
        int countryCount = columns.Origins.Count;
        ForEachRange(0, blockStart.Length - 1, maxDegreeOfParallelism, () => new BlockSortScratch(materialCount, countryCount), _ => { }, (first, last, scratch) =>
        {
            for (int block = first; block < last; block++)
            {
                int from = blockStart[block];
                int count = blockStart[block + 1] - from;
                Span<int> rows = scratch.Rows.AsSpan(0, count);
                for (int i = 0; i < count; i++)
                {
                    rows[i] = from + i;
                }

                Span<int> byCountries = scratch.ByCountries.AsSpan(0, count);
                CountingSort.StableInto(rows, outsideLength, scratch.CountryCounts, byCountries);
                CountingSort.StableInto(byCountries, rowLength, scratch.LengthCounts, rowOfSlot.AsSpan(from, count));
            }
        }, grain: BlocksPerTask);

        var partOfSlot = new int[parts.Length];
        var slotOfPart = new int[parts.Length];
        var rowStart = new int[parts.Length + 1];
        var outsideStart = new int[parts.Length + 1];
        for (int slot = 0; slot < parts.Length; slot++)
        {
            int row = rowOfSlot[slot];
            partOfSlot[slot] = partOfRow[row];
            slotOfPart[partOfRow[row]] = slot;
            rowStart[slot + 1] = checked(rowStart[slot] + rowLength[row]);
            outsideStart[slot + 1] = checked(outsideStart[slot] + outsideLength[row]);
        }

        // Pass 2: fill the rows. Grams and substitutability × grams are kept until every row is written.
        var filler = new RowFiller(columns, parts, children, partOfSlot, slotOfPart, rowStart, outsideStart, materialSets, countrySets, chains);
        ForEachLevel(order, maxDegreeOfParallelism, () => new RowFiller.Scratch(columns.Materials.Count, columns.Origins.Count), filler.Fill);
        ushort[] entryMaterial = filler.EntryMaterial;
        double[] entryGrams = filler.EntryGrams;
        double[] entrySigmaGrams = filler.EntrySigmaGrams;
        double[] price = columns.UsdPerKilogram;

        // Routes packed in storage order, row after row and entry after entry: per row where its items begin, per entry
        // how many it has, per item the route (16-bit) and the entry's share of grams taking it (single precision:
        // results stay within 1e-6 of the reference, docs/methodology.md §10.8), equal shares where it weighs nothing.
        int[] entryRouteCount = filler.EntryRouteCount;
        if (chains.Count * columns.Places.Count > CompiledCatalog.MaximumRoutes)
        {
            throw new ArgumentException($"The catalog has {chains.Count} chains of material-form parts × {columns.Places.Count} places = {chains.Count * columns.Places.Count} routes; a compiled catalog holds at most {CompiledCatalog.MaximumRoutes}.", nameof(catalog));
        }

        var rowRouteStart = new int[parts.Length + 1];
        var routeCount = UninitializedArray.Create<ushort>(entryMaterial.Length);
        for (int slot = 0; slot < parts.Length; slot++)
        {
            int items = 0;
            for (int e = rowStart[slot]; e < rowStart[slot + 1]; e++)
            {
                routeCount[e] = (ushort)entryRouteCount[e];
                items += entryRouteCount[e];
            }

            rowRouteStart[slot + 1] = checked(rowRouteStart[slot] + items);
        }

        ushort[] routeId = UninitializedArray.Create<ushort>(rowRouteStart[parts.Length]);
        float[] routeFraction = UninitializedArray.Create<float>(routeId.Length);

        // Grams become value (as the reference scorer computes it); substitutability × grams becomes the
        // grams-weighted substitutability, 0 where the material weighs nothing. Implausible masses are found here,
        // the first in the order rows were computed (the deepest offender) reported, whatever the thread count. The
        // columns the kernel reads are stored in single precision (docs/methodology.md §10.8: results stay within 1e-6
        // of the reference; the bytes per entry bound the kernel on large catalogs).
        float[] value = UninitializedArray.Create<float>(entryMaterial.Length);
        float[] sigma = UninitializedArray.Create<float>(entryMaterial.Length);
        float[] cover = UninitializedArray.Create<float>(entryMaterial.Length);
        double[] entryCover = filler.EntryCover;
        var checks = new ConcurrentBag<FinalCheck>();
        ForEachRange(0, parts.Length, maxDegreeOfParallelism, () => new FinalCheck(), checks.Add, (from, to, check) =>
        {
            for (int slot = from; slot < to; slot++)
            {
                int[] routes = filler.SlotRoutes[slot];
                double[] routeGrams = filler.SlotRouteGrams[slot];
                int local = 0;
                int item = rowRouteStart[slot];
                for (int e = rowStart[slot]; e < rowStart[slot + 1]; e++)
                {
                    double g = entryGrams[e];
                    int count = entryRouteCount[e];
                    for (int r = 0; r < count; r++, local++, item++)
                    {
                        routeId[item] = (ushort)routes[local];
                        routeFraction[item] = (float)(g > 0 ? routeGrams[local] / g : 1.0 / count);
                    }

                    if (PartCatalog.IsImplausibleFlatGrams(g) && rowOfSlot[slot] < check.FirstBadRow)
                    {
                        check.FirstBadRow = rowOfSlot[slot];
                        check.FirstBadMaterial = entryMaterial[e];
                        check.FirstBadGrams = g;
                    }

                    sigma[e] = (float)(g > 0 ? entrySigmaGrams[e] / g : 0);
                    value[e] = (float)(g / 1000.0 * price[entryMaterial[e]]);
                    cover[e] = (float)entryCover[e];
                }
            }
        });

        FinalCheck first = new();
        foreach (FinalCheck check in checks)
        {
            first = check.FirstBadRow < first.FirstBadRow ? check : first;
        }

        if (first.FirstBadRow != int.MaxValue)
        {
            PartCatalog.CheckFlatGrams(parts[partOfRow[first.FirstBadRow]].PartNumber, columns.Materials[first.FirstBadMaterial], first.FirstBadGrams);
        }

        return new CompiledCatalog(
            buyer,
            coverDays,
            catalog,
            chains.Chains.ToArray(),
            columns.Places.ToArray(),
            filler.PartNumbers,
            columns.Materials.ToArray(),
            price,
            columns.Origins.ToArray(),
            rowStart,
            entryMaterial,
            value,
            sigma,
            outsideStart,
            filler.OutsideCountry,
            filler.OutsideValue,
            cover,
            rowRouteStart,
            routeCount,
            routeId,
            routeFraction,
            slotOfPart);
    }

    /// <summary>
    /// Runs <paramref name="body"/> on ranges of rows (computing order) covering every row, one level after another,
    /// each level's ranges in parallel (see <see cref="ForEachRange"/>). Scratches are made once per thread that needs
    /// one and passed from level to level (a body leaves its scratch as it found it), so a deep catalog does not pay
    /// for a scratch per level.
    /// </summary>
    private static void ForEachLevel<TScratch>(RowOrder order, int maxDegreeOfParallelism, Func<TScratch> newScratch, Action<int, int, TScratch> body)
    {
        var idle = new ConcurrentBag<TScratch>();
        Func<TScratch> rent = () => idle.TryTake(out TScratch? scratch) ? scratch : newScratch();
        Action<TScratch> giveBack = idle.Add; // both delegates made once, not per level
        for (int level = 0; level < order.Levels; level++)
        {
            ForEachRange(order.LevelStart[level], order.LevelStart[level + 1], maxDegreeOfParallelism, rent, giveBack, body);
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> on items (rows, or blocks of rows) <paramref name="from"/> to <paramref name="to"/>
    /// (exclusive): as one range on the calling thread when <paramref name="maxDegreeOfParallelism"/> is 1 or there are
    /// at most <paramref name="grain"/> items, otherwise in ranges of at most <paramref name="grain"/> items on up to
    /// <paramref name="maxDegreeOfParallelism"/> threads. Each thread has a scratch of its own from
    /// <paramref name="rent"/>, handed back to <paramref name="giveBack"/> when the thread is done.
    /// </summary>
    private static void ForEachRange<TScratch>(int from, int to, int maxDegreeOfParallelism, Func<TScratch> rent, Action<TScratch> giveBack, Action<int, int, TScratch> body, int grain = Grain)
    {
        if (maxDegreeOfParallelism == 1 || to - from <= grain)
        {
            TScratch scratch = rent();
            body(from, to, scratch);
            giveBack(scratch);
            return;
        }

        Parallel.ForEach(
            Partitioner.Create(from, to, grain),
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            rent,
            (range, _, scratch) =>
            {
                body(range.Item1, range.Item2, scratch);
                return scratch;
            },
            giveBack);
    }

    /// <summary>One thread's buffers for sorting blocks of rows by length and country count.</summary>
    private sealed class BlockSortScratch
    {
        public BlockSortScratch(int materials, int countries)
        {
            LengthCounts = new int[materials + 2];
            CountryCounts = new int[countries + 2];
        }

        public int[] Rows { get; } = new int[SortBlock];

        public int[] ByCountries { get; } = new int[SortBlock];

        /// <summary>Counts per row length (0 to the number of materials).</summary>
        public int[] LengthCounts { get; }

        /// <summary>Counts per country-list length (0 to the number of outside countries).</summary>
        public int[] CountryCounts { get; }
    }

    /// <summary>What one thread found while finishing its rows.</summary>
    private sealed class FinalCheck
    {
        /// <summary>The first row (of this thread's) whose flattened grams are implausible; int.MaxValue if none.</summary>
        public int FirstBadRow { get; set; } = int.MaxValue;

        public int FirstBadMaterial { get; set; }

        public double FirstBadGrams { get; set; }
    }
}
