using System;
using System.Collections.Generic;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.Engine;

/// <summary>
/// Flattens a whole catalog in one pass, children before parents: each part's row is its own material lines plus
/// its children's rows (already written) times the quantities, accumulated in dense scratch arrays indexed by
/// material and country. Time and memory are proportional to the number of entries written.
/// </summary>
internal static class CatalogCompiler
{
    public static CompiledCatalog Compile(PartCatalog catalog)
    {
        Part[] parts = catalog.PartArray;
        int[][] children = catalog.ChildIndices;

        // Column spaces: materials and made-in countries that occur.
        var materialIndex = new Dictionary<MaterialId, int>();
        var countryIndex = new Dictionary<CountryCode, int>();
        var materials = new List<MaterialId>();
        var countries = new List<CountryCode>();
        foreach (Part part in parts)
        {
            foreach (MaterialContent line in part.Materials)
            {
                if (!materialIndex.ContainsKey(line.Material))
                {
                    materialIndex.Add(line.Material, materials.Count);
                    materials.Add(line.Material);
                }
            }

            foreach (CountryShare made in part.MadeIn.Entries)
            {
                if (!countryIndex.ContainsKey(made.Country))
                {
                    countryIndex.Add(made.Country, countries.Count);
                    countries.Add(made.Country);
                }
            }
        }

        int m = materials.Count;
        int c = Math.Max(1, countries.Count);
        var grams = new double[m];
        var sigmaGrams = new double[m];
        var sigmaMax = new double[m];
        var present = new bool[m];
        var madeGrams = new double[m * c];
        var madeTouched = new bool[m * c];
        var touchedMaterials = new List<int>(m);
        var touchedMade = new List<int>();

        List<int> order = catalog.TopologicalOrder();
        var rowOf = new int[parts.Length];
        var rowStart = new List<int>(parts.Length + 1) { 0 };
        var entryMaterial = new List<int>();
        var entryGrams = new List<double>();
        var entrySigmaGrams = new List<double>();
        var entrySigmaMax = new List<double>();
        var madeStart = new List<int> { 0 };
        var madeCountry = new List<int>();
        var madeAmount = new List<double>();
        var partNumbers = new string[parts.Length];

        void Touch(int material)
        {
            if (!present[material])
            {
                present[material] = true;
                touchedMaterials.Add(material);
            }
        }

        void AddMade(int material, int country, double amount)
        {
            int slot = (material * c) + country;
            if (!madeTouched[slot])
            {
                madeTouched[slot] = true;
                touchedMade.Add(slot);
            }

            madeGrams[slot] += amount;
        }

        foreach (int p in order)
        {
            Part part = parts[p];
            foreach (MaterialContent line in part.Materials)
            {
                int mi = materialIndex[line.Material];
                Touch(mi);
                grams[mi] += line.Grams;
                sigmaGrams[mi] += line.Substitutability * line.Grams;
                sigmaMax[mi] = Math.Max(sigmaMax[mi], line.Substitutability);
                foreach (CountryShare made in part.MadeIn.Entries)
                {
                    AddMade(mi, countryIndex[made.Country], line.Grams * made.Share);
                }
            }

            for (int j = 0; j < children[p].Length; j++)
            {
                double quantity = part.Children[j].Quantity;
                int childRow = rowOf[children[p][j]];
                for (int e = rowStart[childRow]; e < rowStart[childRow + 1]; e++)
                {
                    int mi = entryMaterial[e];
                    Touch(mi);
                    grams[mi] += entryGrams[e] * quantity;
                    sigmaGrams[mi] += entrySigmaGrams[e] * quantity;
                    sigmaMax[mi] = Math.Max(sigmaMax[mi], entrySigmaMax[e]);
                    for (int k = madeStart[e]; k < madeStart[e + 1]; k++)
                    {
                        AddMade(mi, madeCountry[k], madeAmount[k] * quantity);
                    }
                }
            }

            // Emit the row, materials in column order, and reset the scratch arrays.
            touchedMaterials.Sort();
            touchedMade.Sort();
            int madeCursor = 0;
            foreach (int mi in touchedMaterials)
            {
                PartCatalog.CheckFlatGrams(part.PartNumber, materials[mi], grams[mi]);
                entryMaterial.Add(mi);
                entryGrams.Add(grams[mi]);
                entrySigmaGrams.Add(sigmaGrams[mi]);
                entrySigmaMax.Add(sigmaMax[mi]);
                while (madeCursor < touchedMade.Count && touchedMade[madeCursor] / c == mi)
                {
                    int slot = touchedMade[madeCursor++];
                    madeCountry.Add(slot % c);
                    madeAmount.Add(madeGrams[slot]);
                    madeGrams[slot] = 0;
                    madeTouched[slot] = false;
                }

                madeStart.Add(madeCountry.Count);
                grams[mi] = 0;
                sigmaGrams[mi] = 0;
                sigmaMax[mi] = 0;
                present[mi] = false;
            }

            touchedMaterials.Clear();
            touchedMade.Clear();
            rowOf[p] = rowStart.Count - 1;
            partNumbers[rowStart.Count - 1] = part.PartNumber;
            rowStart.Add(entryMaterial.Count);
        }

        // Grams-weighted substitutability (the largest one where the material weighs nothing), and made-in shares.
        var substitutability = new double[entryMaterial.Count];
        var madeShare = new double[madeAmount.Count];
        for (int e = 0; e < substitutability.Length; e++)
        {
            double g = entryGrams[e];
            substitutability[e] = g > 0 ? entrySigmaGrams[e] / g : entrySigmaMax[e];
            for (int k = madeStart[e]; k < madeStart[e + 1]; k++)
            {
                madeShare[k] = g > 0 ? madeAmount[k] / g : 0;
            }
        }

        return new CompiledCatalog(
            partNumbers,
            materials.ToArray(),
            countries.ToArray(),
            rowStart.ToArray(),
            entryMaterial.ToArray(),
            entryGrams.ToArray(),
            substitutability,
            madeStart.ToArray(),
            madeCountry.ToArray(),
            madeShare);
    }
}
