using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
#if NET5_0_OR_GREATER
using System.Runtime.Intrinsics.X86;
#endif
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.Engine;

/// <summary>
/// Flattens a whole catalog. Rows are computed level by level (<see cref="RowOrder"/>: children before parents) and
/// stored by length, then by country-list length (so the scoring kernel's loops repeat the same trip count for long
/// stretches of rows). The first pass ORs bit sets (which materials, which outside countries each part contains), so
/// every row's length is known and the output arrays are allocated once, at their exact size. The second pass fills
/// each row: its own lines plus its children's rows (already written) times the quantities, accumulated in dense
/// scratch arrays and written in column order. Everything accumulated is linear in the quantities (grams,
/// substitutability × grams, value made inside the buyer, value made in each outside country), so a child's row is
/// reused as it stands. A last pass turns grams into value and checks for implausible masses. Time is proportional to
/// the entries written plus the entries read from children (plus, per thread, one scratch over the column spaces);
/// memory to the entries written.
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

    public static CompiledCatalog Compile(PartCatalog catalog, ReferenceDataset data, Buyer buyer, int maxDegreeOfParallelism)
    {
        Part[] parts = catalog.PartArray;
        int[][] children = catalog.ChildIndices;
        var columns = new CatalogColumns(parts, data, buyer);
        RowOrder order = RowOrder.ByLevel(catalog);
        int[] partOfRow = order.PartOfRow;
        var materialSets = new PartBitSets(parts.Length, columns.Materials.Count);
        var countrySets = new PartBitSets(parts.Length, columns.Countries.Count);

        // Pass 1: which materials and outside countries each part holds, hence every row's length.
        var rowLength = new int[parts.Length];
        var outsideLength = new int[parts.Length];
        ForEachLevel(order, maxDegreeOfParallelism, () => (object?)null, (row, _) =>
        {
            int p = partOfRow[row];
            for (int l = columns.LineStart[p]; l < columns.LineStart[p + 1]; l++)
            {
                materialSets.Add(p, columns.LineMaterial[l]);
            }

            if (columns.LineStart[p] < columns.LineStart[p + 1])
            {
                foreach (int k in columns.MadeIn[p].Countries)
                {
                    countrySets.Add(p, k);
                }
            }

            foreach (int child in children[p])
            {
                materialSets.UnionWith(p, child);
                countrySets.UnionWith(p, child);
            }

            rowLength[row] = materialSets.Count(p);
            outsideLength[row] = countrySets.Count(p);
        });

        // Rows are stored by length (then by country count), not in the order they are computed: the scoring
        // kernel's loops then run the same number of times for long stretches of rows, so their exits are predicted.
        int[] byCountries = CountingSort.Stable(CountingSort.Indices(parts.Length), outsideLength, columns.Countries.Count, out _);
        int[] rowOfSlot = CountingSort.Stable(byCountries, rowLength, columns.Materials.Count, out _);
        var slotOfPart = new int[parts.Length];
        var rowStart = new int[parts.Length + 1];
        var outsideStart = new int[parts.Length + 1];
        for (int slot = 0; slot < parts.Length; slot++)
        {
            int row = rowOfSlot[slot];
            slotOfPart[partOfRow[row]] = slot;
            rowStart[slot + 1] = checked(rowStart[slot] + rowLength[row]);
            outsideStart[slot + 1] = checked(outsideStart[slot] + outsideLength[row]);
        }

        // Pass 2: fill the rows. Grams and substitutability × grams are kept until every row is written.
        int entries = rowStart[parts.Length];
        var entryMaterial = new ushort[entries];
        var entryGrams = new double[entries];
        var entrySigmaGrams = new double[entries];
        var entryInside = new double[entries];
        var outsideCountry = new int[outsideStart[parts.Length]];
        var outsideValue = new double[outsideCountry.Length];
        var partNumbers = new string[parts.Length];
        double[] price = columns.UsdPerKilogram;
        ForEachLevel(order, maxDegreeOfParallelism, () => new Scratch(columns.Materials.Count, columns.Countries.Count), (row, scratch) =>
        {
            int p = partOfRow[row];
            int slot = slotOfPart[p];
            Part part = parts[p];
            double[] grams = scratch.Grams;
            double[] sigmaGrams = scratch.SigmaGrams;
            double[] insideValue = scratch.InsideValue;
            double[] countryValue = scratch.CountryValue;

            // The part's own lines, made where the part is made.
            MadeInSplit made = columns.MadeIn[p];
            IReadOnlyList<MaterialContent> lines = part.Materials;
            for (int l = 0; l < lines.Count; l++)
            {
                MaterialContent line = lines[l];
                int mi = columns.LineMaterial[columns.LineStart[p] + l];
                grams[mi] += line.Grams;
                sigmaGrams[mi] += line.Substitutability * line.Grams;
                double value = line.Grams / 1000.0 * price[mi];
                insideValue[mi] += value * made.InsideShare;
                for (int k = 0; k < made.Countries.Length; k++)
                {
                    countryValue[made.Countries[k]] += value * made.Shares[k];
                }
            }

            // A later row's children, on their way into cache while this row is computed.
            int ahead = row + PrefetchAhead;
            if (ahead < partOfRow.Length)
            {
                foreach (int child in children[partOfRow[ahead]])
                {
                    int aheadSlot = slotOfPart[child];
                    Prefetch(entryMaterial, entryGrams, entrySigmaGrams, entryInside, rowStart[aheadSlot], rowStart[aheadSlot + 1]);
                }
            }

            // The children's rows, times the quantities.
            for (int j = 0; j < children[p].Length; j++)
            {
                double quantity = part.Children[j].Quantity;
                int childSlot = slotOfPart[children[p][j]];
                for (int e = rowStart[childSlot]; e < rowStart[childSlot + 1]; e++)
                {
                    int mi = entryMaterial[e];
                    grams[mi] += entryGrams[e] * quantity;
                    sigmaGrams[mi] += entrySigmaGrams[e] * quantity;
                    insideValue[mi] += entryInside[e] * quantity;
                }

                for (int k = outsideStart[childSlot]; k < outsideStart[childSlot + 1]; k++)
                {
                    countryValue[outsideCountry[k]] += outsideValue[k] * quantity;
                }
            }

            // Write the row in column order and clear the scratch it used.
            int entry = rowStart[slot];
            foreach (int mi in materialSets.MembersOf(p))
            {
                entryMaterial[entry] = (ushort)mi;
                entryGrams[entry] = grams[mi];
                entrySigmaGrams[entry] = sigmaGrams[mi];
                entryInside[entry] = insideValue[mi];
                grams[mi] = 0;
                sigmaGrams[mi] = 0;
                insideValue[mi] = 0;
                entry++;
            }

            int item = outsideStart[slot];
            foreach (int k in countrySets.MembersOf(p))
            {
                outsideCountry[item] = k;
                outsideValue[item] = countryValue[k];
                countryValue[k] = 0;
                item++;
            }

            partNumbers[slot] = part.PartNumber;
        });

        // Grams become value (as the reference scorer computes it); substitutability × grams becomes the
        // grams-weighted substitutability, 0 where the material weighs nothing. Implausible masses are found here,
        // the first in the order rows were computed (the deepest offender) reported, whatever the thread count.
        var checks = new ConcurrentBag<FinalCheck>();
        ForEachRow(0, parts.Length, maxDegreeOfParallelism, () => new FinalCheck(), checks.Add, (slot, check) =>
        {
            for (int e = rowStart[slot]; e < rowStart[slot + 1]; e++)
            {
                double g = entryGrams[e];
                if (PartCatalog.IsImplausibleFlatGrams(g) && rowOfSlot[slot] < check.FirstBadRow)
                {
                    check.FirstBadRow = rowOfSlot[slot];
                    check.FirstBadMaterial = entryMaterial[e];
                    check.FirstBadGrams = g;
                }

                check.AnyInside |= entryInside[e] != 0;
                entrySigmaGrams[e] = g > 0 ? entrySigmaGrams[e] / g : 0;
                entryGrams[e] = g / 1000.0 * price[entryMaterial[e]];
            }
        });

        bool anyInside = false;
        FinalCheck first = new();
        foreach (FinalCheck check in checks)
        {
            anyInside |= check.AnyInside;
            first = check.FirstBadRow < first.FirstBadRow ? check : first;
        }

        if (first.FirstBadRow != int.MaxValue)
        {
            PartCatalog.CheckFlatGrams(parts[partOfRow[first.FirstBadRow]].PartNumber, columns.Materials[first.FirstBadMaterial], first.FirstBadGrams);
        }

        return new CompiledCatalog(
            buyer,
            partNumbers,
            columns.Materials.ToArray(),
            price,
            columns.Countries.ToArray(),
            rowStart,
            entryMaterial,
            entryGrams,
            entrySigmaGrams,
            anyInside ? entryInside : null,
            outsideStart,
            outsideCountry,
            outsideValue);
    }

    /// <summary>
    /// Runs <paramref name="body"/> on every row, one level after another, each level's rows in parallel. Scratches
    /// are made once per thread that needs one and passed from level to level (a body leaves its scratch as it found
    /// it), so a deep catalog does not pay for a scratch per level.
    /// </summary>
    private static void ForEachLevel<TScratch>(RowOrder order, int maxDegreeOfParallelism, Func<TScratch> newScratch, Action<int, TScratch> body)
    {
        var idle = new ConcurrentBag<TScratch>();
        TScratch Rent() => idle.TryTake(out TScratch? scratch) ? scratch : newScratch();
        for (int level = 0; level < order.Levels; level++)
        {
            ForEachRow(order.LevelStart[level], order.LevelStart[level + 1], maxDegreeOfParallelism, Rent, idle.Add, body);
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> on rows <paramref name="from"/> to <paramref name="to"/> (exclusive), in ranges of
    /// <see cref="Grain"/> rows on up to <paramref name="maxDegreeOfParallelism"/> threads, each thread with a scratch
    /// of its own from <paramref name="rent"/>, handed back to <paramref name="giveBack"/> when the thread is done.
    /// </summary>
    private static void ForEachRow<TScratch>(int from, int to, int maxDegreeOfParallelism, Func<TScratch> rent, Action<TScratch> giveBack, Action<int, TScratch> body)
    {
        if (maxDegreeOfParallelism == 1 || to - from <= Grain)
        {
            TScratch scratch = rent();
            for (int row = from; row < to; row++)
            {
                body(row, scratch);
            }

            giveBack(scratch);
            return;
        }

        Parallel.ForEach(
            Partitioner.Create(from, to, Grain),
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            rent,
            (range, _, scratch) =>
            {
                for (int row = range.Item1; row < range.Item2; row++)
                {
                    body(row, scratch);
                }

                return scratch;
            },
            giveBack);
    }

    /// <summary>How many rows ahead (in the order rows are computed) the children's rows are prefetched.</summary>
    private const int PrefetchAhead = 4;

    /// <summary>
    /// Asks the processor to start loading a child's row (entries <paramref name="start"/> to <paramref name="end"/>)
    /// into cache, a few rows before it is read. Children are shared sub-assemblies anywhere in the arrays, so without
    /// the hint each child row costs several cache misses in a row; with it, those misses overlap other work (about
    /// 30 % of the second pass at 1M parts on the benchmark machine). A hint only: where the platform has no prefetch
    /// instruction, nothing happens.
    /// </summary>
    private static unsafe void Prefetch(ushort[] material, double[] grams, double[] sigmaGrams, double[] inside, int start, int end)
    {
#if NET5_0_OR_GREATER
        if (Sse.IsSupported && start < end)
        {
            fixed (double* g = grams, sg = sigmaGrams, i = inside)
            fixed (ushort* m = material)
            {
                for (int e = start; e < end; e += 8)
                {
                    // 8 doubles: one 64-byte cache line of each array.
                    Sse.Prefetch0(g + e);
                    Sse.Prefetch0(sg + e);
                    Sse.Prefetch0(i + e);
                }

                for (int e = start; e < end; e += 32)
                {
                    Sse.Prefetch0(m + e); // 32 material columns: one cache line
                }

                Sse.Prefetch0(m + end - 1);
            }
        }
#else
        _ = (material, grams, sigmaGrams, inside, start, end);
#endif
    }

    /// <summary>One thread's dense accumulators over the column spaces, all zero between rows.</summary>
    private sealed class Scratch
    {
        public Scratch(int materials, int countries)
        {
            Grams = new double[materials];
            SigmaGrams = new double[materials];
            InsideValue = new double[materials];
            CountryValue = new double[countries];
        }

        public double[] Grams { get; }

        public double[] SigmaGrams { get; }

        public double[] InsideValue { get; }

        public double[] CountryValue { get; }
    }

    /// <summary>What one thread found while finishing its rows.</summary>
    private sealed class FinalCheck
    {
        /// <summary>The first row (of this thread's) whose flattened grams are implausible; int.MaxValue if none.</summary>
        public int FirstBadRow { get; set; } = int.MaxValue;

        public int FirstBadMaterial { get; set; }

        public double FirstBadGrams { get; set; }

        public bool AnyInside { get; set; }
    }
}
