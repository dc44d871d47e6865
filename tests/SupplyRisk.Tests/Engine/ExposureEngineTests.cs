using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.Geography;
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

    private static void AssertClose(double expected, double actual, string what)
    {
        double tolerance = 1e-12 * Math.Max(1.0, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: reference {expected:R}, engine {actual:R}");
    }

    private static void AssertEngineEqualsReference(ScoringContext context, PartCatalog parts)
    {
        CompiledCatalog catalog = CompiledCatalog.Compile(parts);
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
        ReferenceDataset data = ReferenceDataset.Default;
        foreach (string buyer in new[] { "US", "EU", "JP" })
        {
            foreach (Scenario scenario in BuiltInScenarios.All)
            {
                AssertEngineEqualsReference(ScoringContext.Compile(data, PolicyTimeline.Default, scenario, data.GetBuyer(buyer), Day), ProductCatalog.Default.Parts);
            }
        }
    }

    [Fact]
    public void Engine_equals_the_reference_on_random_models_with_shared_sub_assemblies()
    {
        Gen.Select(RandomModels.Models, RandomModels.Shocks, Gen.Int[0, RandomModels.Countries.Length - 1], Gen.Double[0.5, 3]).Sample((model, shock, made, qty) =>
        {
            ReferenceDataset data = model.Dataset();
            // A small DAG: TOP -> 2 × SUB (made elsewhere) and TOP -> qty × P; SUB -> P (shared).
            Part p = model.Part().Get("P");
            var sub = new Part("SUB", "sub", PartCategory.Other, CountryShares.Create((CountryCode.Parse(RandomModels.Countries[made]), 0.6), (CountryCode.RestOfWorld, 0.4)),
                new[] { new MaterialContent("m0", 3.0, 0.7) }, new[] { new BomLine("P", 1) });
            var top = new Part("TOP", "top", PartCategory.Other, CountryShares.Create((CountryCode.Parse("US"), 1.0)), null, new[] { new BomLine("SUB", 2), new BomLine("P", qty) });
            var parts = new PartCatalog(new[] { top, sub, p });
            var measures = new List<PolicyMeasure> { shock, PolicyMeasure.Tariff("t", "t", CountryCode.Parse("US"), MeasureScope.All, 0.3, "layer") };
            measures.Add(PolicyMeasure.ContentRule("rule", "r", CountryCode.Parse(RandomModels.Countries[made]), new MeasureScope(new MaterialId[] { "m0" }), 0.001));
            Scenario scenario = Scenario.Create("s").With(measures.ToArray()).Build();
            var context = ScoringContext.Compile(data, PolicyTimeline.Empty, scenario, Buyer.FromCountry(CountryCode.Parse("US")), Day);
            AssertEngineEqualsReference(context, parts);
        }, iter: 60);
    }

    [Fact]
    public void Scoring_a_compiled_catalog_allocates_nothing_after_warm_up()
    {
        ReferenceDataset data = ReferenceDataset.Default;
        CompiledCatalog catalog = CompiledCatalog.Compile(ProductCatalog.Default.Parts);
        CompiledScenario compiled = CompiledScenario.Compile(ScoringContext.Compile(data, PolicyTimeline.Default, BuiltInScenarios.Get("trade-war-2025"), data.GetBuyer("US"), Day), catalog);
        var scores = new double[catalog.PartCount];
        var shortfalls = new double[catalog.PartCount];
        var costs = new double[catalog.PartCount];
        ExposureEngine.Score(compiled, scores, shortfalls, costs);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            ExposureEngine.Score(compiled, scores, shortfalls, costs);
            _ = ExposureEngine.Score(compiled, i % catalog.PartCount, out _, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Contains(scores, s => s > 50);
    }

    [Fact]
    public void Parallel_and_multi_scenario_scoring_are_bit_identical_to_the_sequential_path()
    {
        ReferenceDataset data = ReferenceDataset.Default;
        CompiledCatalog catalog = CompiledCatalog.Compile(ProductCatalog.Default.Parts);
        CompiledScenario[] scenarios = BuiltInScenarios.All
            .Select(s => CompiledScenario.Compile(ScoringContext.Compile(data, PolicyTimeline.Default, s, data.GetBuyer("EU"), Day), catalog))
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
        ReferenceDataset data = ReferenceDataset.Default;
        CompiledCatalog catalog = CompiledCatalog.Compile(ProductCatalog.Default.Parts);
        CompiledCatalog other = CompiledCatalog.Compile(ProductCatalog.Default.Parts);
        ScoringContext context = ScoringContext.Compile(data, PolicyTimeline.Default, BuiltInScenarios.Get("baseline"), data.GetBuyer("EU"), Day);
        CompiledScenario a = CompiledScenario.Compile(context, catalog);
        CompiledScenario b = CompiledScenario.Compile(context, other);
        Assert.Throws<ArgumentException>(() => ExposureEngine.Score(a, new double[catalog.PartCount + 1]));
        Assert.Throws<ArgumentException>(() => ExposureEngine.Score(new[] { a, b }, new double[2 * catalog.PartCount]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExposureEngine.Score(a, catalog.PartCount, out _, out _));
    }
}
