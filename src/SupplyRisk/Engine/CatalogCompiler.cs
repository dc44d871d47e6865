using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.Engine;

/// <summary>
/// Flattens a whole catalog in two passes over the parts, children before parents. The first pass ORs bit sets
/// (which materials, which outside countries each part contains), so every row's length is known and the output
/// arrays are allocated once, at their exact size. The second pass fills each row: its own lines plus its
/// children's rows (already written) times the quantities, accumulated in dense scratch arrays and written in column
/// order. Everything accumulated is linear in the quantities (grams, substitutability × grams, value made inside the
/// buyer, value made in each outside country), so a child's row is reused as it stands. Time is proportional to the
/// entries written plus the entries read from children; memory to the entries written.
/// </summary>
internal static class CatalogCompiler
{
    public static CompiledCatalog Compile(PartCatalog catalog, ReferenceDataset data, Buyer buyer)
    {
        Part[] parts = catalog.PartArray;
        int[][] children = catalog.ChildIndices;
        var columns = new ColumnSpaces(parts, data, buyer);
        List<int> order = catalog.TopologicalOrder();
        var materialSets = new BitSets(parts.Length, columns.Materials.Count);
        var countrySets = new BitSets(parts.Length, columns.Countries.Count);

        // Pass 1: which materials and outside countries each part holds, hence every row's length.
        var rowStart = new int[parts.Length + 1];
        var outsideStart = new int[parts.Length + 1];
        for (int row = 0; row < order.Count; row++)
        {
            int p = order[row];
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

            rowStart[row + 1] = checked(rowStart[row] + materialSets.Count(p));
            outsideStart[row + 1] = checked(outsideStart[row] + countrySets.Count(p));
        }

        // Pass 2: fill the rows. Grams and substitutability × grams are kept until every row is written.
        int entries = rowStart[parts.Length];
        var entryMaterial = new ushort[entries];
        var entryGrams = new double[entries];
        var entrySigmaGrams = new double[entries];
        var entryInside = new double[entries];
        var outsideCountry = new int[outsideStart[parts.Length]];
        var outsideValue = new double[outsideCountry.Length];
        var grams = new double[columns.Materials.Count];
        var sigmaGrams = new double[columns.Materials.Count];
        var insideValue = new double[columns.Materials.Count];
        var countryValue = new double[columns.Countries.Count];
        var rowOf = new int[parts.Length];
        var partNumbers = new string[parts.Length];
        double[] price = columns.UsdPerKilogram;
        bool anyInside = false;
        for (int row = 0; row < order.Count; row++)
        {
            int p = order[row];
            Part part = parts[p];

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

            // The children's rows, times the quantities.
            for (int j = 0; j < children[p].Length; j++)
            {
                double quantity = part.Children[j].Quantity;
                int childRow = rowOf[children[p][j]];
                for (int e = rowStart[childRow]; e < rowStart[childRow + 1]; e++)
                {
                    int mi = entryMaterial[e];
                    grams[mi] += entryGrams[e] * quantity;
                    sigmaGrams[mi] += entrySigmaGrams[e] * quantity;
                    insideValue[mi] += entryInside[e] * quantity;
                }

                for (int k = outsideStart[childRow]; k < outsideStart[childRow + 1]; k++)
                {
                    countryValue[outsideCountry[k]] += outsideValue[k] * quantity;
                }
            }

            // Write the row in column order and clear the scratch it used.
            int entry = rowStart[row];
            foreach (int mi in materialSets.Members(p))
            {
                PartCatalog.CheckFlatGrams(part.PartNumber, columns.Materials[mi], grams[mi]);
                entryMaterial[entry] = (ushort)mi;
                entryGrams[entry] = grams[mi];
                entrySigmaGrams[entry] = sigmaGrams[mi];
                entryInside[entry] = insideValue[mi];
                anyInside |= insideValue[mi] != 0;
                grams[mi] = 0;
                sigmaGrams[mi] = 0;
                insideValue[mi] = 0;
                entry++;
            }

            int item = outsideStart[row];
            foreach (int k in countrySets.Members(p))
            {
                outsideCountry[item] = k;
                outsideValue[item] = countryValue[k];
                countryValue[k] = 0;
                item++;
            }

            rowOf[p] = row;
            partNumbers[row] = part.PartNumber;
        }

        // Grams become value (as the reference scorer computes it); substitutability × grams becomes the
        // grams-weighted substitutability, 0 where the material weighs nothing.
        for (int e = 0; e < entries; e++)
        {
            double g = entryGrams[e];
            entrySigmaGrams[e] = g > 0 ? entrySigmaGrams[e] / g : 0;
            entryGrams[e] = g / 1000.0 * price[entryMaterial[e]];
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

    /// <summary>One bit set per part over a column space, stored flat (64 columns per word).</summary>
    private sealed class BitSets
    {
        private readonly ulong[] _words;
        private readonly int _width;

        public BitSets(int sets, int columns)
        {
            _width = (columns + 63) >> 6;
            _words = new ulong[(long)sets * _width];
        }

        public void Add(int set, int column) => _words[(set * _width) + (column >> 6)] |= 1UL << (column & 63);

        public void UnionWith(int set, int other)
        {
            for (int w = 0; w < _width; w++)
            {
                _words[(set * _width) + w] |= _words[(other * _width) + w];
            }
        }

        public int Count(int set)
        {
            int count = 0;
            for (int w = 0; w < _width; w++)
            {
                count += BitOperations.PopCount(_words[(set * _width) + w]);
            }

            return count;
        }

        /// <summary>The set's columns in increasing order.</summary>
        public IEnumerable<int> Members(int set)
        {
            for (int w = 0; w < _width; w++)
            {
                ulong word = _words[(set * _width) + w];
                while (word != 0)
                {
                    yield return (w << 6) + BitOperations.TrailingZeroCount(word);
                    word &= word - 1;
                }
            }
        }
    }

    /// <summary>Where a part's own lines are made: the share inside the buyer, and the outside countries' shares.</summary>
    private readonly struct MadeInSplit
    {
        public MadeInSplit(double insideShare, int[] countries, double[] shares)
        {
            InsideShare = insideShare;
            Countries = countries;
            Shares = shares;
        }

        public double InsideShare { get; }

        public int[] Countries { get; }

        public double[] Shares { get; }
    }

    /// <summary>
    /// The column spaces (materials and their prices, outside countries), each line's material column and each
    /// part's made-in split: every dictionary look-up of the compilation, done once.
    /// </summary>
    private sealed class ColumnSpaces
    {
        public ColumnSpaces(Part[] parts, ReferenceDataset data, Buyer buyer)
        {
            var firstUser = new List<string>();
            var materialIndex = new Dictionary<MaterialId, int>();
            var countryIndex = new Dictionary<CountryCode, int>();
            var splits = new Dictionary<CountryShares, MadeInSplit>(); // by reference: parts often share one instance
            var lineMaterial = new List<int>(parts.Length * 4);
            LineStart = new int[parts.Length + 1];
            MadeIn = new MadeInSplit[parts.Length];
            for (int p = 0; p < parts.Length; p++)
            {
                Part part = parts[p];
                foreach (MaterialContent line in part.Materials)
                {
                    if (!materialIndex.TryGetValue(line.Material, out int mi))
                    {
                        mi = Materials.Count;
                        materialIndex.Add(line.Material, mi);
                        Materials.Add(line.Material);
                        firstUser.Add(part.PartNumber);
                    }

                    lineMaterial.Add(mi);
                }

                LineStart[p + 1] = lineMaterial.Count;
                if (!splits.TryGetValue(part.MadeIn, out MadeInSplit split))
                {
                    split = Split(part.MadeIn, buyer, countryIndex);
                    splits.Add(part.MadeIn, split);
                }

                MadeIn[p] = split;
            }

            if (Materials.Count > CompiledCatalog.MaximumMaterials)
            {
                throw new ArgumentException($"The catalog has {Materials.Count} materials; a compiled catalog holds at most {CompiledCatalog.MaximumMaterials}.", "catalog");
            }

            LineMaterial = lineMaterial.ToArray();
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

            Countries = countryIndex.OrderBy(pair => pair.Value).Select(pair => pair.Key).ToList();
        }

        public List<MaterialId> Materials { get; } = new();

        public double[] UsdPerKilogram { get; }

        public List<CountryCode> Countries { get; }

        /// <summary>Per part, where its lines' material columns begin in <see cref="LineMaterial"/>.</summary>
        public int[] LineStart { get; }

        /// <summary>Per material line (parts in catalog order, lines in part order), its material column.</summary>
        public int[] LineMaterial { get; }

        public MadeInSplit[] MadeIn { get; }

        private static MadeInSplit Split(CountryShares madeIn, Buyer buyer, Dictionary<CountryCode, int> countryIndex)
        {
            double inside = 0;
            var countries = new List<int>();
            var shares = new List<double>();
            foreach (CountryShare share in madeIn.Entries)
            {
                if (!share.Country.IsRestOfWorld && buyer.Contains(share.Country))
                {
                    inside += share.Share;
                    continue;
                }

                if (!countryIndex.TryGetValue(share.Country, out int k))
                {
                    k = countryIndex.Count;
                    countryIndex.Add(share.Country, k);
                }

                countries.Add(k);
                shares.Add(share.Share);
            }

            return new MadeInSplit(inside, countries.ToArray(), shares.ToArray());
        }
    }
}
