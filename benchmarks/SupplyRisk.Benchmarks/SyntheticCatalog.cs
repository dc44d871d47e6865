using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Scoring;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// A seeded synthetic catalog with realistic shapes: the dataset's scorable materials (20–40), leaf parts with
/// 3–15 materials, assemblies of 1–4 shared sub-assemblies from lower levels (depth up to 12), made in one country
/// or a two-country mix. The same seed always gives the same catalog.
/// </summary>
public static class SyntheticCatalog
{
    private static readonly string[] MadeIn = { "CN", "JP", "KR", "DE", "US", "MX", "VN", "TW", "PL", "IN" };

    public static PartCatalog Generate(int parts, int seed = 42, int depth = 12)
    {
        var random = new Random(seed);
        ReferenceDataset data = EmbeddedData.Dataset;
        MaterialId[] materials = data.Materials
            .Where(m => SupplyRiskAssessor.CanAssess(m, out _) && data.FindPrice(m.Id) is not null)
            .Select(m => m.Id)
            .ToArray();
        CountryShares[] places = MadeIn.Select(c => CountryShares.Create((CountryCode.Parse(c), 1.0)))
            .Concat(MadeIn.Select((c, i) => CountryShares.Create((CountryCode.Parse(c), 0.7), (CountryCode.Parse(MadeIn[(i + 3) % MadeIn.Length]), 0.3))))
            .ToArray();

        int leaves = Math.Max(1, (int)(parts * 0.4));
        var levels = new List<List<int>> { new() };
        var list = new List<Part>(parts);
        for (int i = 0; i < parts; i++)
        {
            int level = i < leaves ? 0 : 1 + (int)((long)(i - leaves) * (depth - 1) / Math.Max(1, parts - leaves));
            while (levels.Count <= level)
            {
                levels.Add(new List<int>());
            }

            var lines = new List<MaterialContent>();
            var children = new List<BomLine>();
            if (level == 0)
            {
                int count = random.Next(3, 16);
                foreach (MaterialId m in materials.OrderBy(_ => random.Next()).Take(count))
                {
                    lines.Add(new MaterialContent(m, Math.Round(random.NextDouble() * 500, 3), Math.Round(random.NextDouble(), 2)));
                }
            }
            else
            {
                int count = random.Next(1, 5);
                var chosen = new HashSet<int>();
                for (int k = 0; k < count; k++)
                {
                    List<int> pool = levels[random.Next(0, level)];
                    int child = pool.Count > 0 ? pool[random.Next(pool.Count)] : -1;
                    if (child >= 0 && chosen.Add(child))
                    {
                        children.Add(new BomLine("P" + child, random.Next(1, 5)));
                    }
                }

                if (random.NextDouble() < 0.3)
                {
                    lines.Add(new MaterialContent(materials[random.Next(materials.Length)], Math.Round(random.NextDouble() * 100, 3), 0.5));
                }
            }

            list.Add(new Part("P" + i, "part " + i, PartCategory.Other, places[random.Next(places.Length)], lines, children));
            levels[level].Add(i);
        }

        return new PartCatalog(list);
    }
}
