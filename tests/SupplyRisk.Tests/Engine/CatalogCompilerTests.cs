using System;
using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.Engine;

/// <summary>Compiling catalogs level by level on several threads.</summary>
public sealed class CatalogCompilerTests
{
    private static readonly ReferenceDataset Data = ReferenceDataset.Default;

    /// <summary>
    /// A layered catalog whose lower levels hold more rows than the compiler hands a thread at a time, so levels
    /// really are split between threads: 3,000 leaves, two levels of 2,500 assemblies of shared sub-assemblies, and
    /// a short chain on top.
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
        for (int i = 0; i < 3000; i++)
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

    [Fact]
    public void Compiling_on_one_or_several_threads_gives_bit_identical_catalogs()
    {
        PartCatalog parts = Layered();
        Buyer buyer = Data.GetBuyer("US");
        CompiledCatalog one = CompiledCatalog.Compile(parts, Data, buyer, maxDegreeOfParallelism: 1);
        foreach (int degree in new[] { 2, 4, -1 })
        {
            CompiledCatalog many = CompiledCatalog.Compile(parts, Data, buyer, degree);
            Assert.Equal(one.PartNumbers, many.PartNumbers);
            Assert.Equal(one.Materials, many.Materials);
            Assert.Equal(one.Countries, many.Countries);
            Assert.Equal(one.RowStart, many.RowStart);
            Assert.Equal(one.EntryMaterial, many.EntryMaterial);
            Assert.Equal(one.EntryValue, many.EntryValue);
            Assert.Equal(one.EntrySubstitutability, many.EntrySubstitutability);
            Assert.Equal(one.EntryInsideValue, many.EntryInsideValue);
            Assert.Equal(one.OutsideStart, many.OutsideStart);
            Assert.Equal(one.OutsideCountry, many.OutsideCountry);
            Assert.Equal(one.OutsideValue, many.OutsideValue);
        }
    }

    [Fact]
    public void Parallel_compilation_equals_the_reference_and_stores_rows_by_length()
    {
        PartCatalog parts = Layered();
        var context = ScoringContext.Compile(Data, PolicyTimeline.Default, BuiltInScenarios.Get("trade-war-2025"), Data.GetBuyer("US"), new DateTime(2026, 11, 28));
        CompiledCatalog catalog = CompiledCatalog.Compile(parts, Data, context.Buyer);
        Assert.Equal(parts.Parts.Select(p => p.PartNumber).OrderBy(n => n, StringComparer.Ordinal), catalog.PartNumbers.OrderBy(n => n, StringComparer.Ordinal));

        // Rows are stored by length, then by country count (what keeps the kernel's loop exits predictable).
        for (int row = 1; row < catalog.PartCount; row++)
        {
            int length = catalog.RowStart[row + 1] - catalog.RowStart[row];
            int previous = catalog.RowStart[row] - catalog.RowStart[row - 1];
            Assert.True(previous < length || (previous == length && catalog.OutsideStart[row] - catalog.OutsideStart[row - 1] <= catalog.OutsideStart[row + 1] - catalog.OutsideStart[row]), $"row {row} is out of order");
        }

        double[] scores = ExposureEngine.Score(CompiledScenario.Compile(context, catalog));
        for (int p = 0; p < catalog.PartCount; p += 97)
        {
            double reference = context.Score(parts, catalog.PartNumbers[p]).Score;
            Assert.True(Math.Abs(reference - scores[p]) <= 1e-12 * Math.Max(1, reference), $"{catalog.PartNumbers[p]}: reference {reference:R}, engine {scores[p]:R}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void A_degree_of_parallelism_that_is_neither_minus_one_nor_positive_is_rejected(int degree)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CompiledCatalog.Compile(ProductCatalog.Default.Parts, Data, Data.GetBuyer("US"), degree));
        Assert.Equal("maxDegreeOfParallelism", error.ParamName);
    }
}
