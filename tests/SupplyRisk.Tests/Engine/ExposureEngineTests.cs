using System.Collections.Generic;
using System.Linq;
using System;
using CsCheck;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;
using SupplyRisk.Tests.Scoring;

namespace SupplyRisk.Tests.Engine;

/// <summary>The compiled engine against the reference scorer, its allocations and its parallel path.</summary>
public sealed class ExposureEngineTests
{
    private static readonly DateTime Day = new(2026, 11, 28);

    /// <summary>
    /// The engine stores its per-entry columns in single precision (docs/methodology.md §10.8): it equals the reference
    /// to 1e-6 relative, not to the last bit.
    /// </summary>
    internal const double Tolerance = ExposureEngine.RelativeTolerance;

    private static void AssertClose(double expected, double actual, string what)
    {
        double tolerance = Tolerance * Math.Max(1.0, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: reference {expected:R}, engine {actual:R}");
    }

    private static void AssertEngineEqualsReference(ExposureScorer context, PartCatalog parts)
    {
        CompiledCatalog catalog = CompiledCatalog.Compile(parts, context.Data, context.Buyer);
        CompiledScenario compiled = CompiledScenario.Compile(context, catalog);
        var scores = new double[catalog.PartCount];
        var shortfalls = new double[catalog.PartCount];
        var costs = new double[catalog.PartCount];
        ExposureEngine.Score(compiled, scores, shortfalls, costs);
        for (int p = 0; p < catalog.PartCount; p++)
        {
            string number = catalog.PartNumbers[p];
            ExposureReport reference = context.Score(parts, number);
            AssertClose(reference.Score, scores[p], $"{number} score");
            AssertClose(reference.ExpectedShortfall, shortfalls[p], $"{number} shortfall");
            AssertClose(reference.CostImpact, costs[p], $"{number} cost");
        }
    }

    [Fact]
    public void Engine_equals_the_reference_for_every_built_in_part_scenario_and_buyer()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        foreach (string buyer in new[] { "US", "EU", "JP" })
        {
            foreach (Scenario scenario in EmbeddedData.Scenarios)
            {
                AssertEngineEqualsReference(ExposureScorer.Create(data, EmbeddedData.Timeline, scenario, data.GetBuyer(buyer), Day), EmbeddedData.Products.Parts);
            }
        }
    }

    [Fact]
    public void Engine_equals_the_reference_on_random_models_with_time_paths_covers_and_material_forms()
    {
        Gen.Select(RandomModels.Models, RandomModels.Shocks, Gen.Int[0, RandomModels.Countries.Length - 1], Gen.Double[0.5, 3], Gen.Double[0, 40], Gen.Int[-200, 300], Gen.Int[0, RandomModels.Countries.Length - 1])
            .Sample((model, shock, made, qty, cover, start, magnetMade) =>
        {
            ReferenceDataset data = model.Dataset();
            // A small DAG: TOP -> 2 × SUB (made elsewhere) and TOP -> qty × P; SUB -> P (shared) and a magnet made in
            // yet another place; covers held of SUB and the magnet.
            Part p = model.Part().Get("P");
            var magnet = new Part("MAG", "magnet", PartCategory.Other, CountryShares.Create((CountryCode.Parse(RandomModels.Countries[magnetMade]), 1.0)),
                new[] { new MaterialContent("m0", 1.5, 1.0) }, itemClass: ItemClass.Magnet, coverDays: cover);
            var sub = new Part("SUB", "sub", PartCategory.Other, CountryShares.Create((CountryCode.Parse(RandomModels.Countries[made]), 0.6), (CountryCode.RestOfWorld, 0.4)),
                new[] { new MaterialContent("m0", 3.0, 0.7) }, new[] { new BomLine("P", 1), new BomLine("MAG", 2) }, coverDays: cover / 2, maker: "A");
            var top = new Part("TOP", "top", PartCategory.Other, CountryShares.Create((CountryCode.Parse("US"), 1.0)), null, new[] { new BomLine("SUB", 2), new BomLine("P", qty) });
            var parts = new PartCatalog(new[] { top, sub, p, magnet });
            var measures = new List<PolicyMeasure> { shock, PolicyMeasure.Tariff("t", "t", CountryCode.Parse("US"), MeasureScope.All, 0.3, "layer") };
            measures.Add(PolicyMeasure.ContentRule("rule", "r", CountryCode.Parse(RandomModels.Countries[made]), new MeasureScope(new MaterialId[] { "m0" }), 0.001));
            // A dated measure that starts (or started) at a random day relative to the as-of date.
            measures.Add(PolicyMeasure.ExportLicensing("dated", "d", CountryCode.Parse("CN"), MeasureScope.All, MeasureWindow.Create(Day.AddDays(start))));
            Scenario scenario = Scenario.Create("s").With(measures.ToArray()).Build();
            var context = ExposureScorer.Create(data, PolicyTimeline.Empty, scenario, Buyer.FromCountry(CountryCode.Parse("US")), Day);
            AssertEngineEqualsReference(context, parts);
        }, iter: 60);
    }

    [Fact]
    public void Scoring_a_compiled_catalog_allocates_nothing_after_warm_up()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        CompiledCatalog catalog = CompiledCatalog.Compile(EmbeddedData.Products.Parts, data, data.GetBuyer("US"));
        CompiledScenario compiled = CompiledScenario.Compile(ExposureScorer.Create(data, EmbeddedData.Timeline, SupplyRiskModel.Default.GetScenario("trade-war-2025"), data.GetBuyer("US"), Day), catalog);
        var scores = new double[catalog.PartCount];
        var shortfalls = new double[catalog.PartCount];
        var costs = new double[catalog.PartCount];
        long Window()
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                ExposureEngine.Score(compiled, scores, shortfalls, costs);
                _ = ExposureEngine.Score(compiled, i % catalog.PartCount, out _, out _);
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        // Warm up both overloads; then a per-call allocation shows in every window (100 calls each), while the runtime's
        // own one-off work on this thread (tiered JIT promoting a method under CI load) can touch one window only.
        Window();
        long[] windows = { Window(), Window(), Window() };
        Assert.True(windows.Min() == 0, "bytes allocated per window of 100 calls: " + string.Join(", ", windows));
        Assert.Contains(shortfalls, f => f > 0); // the magnet parts of trade-war-2025 lose output: the kernel's day sums were read
    }

    [Fact]
    public void Parallel_and_multi_scenario_scoring_are_bit_identical_to_the_sequential_path()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        CompiledCatalog catalog = CompiledCatalog.Compile(EmbeddedData.Products.Parts, data, data.GetBuyer("EU"));
        CompiledScenario[] scenarios = EmbeddedData.Scenarios
            .Select(s => CompiledScenario.Compile(ExposureScorer.Create(data, EmbeddedData.Timeline, s, data.GetBuyer("EU"), Day), catalog))
            .ToArray();
        var all = new double[scenarios.Length * catalog.PartCount];
        ExposureEngine.Score(scenarios, all);
        for (int k = 0; k < scenarios.Length; k++)
        {
            double[] sequential = ExposureEngine.Score(scenarios[k]);
            var parallel = new double[catalog.PartCount];
            ExposureEngine.ScoreParallel(scenarios[k], parallel, maxDegreeOfParallelism: 2);
            Assert.Equal(sequential, parallel);
            Assert.Equal(sequential, all.Skip(k * catalog.PartCount).Take(catalog.PartCount));
        }
    }

    [Fact]
    public void Buffers_of_the_wrong_size_and_foreign_catalogs_are_rejected()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        CompiledCatalog catalog = CompiledCatalog.Compile(EmbeddedData.Products.Parts, data, data.GetBuyer("EU"));
        CompiledCatalog other = CompiledCatalog.Compile(EmbeddedData.Products.Parts, data, data.GetBuyer("EU"));
        ExposureScorer context = ExposureScorer.Create(data, EmbeddedData.Timeline, SupplyRiskModel.Default.GetScenario("baseline"), data.GetBuyer("EU"), Day);
        CompiledScenario a = CompiledScenario.Compile(context, catalog);
        CompiledScenario b = CompiledScenario.Compile(context, other);
        Assert.Throws<ArgumentException>(() => ExposureEngine.Score(a, new double[catalog.PartCount + 1]));
        Assert.Throws<ArgumentException>(() => ExposureEngine.Score(new[] { a, b }, new double[2 * catalog.PartCount]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExposureEngine.Score(a, catalog.PartCount, out _, out _));
    }

    [Fact]
    public void A_catalog_compiled_for_another_buyer_or_with_other_prices_is_refused()
    {
        Gen.Select(RandomModels.Models, Gen.Double[1.5, 3]).Sample((model, factor) =>
        {
            ReferenceDataset data = model.Dataset();
            Buyer us = Buyer.FromCountry(CountryCode.Parse("US"));
            CompiledCatalog catalog = CompiledCatalog.Compile(model.Part(), data, us);

            var otherBuyer = ExposureScorer.Create(data, PolicyTimeline.Empty, SupplyRiskModel.Default.GetScenario("baseline"), Buyer.FromCountry(CountryCode.Parse("DE")), Day);
            var e = Assert.Throws<ArgumentException>(() => CompiledScenario.Compile(otherBuyer, catalog));
            Assert.Contains("compiled for buyer 'US'", e.Message);

            ReferenceDataset repriced = (model with { Price = model.Price.Select(p => p * factor).ToArray() }).Dataset();
            var otherPrices = ExposureScorer.Create(repriced, PolicyTimeline.Empty, SupplyRiskModel.Default.GetScenario("baseline"), us, Day);
            e = Assert.Throws<ArgumentException>(() => CompiledScenario.Compile(otherPrices, catalog));
            Assert.Contains("material 'm0' is priced", e.Message);
        }, iter: 10);
    }

    [Fact]
    public void Rows_hold_value_substitutability_and_the_value_entering_the_buyer_by_origin()
    {
        // One part, made 60 % in the US (inside the buyer) and 40 % in Mexico, with a zero-gram line.
        ReferenceDataset data = EmbeddedData.Dataset;
        var part = new Part("A", "a", PartCategory.Other, CountryShares.Create((CountryCode.Parse("US"), 0.6), (CountryCode.Parse("MX"), 0.4)),
            new[] { new MaterialContent("cobalt", 2000, 0.5), new MaterialContent("gallium", 0, 0.9) });
        CompiledCatalog catalog = CompiledCatalog.Compile(new PartCatalog(new[] { part }), data, data.GetBuyer("US"));
        double cobaltValue = 2.0 * data.FindPrice("cobalt")!.UsdPerKilogram;

        int cobalt = catalog.Materials.ToList().IndexOf("cobalt");
        int gallium = catalog.Materials.ToList().IndexOf("gallium");
        Assert.Equal((float)cobaltValue, catalog.EntryValue[cobalt]);
        Assert.Equal(0.5, catalog.EntrySubstitutability[cobalt]);
        Assert.Equal(0.0, catalog.EntrySubstitutability[gallium]); // weighs nothing: cannot stop production
        Assert.Equal(new[] { new GoodsOrigin(CountryCode.Parse("MX"), ItemClass.Component, PartCategory.Other) }, catalog.Origins);
        Assert.Equal(0.4 * cobaltValue, Assert.Single(catalog.OutsideValue), 12); // the part enters the buyer whole from MX
    }

    [Fact]
    public void Catalogs_with_more_than_64_materials_and_shared_assemblies_equal_the_reference()
    {
        // 70 materials: every row's material set spans two 64-bit words in the compiler's bit sets.
        const int n = 70;
        var random = new Random(5);
        double[] Uniform(int count, double low, double high) => Enumerable.Range(0, count).Select(_ => low + (random.NextDouble() * (high - low))).ToArray();
        var model = new RandomModels.Model(
            Uniform(RandomModels.Countries.Length, -2, 2),
            Enumerable.Range(0, n).Select(_ => new[] { Uniform(RandomModels.Countries.Length, 0.1, 1), Uniform(RandomModels.Countries.Length, 0.1, 1) }).ToArray(),
            Uniform(n, 0, 0.5),
            Uniform(n, 0.3, 1),
            Uniform(n, 1, 5000),
            Uniform(n, 0.1, 1000),
            Uniform(n, 0, 1),
            MadeIn: 0);
        ReferenceDataset data = model.Dataset();
        Part low = new("LOW", "low", PartCategory.Other, CountryShares.Create((CountryCode.Parse("JP"), 1.0)),
            Enumerable.Range(0, 10).Select(m => new MaterialContent(MaterialId.From($"m{m}"), 5.0, 0.5)));
        Part high = new("HIGH", "high", PartCategory.Other, CountryShares.Create((CountryCode.Parse("US"), 0.5), (CountryCode.Parse("DE"), 0.5)),
            Enumerable.Range(60, 10).Select(m => new MaterialContent(MaterialId.From($"m{m}"), 2.0, 0.9)), new[] { new BomLine("LOW", 2) });
        Part top = new("TOP", "top", PartCategory.Other, CountryShares.Create((CountryCode.Parse("CN"), 1.0)), null,
            new[] { new BomLine("HIGH", 1), new BomLine("LOW", 3), new BomLine("P", 1) });
        var parts = new PartCatalog(new[] { top, high, low, model.Part().Get("P") });
        var measures = new[]
        {
            PolicyMeasure.Tariff("t", "t", CountryCode.Parse("US"), MeasureScope.All, 0.25, "layer"),
            PolicyMeasure.ContentRule("rule", "r", CountryCode.Parse("CN"), MeasureScope.All, 0.001),
        };
        var context = ExposureScorer.Create(data, PolicyTimeline.Empty, Scenario.Create("s").With(measures).Build(), Buyer.FromCountry(CountryCode.Parse("US")), Day);
        AssertEngineEqualsReference(context, parts);
        Assert.Equal(n, CompiledCatalog.Compile(parts, data, context.Buyer).Materials.Count);
    }
}
