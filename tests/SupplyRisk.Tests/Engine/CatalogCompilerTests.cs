using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.Engine;

/// <summary>Compiling catalogs level by level on several threads.</summary>
public sealed class CatalogCompilerTests
{
    private static readonly ReferenceDataset Data = EmbeddedData.Dataset;

    /// <summary>The dataset's materials that have a reference price (so a catalog of them compiles).</summary>
    private static IEnumerable<MaterialId> PricedMaterials() => Data.Materials.Where(m => Data.FindPrice(m.Id) is not null).Select(m => m.Id);

    /// <summary>trade-war-2025 for a US buyer on 2026-11-28: tariffs, raw-import tariffs and a content rule in force.</summary>
    private static ExposureScorer TradeWar() =>
        ExposureScorer.Create(Data, EmbeddedData.Timeline, SupplyRiskModel.Default.GetScenario("trade-war-2025"), Data.GetBuyer("US"), new DateTime(2026, 11, 28));

    /// <summary>
    /// A layered catalog whose lower levels hold more rows than the compiler hands a thread at a time, so levels
    /// really are split between threads (and level 0 is sorted in two blocks): 5,000 leaves, two levels of 2,500
    /// assemblies of shared sub-assemblies, and a short chain on top. Level k's part numbers start "A{k}-".
    /// </summary>
    private static PartCatalog Layered()
    {
        var random = new Random(7);
        MaterialId[] materials = Data.Materials
            .Where(m => SupplyRiskAssessor.CanAssess(m, out _) && Data.FindPrice(m.Id) is not null)
            .Select(m => m.Id)
            .ToArray();
        string[] places = { "CN", "JP", "US", "DE", "MX" };
        CountryShares Place() => random.NextDouble() < 0.5
            ? CountryShares.Create((CountryCode.Parse(places[random.Next(places.Length)]), 1.0))
            : CountryShares.Create((CountryCode.Parse(places[random.Next(places.Length)]), 0.6), (CountryCode.RestOfWorld, 0.4));
        var parts = new List<Part>();
        var levels = new List<List<string>> { new() };
        for (int i = 0; i < 5000; i++)
        {
            MaterialContent[] lines = materials.OrderBy(_ => random.Next()).Take(random.Next(1, 9))
                .Select(m => new MaterialContent(m, Math.Round(random.NextDouble() * 200, 2), Math.Round(random.NextDouble(), 2)))
                .ToArray();
            parts.Add(new Part("L" + i, "leaf", PartCategory.Other, Place(), lines));
            levels[0].Add("L" + i);
        }

        foreach (int count in new[] { 2500, 2500, 3, 2, 1 })
        {
            var level = new List<string>();
            for (int i = 0; i < count; i++)
            {
                string number = $"A{levels.Count}-{i}";
                List<string> below = levels[levels.Count - 1];
                BomLine[] children = Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => below[random.Next(below.Count)])
                    .Append(levels[random.Next(levels.Count)][0])
                    .Distinct()
                    .Select(child => new BomLine(child, random.Next(1, 4)))
                    .ToArray();
                MaterialContent[]? own = random.NextDouble() < 0.3 ? new[] { new MaterialContent(materials[random.Next(materials.Length)], 5.0, 0.5) } : null;
                parts.Add(new Part(number, "assembly", PartCategory.Other, Place(), own, children));
                level.Add(number);
            }

            levels.Add(level);
        }

        // Catalog order must not matter: shuffle it.
        return new PartCatalog(parts.OrderBy(_ => random.Next()).ToArray());
    }

    /// <summary>The exact bits (double equality would let +0 equal -0).</summary>
    private static long[] Bits(double[] values) => Array.ConvertAll(values, BitConverter.DoubleToInt64Bits);

    private static int[] Bits(float[] values) => Array.ConvertAll(values, v => BitConverter.ToInt32(BitConverter.GetBytes(v), 0));

    /// <summary>Compiles on 1 thread, then on 2, 4 and all, and asserts every array is bit-identical; returns the first.</summary>
    private static CompiledCatalog AssertSameOnAnyThreadCount(PartCatalog parts, string buyerCode = "US")
    {
        Buyer buyer = Data.GetBuyer(buyerCode);
        CompiledCatalog one = CompiledCatalog.Compile(parts, Data, buyer, maxDegreeOfParallelism: 1);
        foreach (int degree in new[] { 2, 4, -1 })
        {
            CompiledCatalog many = CompiledCatalog.Compile(parts, Data, buyer, degree);
            Assert.Equal(one.PartNumbers, many.PartNumbers);
            Assert.Equal(one.Materials, many.Materials);
            Assert.Equal(one.Origins, many.Origins);
            Assert.Equal(one.RowStart, many.RowStart);
            Assert.Equal(one.EntryMaterial, many.EntryMaterial);
            Assert.Equal(Bits(one.EntryValue), Bits(many.EntryValue));
            Assert.Equal(Bits(one.EntrySubstitutability), Bits(many.EntrySubstitutability));
            Assert.Equal(one.OutsideStart, many.OutsideStart);
            Assert.Equal(one.OutsideCountry, many.OutsideCountry);
            Assert.Equal(Bits(one.OutsideValue), Bits(many.OutsideValue));
        }

        return one;
    }

    [Fact]
    public void Compiling_on_one_or_several_threads_gives_bit_identical_catalogs()
    {
        CompiledCatalog catalog = AssertSameOnAnyThreadCount(Layered());
        Assert.NotEmpty(catalog.OutsideValue); // parts made outside the buyer: the import lists are compared too
    }

    [Fact]
    public void Parallel_compilation_equals_the_reference_and_stores_rows_by_level_then_length()
    {
        PartCatalog parts = Layered();
        var context = TradeWar();
        CompiledCatalog catalog = CompiledCatalog.Compile(parts, Data, context.Buyer);
        Assert.Equal(parts.Parts.Select(p => p.PartNumber).OrderBy(n => n, StringComparer.Ordinal), catalog.PartNumbers.OrderBy(n => n, StringComparer.Ordinal));

        // Rows are stored by level; within each block of a level's rows (in catalog order), stably by length, then by
        // country count (what keeps the kernel's loop exits predictable). The oracle takes each row's lengths from
        // the compiled catalog and orders the part numbers independently.
        int Level(string number) => number[0] == 'L' ? 0 : number[1] - '0';
        int Length(string number) => catalog.RowStart[catalog.IndexOf(number) + 1] - catalog.RowStart[catalog.IndexOf(number)];
        int Countries(string number) => catalog.OutsideStart[catalog.IndexOf(number) + 1] - catalog.OutsideStart[catalog.IndexOf(number)];
        List<string> Expected(int block) => parts.Parts.Select(p => p.PartNumber)
            .GroupBy(Level)
            .OrderBy(level => level.Key)
            .SelectMany(level => level
                .Select((number, i) => (number, i))
                .GroupBy(item => item.i / block)
                .SelectMany(run => run.Select(item => item.number).OrderBy(Length).ThenBy(Countries)))
            .ToList();
        Assert.Equal(5000, catalog.PartNumbers.Count(n => n[0] == 'L'));
        Assert.Equal(Expected(CatalogCompiler.SortBlock), catalog.PartNumbers);
        Assert.NotEqual(Expected(int.MaxValue), catalog.PartNumbers); // level 0 spans two blocks: the blocks show

        double[] scores = ExposureEngine.Score(CompiledScenario.Compile(context, catalog));
        for (int p = 0; p < catalog.PartCount; p += 97)
        {
            double reference = context.Score(parts, catalog.PartNumbers[p]).Score;
            Assert.True(Math.Abs(reference - scores[p]) <= ExposureEngineTests.Tolerance * Math.Max(1, reference), $"{catalog.PartNumbers[p]}: reference {reference:R}, engine {scores[p]:R}");
        }
    }

    [Fact]
    public void The_part_named_for_an_implausible_mass_is_the_first_compiled_whatever_the_thread_count()
    {
        // Two offenders on level 1, among 3,000 assemblies (so level 1 is split between threads). X comes first in
        // catalog order, hence is compiled first, but its row is longer (cobalt and gallium), so it is stored after
        // Y's (cobalt only): the error must name X, not the first row in storage order.
        var de = CountryCode.Parse("DE");
        Part Leaf(string number, params MaterialContent[] lines) => new(number, number, PartCategory.Other, CountryShares.Create((de, 1.0)), lines);
        Part Assembly(string number, params BomLine[] children) => new(number, number, PartCategory.Other, CountryShares.Create((de, 1.0)), null, children);
        var parts = new List<Part>
        {
            Leaf("BIG", new MaterialContent("cobalt", 1e8)),
            Leaf("ONE", new MaterialContent("gallium", 1)),
            Leaf("TWO", new MaterialContent("gallium", 1), new MaterialContent("cobalt", 1)),
            Assembly("X", new BomLine("BIG", 1e8), new BomLine("TWO", 1)),
        };
        parts.AddRange(Enumerable.Range(0, 3000).Select(i => Assembly("F" + i, new BomLine("ONE", 1))));
        parts.Add(Assembly("Y", new BomLine("BIG", 1e8)));
        var catalog = new PartCatalog(parts);
        foreach (int degree in new[] { 1, 2, -1 })
        {
            var error = Assert.Throws<ArgumentException>(() => CompiledCatalog.Compile(catalog, Data, Data.GetBuyer("US"), degree));
            Assert.StartsWith("Part 'X' flattens to 1E+16 g of cobalt", error.Message);
        }
    }

    [Fact]
    public void A_deep_chain_costs_memory_for_its_entries_not_for_its_levels()
    {
        // 20,000 levels, each row 20 entries long, against 20,000 leaves of the same 20 materials on one level: the
        // same entries, so the same memory, give or take the level bookkeeping (not a scratch per level).
        MaterialId[] materials = PricedMaterials().Take(20).ToArray();
        Assert.Equal(20, materials.Length);
        MaterialContent[] lines = materials.Select(m => new MaterialContent(m, 1.0)).ToArray();
        var us = CountryShares.Create((CountryCode.Parse("US"), 1.0));
        const int n = 20_000;
        var chain = new PartCatalog(Enumerable.Range(0, n).Select(i => i == n - 1
            ? new Part("C" + i, "c", PartCategory.Other, us, lines)
            : new Part("C" + i, "c", PartCategory.Other, us, null, new[] { new BomLine("C" + (i + 1), 1) })));
        var flat = new PartCatalog(Enumerable.Range(0, n).Select(i => new Part("L" + i, "l", PartCategory.Other, us, lines)));

        long Allocated(PartCatalog catalog)
        {
            CompiledCatalog.Compile(catalog, Data, Data.GetBuyer("US"), 1); // warm up
            long before = GC.GetAllocatedBytesForCurrentThread();
            CompiledCatalog compiled = CompiledCatalog.Compile(catalog, Data, Data.GetBuyer("US"), 1);
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(n * 20, compiled.EntryCount);
            return bytes;
        }

        long chainBytes = Allocated(chain);
        long flatBytes = Allocated(flat);
        Assert.True(chainBytes < flatBytes * 1.25, $"chain {chainBytes:N0} B, flat {flatBytes:N0} B");
    }

    [Fact]
    public void Materials_are_numbered_by_supply_risk_then_first_use_and_countries_by_first_use_across_the_parallel_chunks()
    {
        // 40,000 leaves in catalog order: three materials from the start, five more first used in the second chunk of
        // 16,384 parts, the rest in the third, each part's lines in a shuffled order; made in Germany, then in Japan
        // and China (a new made-in object per part), then in Korea and the buyer or in Mexico. Merging the chunks in
        // any other order changes the countries' columns (and the materials' among equal supply risks).
        var random = new Random(11);
        MaterialId[] materials = PricedMaterials().Take(12).ToArray();
        CountryCode Code(string code) => CountryCode.Parse(code);
        var germany = CountryShares.Create((Code("DE"), 1.0));
        var koreaAndUs = CountryShares.Create((Code("KR"), 0.6), (Code("US"), 0.4));
        var mexico = CountryShares.Create((Code("MX"), 1.0));
        CountryShares Place(int i) => i < 16_384 ? germany
            : i < 32_768 ? CountryShares.Create((Code(i % 2 == 0 ? "JP" : "CN"), 0.5), (Code(i % 2 == 0 ? "CN" : "JP"), 0.5))
            : i % 3 == 0 ? mexico : koreaAndUs;
        var leaves = Enumerable.Range(0, 40_000).Select(i =>
        {
            int available = i < 16_384 ? 3 : i < 32_768 ? 8 : materials.Length;
            MaterialContent[] lines = materials.Take(available).OrderBy(_ => random.Next()).Take(3)
                .Select(m => new MaterialContent(m, 1.0)).ToArray();
            return new Part("P" + i, "leaf", PartCategory.Other, Place(i), lines);
        }).ToList();
        var parts = new PartCatalog(leaves);

        var firstUse = new List<MaterialId>();
        foreach (MaterialContent line in leaves.SelectMany(p => p.Materials))
        {
            if (!firstUse.Contains(line.Material))
            {
                firstUse.Add(line.Material);
            }
        }

        Buyer buyer = Data.GetBuyer("US");
        var countries = new List<CountryCode>();
        foreach (CountryShare share in leaves.SelectMany(p => p.MadeIn.Entries))
        {
            if ((share.Country.IsRestOfWorld || !buyer.Contains(share.Country)) && !countries.Contains(share.Country))
            {
                countries.Add(share.Country);
            }
        }

        CompiledCatalog catalog = AssertSameOnAnyThreadCount(parts);
        var assessor = new SupplyRisk.Scoring.SupplyRiskAssessor(Data);
        Assert.Equal(firstUse.OrderByDescending(m => assessor.Assess(m, buyer).Value).ToList(), catalog.Materials); // stable: first use among ties
        Assert.Equal(materials.Length, catalog.Materials.Count);
        List<CountryCode> origins = catalog.Origins.Select(o => o.Country).ToList();
        Assert.Equal(countries, origins);
        Assert.Equal(5, origins.Count);
        Assert.Equal("DE", origins[0].ToString()); // first chunk
        Assert.Equal("MX", origins[4].ToString()); // third chunk only
    }

    [Fact]
    public void A_material_without_a_price_first_used_in_a_later_chunk_names_its_first_user()
    {
        MaterialId priced = PricedMaterials().First();
        MaterialId unpriced = Data.Materials.First(m => Data.FindPrice(m.Id) is null).Id;
        var de = CountryShares.Create((CountryCode.Parse("DE"), 1.0));
        var parts = new PartCatalog(Enumerable.Range(0, 40_000).Select(i => new Part(
            "P" + i,
            "leaf",
            PartCategory.Other,
            de,
            i >= 35_000 ? new[] { new MaterialContent(priced, 1.0), new MaterialContent(unpriced, 1.0) } : new[] { new MaterialContent(priced, 1.0) })));
        foreach (int degree in new[] { 1, -1 })
        {
            var error = Assert.Throws<ArgumentException>(() => CompiledCatalog.Compile(parts, Data, Data.GetBuyer("US"), degree));
            Assert.Equal("data", error.ParamName);
            Assert.Contains($"material '{unpriced}' (used by part 'P35000') has no reference price", error.Message);
        }
    }

    [Fact]
    public void More_materials_than_a_compiled_catalog_holds_are_refused()
    {
        var lines = Enumerable.Range(0, CompiledCatalog.MaximumMaterials + 1).Select(i => new MaterialContent(MaterialId.From("m" + i), 1.0));
        var parts = new PartCatalog(new[] { new Part("HUGE", "huge", PartCategory.Other, CountryShares.Create((CountryCode.Parse("DE"), 1.0)), lines) });
        var error = Assert.Throws<ArgumentException>(() => CompiledCatalog.Compile(parts, Data, Data.GetBuyer("US")));
        Assert.Equal("catalog", error.ParamName);
        Assert.StartsWith($"The catalog has {CompiledCatalog.MaximumMaterials + 1} materials; a compiled catalog holds at most {CompiledCatalog.MaximumMaterials}.", error.Message);
    }

    [Fact]
    public void An_empty_catalog_compiles_and_scores_to_nothing()
    {
        CompiledCatalog catalog = AssertSameOnAnyThreadCount(new PartCatalog(Array.Empty<Part>()));
        Assert.Equal(0, catalog.PartCount);
        Assert.Equal(0, catalog.EntryCount);
        var context = TradeWar();
        Assert.Empty(ExposureEngine.Score(CompiledScenario.Compile(context, catalog)));
    }

    [Fact]
    public void Parts_without_materials_or_made_only_inside_the_buyer_compile_to_empty_rows_and_lists()
    {
        var us = CountryShares.Create((CountryCode.Parse("US"), 1.0));
        MaterialId cobalt = MaterialId.From("cobalt");
        var parts = new PartCatalog(new[]
        {
            new Part("EMPTY", "no lines", PartCategory.Other, us, null),
            new Part("HOLDER", "holds EMPTY", PartCategory.Other, us, null, new[] { new BomLine("EMPTY", 2) }),
            new Part("US-MADE", "made in the buyer", PartCategory.Other, us, new[] { new MaterialContent(cobalt, 3.0) }),
        });
        CompiledCatalog catalog = AssertSameOnAnyThreadCount(parts);
        Assert.Equal(1, catalog.EntryCount);
        Assert.Empty(catalog.Origins);
        Assert.Empty(catalog.OutsideCountry);
        foreach (string number in new[] { "EMPTY", "HOLDER" })
        {
            int row = catalog.IndexOf(number);
            Assert.Equal(catalog.RowStart[row], catalog.RowStart[row + 1]);
        }

        var context = TradeWar();
        double[] scores = ExposureEngine.Score(CompiledScenario.Compile(context, catalog));
        foreach (string number in new[] { "EMPTY", "HOLDER", "US-MADE" })
        {
            double reference = context.Score(parts, number).Score;
            Assert.True(Math.Abs(reference - scores[catalog.IndexOf(number)]) <= ExposureEngineTests.Tolerance * Math.Max(1, reference), number);
        }
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(4097)]
    public void A_level_of_one_block_or_one_row_more_compiles_the_same_on_any_thread_count(int leaves)
    {
        var random = new Random(leaves);
        MaterialId[] materials = PricedMaterials().Take(10).ToArray();
        var place = CountryShares.Create((CountryCode.Parse("CN"), 0.5), (CountryCode.Parse("US"), 0.5));
        var parts = Enumerable.Range(0, leaves).Select(i => new Part(
            "L" + i,
            "leaf",
            PartCategory.Other,
            place,
            materials.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).Select(m => new MaterialContent(m, 2.0)).ToArray())).ToList();
        parts.Add(new Part("TOP", "top", PartCategory.Other, place, null, new[] { new BomLine("L0", 1), new BomLine("L" + (leaves - 1), 3) }));
        CompiledCatalog catalog = AssertSameOnAnyThreadCount(new PartCatalog(parts));
        Assert.Equal("TOP", catalog.PartNumbers[leaves]);
        Assert.Equal(leaves + 1, catalog.PartCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void A_degree_of_parallelism_that_is_neither_minus_one_nor_positive_is_rejected(int degree)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CompiledCatalog.Compile(EmbeddedData.Products.Parts, Data, Data.GetBuyer("US"), degree));
        Assert.Equal("maxDegreeOfParallelism", error.ParamName);
    }
}
