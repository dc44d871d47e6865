using System;
using System.Collections.Generic;
#if NET5_0_OR_GREATER
using System.Runtime.Intrinsics.X86;
#endif
using SupplyRisk.Parts;

namespace SupplyRisk.Engine;

/// <summary>
/// The second pass of <see cref="CatalogCompiler"/>: writes each row (per material: grams, substitutability × grams,
/// value made inside the buyer; per outside country: value made there) from the part's own lines plus its children's
/// rows, already written, times the quantities. Accumulates in a thread's dense <see cref="Scratch"/> and writes the
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

    /// <param name="columns">The column spaces, each line's material column and each part's made-in split.</param>
    /// <param name="parts">The catalog's parts.</param>
    /// <param name="children">Per part, its children's indices in <paramref name="parts"/>, in BOM-line order.</param>
    /// <param name="partOfSlot">Per stored row, its part.</param>
    /// <param name="slotOfPart">Per part, its stored row.</param>
    /// <param name="rowStart">Per stored row, where its entries begin (length rows + 1).</param>
    /// <param name="outsideStart">Per stored row, where its outside countries begin (length rows + 1).</param>
    /// <param name="materialSets">Per part, its materials (the first pass's result).</param>
    /// <param name="countrySets">Per part, its outside countries (the first pass's result).</param>
    public RowFiller(CatalogColumns columns, Part[] parts, int[][] children, int[] partOfSlot, int[] slotOfPart, int[] rowStart, int[] outsideStart, PartBitSets materialSets, PartBitSets countrySets)
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

        // Every element is written by Fill before it is read, so the large arrays need not be cleared first.
        int entries = rowStart[parts.Length];
        EntryMaterial = UninitializedArray.Create<ushort>(entries);
        EntryGrams = UninitializedArray.Create<double>(entries);
        EntrySigmaGrams = UninitializedArray.Create<double>(entries);
        EntryInside = UninitializedArray.Create<double>(entries);
        OutsideCountry = UninitializedArray.Create<int>(outsideStart[parts.Length]);
        OutsideValue = UninitializedArray.Create<double>(OutsideCountry.Length);
        PartNumbers = new string[parts.Length];
    }

    /// <summary>Per entry, its material column.</summary>
    public ushort[] EntryMaterial { get; }

    /// <summary>Per entry, the grams of the material in one unit of the part.</summary>
    public double[] EntryGrams { get; }

    /// <summary>Per entry, Σ substitutability × grams.</summary>
    public double[] EntrySigmaGrams { get; }

    /// <summary>Per entry, the value of the material made inside the buyer.</summary>
    public double[] EntryInside { get; }

    /// <summary>Per outside-country item, the country's column.</summary>
    public int[] OutsideCountry { get; }

    /// <summary>Per outside-country item, the value made in that country.</summary>
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
        double[] insideValue = scratch.InsideValue;
        double[] countryValue = scratch.CountryValue;
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
        double[] entryInside = EntryInside;
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
                double value = g / 1000.0 * price[mi];
                insideValue[mi] += value * made.InsideShare;
                for (int k = 0; k < made.Countries.Length; k++)
                {
                    countryValue[made.Countries[k]] += value * made.Shares[k];
                }
            }

            // A later row's children, on their way into cache while this row is computed.
            int ahead = slot + PrefetchAhead;
            if (ahead < partOfSlot.Length)
            {
                foreach (int child in children[partOfSlot[ahead]])
                {
                    int aheadSlot = slotOfPart[child];
                    Prefetch(entryMaterial, entryGrams, entrySigmaGrams, entryInside, rowStart[aheadSlot], rowStart[aheadSlot + 1]);
                }
            }

            // The children's rows, times the quantities.
            int[] partChildren = children[p];
            IReadOnlyList<BomLine> bom = part.Children;
            for (int j = 0; j < partChildren.Length; j++)
            {
                double quantity = bom[j].Quantity;
                int childSlot = slotOfPart[partChildren[j]];
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
            foreach (int mi in _materialSets.MembersOf(p))
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
    internal sealed class Scratch
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
}
