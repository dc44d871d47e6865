using System;
using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.Engine;

/// <summary>
/// The column spaces (materials and their prices, outside countries), each line's material column and each
/// part's made-in split: every dictionary look-up of the compilation, done once.
/// </summary>
internal sealed class CatalogColumns
{
    public CatalogColumns(Part[] parts, ReferenceDataset data, Buyer buyer)
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
