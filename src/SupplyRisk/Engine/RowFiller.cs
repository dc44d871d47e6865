using System;
using System.Collections.Generic;
#if NET5_0_OR_GREATER
using System.Runtime.Intrinsics.X86;
#endif
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.Engine;

/// <summary>
/// The second pass of <see cref="CatalogCompiler"/>: writes each row (per material: grams, substitutability × grams;
/// per origin of assembled goods: the value entering the buyer as that origin) from the part's own lines plus its
/// children's rows, already written, times the quantities. Accumulates in a thread's dense <see cref="Scratch"/> and writes the
/// row in column order, at the place the first pass reserved for it. Reads the parts' own lines and BOM quantities from
/// the part objects, everything else from flat arrays.
/// </summary>
internal sealed class RowFiller
{
    /// <summary>How many rows ahead (in the order rows are filled) the children's rows are prefetched.</summary>
    private const int PrefetchAhead = 8;

    private readonly CatalogColumns _columns;
    private readonly Part[] _parts;
    private readonly int[][] _children;
    private readonly int[] _partOfSlot;
    private readonly int[] _slotOfPart;
    private readonly int[] _rowStart;
    private readonly int[] _outsideStart;
    private readonly PartBitSets _materialSets;
    private readonly PartBitSets _countrySets;
    private readonly RouteChains _chains;
    private readonly int _places;

    /// <param name="columns">The column spaces, each line's material column and each part's made-in split.</param>
    /// <param name="parts">The catalog's parts.</param>
    /// <param name="children">Per part, its children's indices in <paramref name="parts"/>, in BOM-line order.</param>
    /// <param name="partOfSlot">Per stored row, its part.</param>
    /// <param name="slotOfPart">Per part, its stored row.</param>
    /// <param name="rowStart">Per stored row, where its entries begin (length rows + 1).</param>
    /// <param name="outsideStart">Per stored row, where its outside countries begin (length rows + 1).</param>
    /// <param name="materialSets">Per part, its materials (the first pass's result).</param>
    /// <param name="countrySets">Per part, its outside countries (the first pass's result).</param>
    /// <param name="chains">The numbered chains of material-form parts.</param>
    public RowFiller(CatalogColumns columns, Part[] parts, int[][] children, int[] partOfSlot, int[] slotOfPart, int[] rowStart, int[] outsideStart, PartBitSets materialSets, PartBitSets countrySets, RouteChains chains)
    {
        _columns = columns;
        _parts = parts;
        _children = children;
        _partOfSlot = partOfSlot;
        _slotOfPart = slotOfPart;
        _rowStart = rowStart;
        _outsideStart = outsideStart;
        _materialSets = materialSets;
        _countrySets = countrySets;
        _chains = chains;
        _places = columns.Places.Count;

        // Every element is written by Fill before it is read, so the large arrays need not be cleared first.
        int entries = rowStart[parts.Length];
        EntryMaterial = UninitializedArray.Create<ushort>(entries);
        EntryGrams = UninitializedArray.Create<double>(entries);
        EntrySigmaGrams = UninitializedArray.Create<double>(entries);
        OutsideCountry = UninitializedArray.Create<int>(outsideStart[parts.Length]);
        OutsideValue = UninitializedArray.Create<double>(OutsideCountry.Length);
        EntryCover = UninitializedArray.Create<double>(entries);
        EntryRouteCount = UninitializedArray.Create<int>(entries);
        SlotRoutes = new int[parts.Length][];
        SlotRouteGrams = new double[parts.Length][];
        PartNumbers = new string[parts.Length];
    }

    /// <summary>Per entry, the days of cover along the material's least-covered path (the parts' covers, not the channel's).</summary>
    public double[] EntryCover { get; }

    /// <summary>Per entry, how many routes it has.</summary>
    public int[] EntryRouteCount { get; }

    /// <summary>Per stored row, its entries' routes, entry after entry, each as <c>chain × places + place</c>, ascending within an entry.</summary>
    public int[][] SlotRoutes { get; }

    /// <summary>Per stored row, the grams taking each route of <see cref="SlotRoutes"/>.</summary>
    public double[][] SlotRouteGrams { get; }

    /// <summary>Per entry, its material column.</summary>
    public ushort[] EntryMaterial { get; }

    /// <summary>Per entry, the grams of the material in one unit of the part.</summary>
    public double[] EntryGrams { get; }

    /// <summary>Per entry, Σ substitutability × grams.</summary>
    public double[] EntrySigmaGrams { get; }

    /// <summary>Per origin item, the origin's column.</summary>
    public int[] OutsideCountry { get; }

    /// <summary>
    /// Per origin item, the value entering the buyer as that origin: the part's whole value where it is made outside,
    /// its children's items through the share made inside (docs/methodology.md, "Tariffs").
    /// </summary>
    public double[] OutsideValue { get; }

    /// <summary>Per stored row, its part number.</summary>
    public string[] PartNumbers { get; }

    /// <summary>
    /// Writes stored rows <paramref name="from"/> to <paramref name="to"/> (exclusive), whose children are all written.
    /// The compiler passes ranges of a level's rows in computing order; they are also that level's stored rows,
    /// because storage keeps levels in order and only permutes rows within a level.
    /// </summary>
    public void Fill(int from, int to, Scratch scratch)
    {
        double[] grams = scratch.Grams;
        double[] sigmaGrams = scratch.SigmaGrams;
        double[] countryValue = scratch.CountryValue;
        double[] cover = scratch.Cover;
        double[] entryCover = EntryCover;
        int[] entryRouteCount = EntryRouteCount;
        int places = _places;
        int[] partOfSlot = _partOfSlot;
        int[] slotOfPart = _slotOfPart;
        int[] rowStart = _rowStart;
        int[] outsideStart = _outsideStart;
        int[] lineStart = _columns.LineStart;
        int[] lineMaterial = _columns.LineMaterial;
        int[][] children = _children;
        double[] price = _columns.UsdPerKilogram;
        ushort[] entryMaterial = EntryMaterial;
        double[] entryGrams = EntryGrams;
        double[] entrySigmaGrams = EntrySigmaGrams;
        int[] outsideCountry = OutsideCountry;
        double[] outsideValue = OutsideValue;

        for (int slot = from; slot < to; slot++)
        {
            int p = partOfSlot[slot];
            Part part = _parts[p];

            // The part's own lines, made where the part is made.
            MadeInSplit made = _columns.MadeIn[p];
            IReadOnlyList<MaterialContent> lines = part.Materials;
            for (int l = 0; l < lines.Count; l++)
            {
                MaterialContent line = lines[l];
                int mi = lineMaterial[lineStart[p] + l];
                double g = line.Grams;
                grams[mi] += g;
                sigmaGrams[mi] += line.Substitutability * g;
                cover[mi] = Math.Min(cover[mi], 0);
                for (int k = 0; k < made.Places.Length; k++)
                {
                    scratch.AddRoute(mi, made.Places[k], g * made.PlaceShares[k]);
                }
            }

            // A later row's children, on their way into cache while this row is computed.
            int ahead = slot + PrefetchAhead;
            if (ahead < partOfSlot.Length)
            {
                foreach (int child in children[partOfSlot[ahead]])
                {
                    int aheadSlot = slotOfPart[child];
                    Prefetch(entryMaterial, entryGrams, entrySigmaGrams, rowStart[aheadSlot], rowStart[aheadSlot + 1]);
                }
            }

            // The children's rows, times the quantities.
            int[] partChildren = children[p];
            IReadOnlyList<BomLine> bom = part.Children;
            for (int j = 0; j < partChildren.Length; j++)
            {
                double quantity = bom[j].Quantity;
                int childPart = partChildren[j];
                int childSlot = slotOfPart[childPart];
                double childCover = _columns.Cover[childPart];
                bool form = _parts[childPart].ItemClass.IsMaterialForm();
                int[] childRoutes = SlotRoutes[childSlot];
                double[] childRouteGrams = SlotRouteGrams[childSlot];
                int r = 0;
                for (int e = rowStart[childSlot]; e < rowStart[childSlot + 1]; e++)
                {
                    int mi = entryMaterial[e];
                    grams[mi] += entryGrams[e] * quantity;
                    sigmaGrams[mi] += entrySigmaGrams[e] * quantity;
                    cover[mi] = Math.Min(cover[mi], childCover + entryCover[e]);
                    for (int end = r + entryRouteCount[e]; r < end; r++)
                    {
                        double g = childRouteGrams[r] * quantity;
                        if (!form)
                        {
                            scratch.AddRoute(mi, childRoutes[r], g);
                            continue;
                        }

                        // A material-form child passes its materials on: they are consumed where this part is made.
                        int chain = _chains.Extend(childRoutes[r] / places, childPart);
                        for (int k = 0; k < made.Places.Length; k++)
                        {
                            scratch.AddRoute(mi, (chain * places) + made.Places[k], g * made.PlaceShares[k]);
                        }
                    }
                }

                // The child's imports stand through the share of this part made inside the buyer.
                double scale = quantity * made.ImportScale;
                for (int k = outsideStart[childSlot]; k < outsideStart[childSlot + 1]; k++)
                {
                    countryValue[outsideCountry[k]] += outsideValue[k] * scale;
                }
            }

            // Write the row in column order and clear the scratch it used.
            int entry = rowStart[slot];
            var routes = new List<int>();
            var routeGrams = new List<double>();
            double rowValue = 0;
            foreach (int mi in _materialSets.MembersOf(p))
            {
                entryMaterial[entry] = (ushort)mi;
                entryGrams[entry] = grams[mi];
                entrySigmaGrams[entry] = sigmaGrams[mi];
                entryCover[entry] = cover[mi];
                entryRouteCount[entry] = scratch.TakeRoutes(mi, routes, routeGrams);
                rowValue += grams[mi] / 1000.0 * price[mi];
                grams[mi] = 0;
                sigmaGrams[mi] = 0;
                cover[mi] = double.PositiveInfinity;
                entry++;
            }

            SlotRoutes[slot] = routes.ToArray();
            SlotRouteGrams[slot] = routeGrams.ToArray();

            // Made outside the buyer, the part enters it whole, as its class and category from where it is made.
            for (int k = 0; k < made.Origins.Length; k++)
            {
                countryValue[made.Origins[k]] += rowValue * made.Shares[k];
            }

            int item = outsideStart[slot];
            foreach (int k in _countrySets.MembersOf(p))
            {
                outsideCountry[item] = k;
                outsideValue[item] = countryValue[k];
                countryValue[k] = 0;
                item++;
            }

            PartNumbers[slot] = part.PartNumber;
        }
    }

    /// <summary>
    /// Asks the processor to start loading a child's row (entries <paramref name="start"/> to <paramref name="end"/>)
    /// into cache, a few rows before it is read. Children are shared sub-assemblies anywhere in the arrays, so without
    /// the hint each child row costs several cache misses in a row; with it, those misses overlap other work. A hint
    /// only: where the platform has no prefetch instruction, nothing happens.
    /// </summary>
    private static unsafe void Prefetch(ushort[] material, double[] grams, double[] sigmaGrams, int start, int end)
    {
#if NET5_0_OR_GREATER
        if (Sse.IsSupported && start < end)
        {
            fixed (double* g = grams, sg = sigmaGrams)
            fixed (ushort* m = material)
            {
                for (int e = start; e < end; e += 8)
                {
                    // 8 doubles: one 64-byte cache line of each array.
                    Sse.Prefetch0(g + e);
                    Sse.Prefetch0(sg + e);
                }

                for (int e = start; e < end; e += 32)
                {
                    Sse.Prefetch0(m + e); // 32 material columns: one cache line
                }

                Sse.Prefetch0(m + end - 1);
            }
        }
#else
        _ = (material, grams, sigmaGrams, start, end);
#endif
    }

    /// <summary>One thread's dense accumulators over the column spaces, all zero between rows.</summary>
    internal sealed class Scratch
    {
        private readonly Dictionary<long, double> _routeGrams = new();
        private readonly List<int>?[] _touched;

        public Scratch(int materials, int countries)
        {
            Grams = new double[materials];
            SigmaGrams = new double[materials];
            CountryValue = new double[countries];
            Cover = new double[materials];
            for (int i = 0; i < materials; i++)
            {
                Cover[i] = double.PositiveInfinity;
            }

            _touched = new List<int>?[materials];
        }

        /// <summary>Per material, the least cover seen for the row (+∞ between rows).</summary>
        public double[] Cover { get; }

        /// <summary>Adds grams of material <paramref name="material"/> taking route <paramref name="route"/>.</summary>
        public void AddRoute(int material, int route, double grams)
        {
            long key = ((long)material << 32) | (uint)route;
            if (_routeGrams.TryGetValue(key, out double g))
            {
                _routeGrams[key] = g + grams;
                return;
            }

            _routeGrams.Add(key, grams);
            (_touched[material] ??= new List<int>()).Add(route);
        }

        /// <summary>Appends the routes of <paramref name="material"/> (ascending) and their grams, clears them, and returns how many.</summary>
        public int TakeRoutes(int material, List<int> routes, List<double> grams)
        {
            List<int>? touched = _touched[material];
            if (touched is null || touched.Count == 0)
            {
                return 0;
            }

            touched.Sort();
            foreach (int route in touched)
            {
                long key = ((long)material << 32) | (uint)route;
                routes.Add(route);
                grams.Add(_routeGrams[key]);
                _routeGrams.Remove(key);
            }

            int count = touched.Count;
            touched.Clear();
            return count;
        }

        public double[] Grams { get; }

        public double[] SigmaGrams { get; }

        public double[] CountryValue { get; }
    }
}
