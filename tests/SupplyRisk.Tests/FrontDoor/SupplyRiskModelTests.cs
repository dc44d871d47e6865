using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;
using Xunit;

namespace SupplyRisk.Tests.FrontDoor;

/// <summary>The front door: a model, scorers made from it, batches, and the checks on what is passed in.</summary>
public sealed class SupplyRiskModelTests
{
    private static readonly DateTime Day = new(2026, 11, 28);

    private const string TwoProducts =
        "part_number,name,category,made_in,child,quantity,material,grams,substitutability\n" +
        "MOTOR,Traction motor,automotive,JP,MAGNET,2,copper,5000,0.3\n" +
        "MAGNET,NdFeB magnet,automotive,CN,,,neodymium,300,0.95\n" +
        "MAGNET,,,,,,dysprosium,40,1\n" +
        "EPS,Steering unit,automotive,DE,,,copper,600,0.3\n";

    [Fact]
    public void The_default_model_scores_what_the_parts_scorer_scores()
    {
        SupplyRiskModel model = SupplyRiskModel.Default;
        ExposureScorer scorer = model.CreateScorer("US", "trade-war-2025", Day);
        ExposureReport viaModel = scorer.Score(model.Products, "bev");
        ExposureReport direct = ExposureScorer.Create(EmbeddedData.Dataset, EmbeddedData.Timeline, SupplyRiskModel.Default.GetScenario("trade-war-2025"), EmbeddedData.Dataset.GetBuyer("US"), Day)
            .Score(EmbeddedData.Products.Parts, "BEV");
        Assert.Equal(direct.Score, viaModel.Score, 12);
        Assert.Equal(direct.OutputLost, viaModel.OutputLost, 12);
        Assert.Same(model.Timeline, scorer.Timeline);
        Assert.Equal(model.Timeline.DataAsOf, model.DataAsOf);
    }

    [Fact]
    public void ScoreAll_scores_every_top_level_part_and_a_batch_multiplies_buyers_and_scenarios()
    {
        PartCatalog parts = BomCsv.Read(new StringReader(TwoProducts), "two.csv").Parts;
        Assert.Equal(new[] { "MOTOR", "EPS" }, parts.TopLevelParts.Select(p => p.PartNumber).ToArray());

        SupplyRiskModel model = SupplyRiskModel.Default;
        IReadOnlyList<ExposureReport> all = model.CreateScorer("EU", "baseline", Day).ScoreAll(parts);
        Assert.Equal(new[] { "MOTOR", "EPS" }, all.Select(r => r.PartNumber).ToArray());

        IReadOnlyList<ExposureReport> batch = model.ScoreBatch(parts, new[] { "US", "EU" }, new[] { "baseline", "trade-war-2025" }, Day);
        Assert.Equal(2 * 2 * 2, batch.Count);
        Assert.Equal(new[] { "US", "US", "US", "US", "EU", "EU", "EU", "EU" }, batch.Select(r => r.Buyer.Code).ToArray());
        Assert.Equal(all[1].Score, batch.Single(r => r.Buyer.Code == "EU" && r.Scenario.Id == "baseline" && r.PartNumber == "EPS").Score, 12);
    }

    [Fact]
    public void Unknown_ids_are_KeyNotFound_listing_what_is_known_and_TryGet_says_false()
    {
        SupplyRiskModel model = SupplyRiskModel.Default;
        Assert.Contains("trade-war-2025", Assert.Throws<KeyNotFoundException>(() => model.CreateScorer("US", "no-such", Day)).Message, StringComparison.Ordinal);
        Assert.Contains("bev", Assert.Throws<KeyNotFoundException>(() => model.GetProduct("no-such")).Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => model.GetBuyer("ZZZZ"));
        Assert.False(model.TryGetScenario("no-such", out _));
        Assert.False(model.TryGetProduct(null, out _));
        Assert.False(model.TryGetBuyer("ZZZZ", out _));
        Assert.True(model.TryGetBuyer("EU", out var eu) && eu!.Code == "EU");
        Assert.True(model.TryGetProduct("bev", out var bev) && bev!.RootPart == "BEV");
    }

    [Fact]
    public void A_batch_over_the_limit_is_refused_before_any_scoring()
    {
        var many = new List<Part>();
        for (int i = 0; i < 2_501; i++)
        {
            many.Add(new Part("P" + i, "p", PartCategory.Other, SupplyRisk.Materials.CountryShares.Create((SupplyRisk.Geography.CountryCode.Parse("DE"), 1.0)), new[] { new MaterialContent("copper", 1) }));
        }

        var parts = new PartCatalog(many);
        var error = Assert.Throws<ArgumentException>(() => SupplyRiskModel.Default.ScoreBatch(parts, new[] { "US", "EU" }, new[] { "baseline", "current" }, Day));
        Assert.Contains("10,004 reports, over the limit of 10,000", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SupplyRiskModel.Default.ScoreBatch(parts, Array.Empty<string>(), new[] { "baseline" }, Day));

        for (int i = many.Count; i <= ExposureScorer.MaximumBatchReports; i++)
        {
            many.Add(new Part("P" + i, "p", PartCategory.Other, SupplyRisk.Materials.CountryShares.Create((SupplyRisk.Geography.CountryCode.Parse("DE"), 1.0)), new[] { new MaterialContent("copper", 1) }));
        }

        var tooMany = new PartCatalog(many);
        var one = Assert.Throws<ArgumentException>(() => SupplyRiskModel.Default.CreateScorer("US", "baseline", Day).ScoreAll(tooMany));
        Assert.Contains("10,001 top-level parts, over the limit of 10,000", one.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_built_model_without_defaults_has_only_baseline_and_refuses_repeated_scenario_ids()
    {
        SupplyRiskModel empty = SupplyRiskModel.CreateBuilder(includeDefaults: false)
            .AddData(DataFileKind.CountryGroups, new StringReader(TestData.Groups), "g.csv")
            .AddData(DataFileKind.Governance, new StringReader(TestData.Governance), "w.csv")
            .AddData(DataFileKind.Materials, new StringReader(TestData.Materials), "m.csv")
            .AddData(DataFileKind.StageShares, new StringReader(TestData.Shares), "s.csv")
            .Build();
        Assert.Equal(new[] { "baseline" }, empty.Scenarios.Select(s => s.Id).ToArray());
        Assert.Empty(empty.Products.Products);
        Assert.Empty(empty.Timeline.Measures);

        Scenario again = Scenario.Create("current").Build();
        var error = Assert.Throws<ArgumentException>(() => SupplyRiskModel.CreateBuilder().AddScenario(again).Build());
        Assert.Contains("'current' is used more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_reads_every_file_and_lists_every_problem_or_throws_the_one_files_own_exception()
    {
        string dir = Path.Combine(Path.GetTempPath(), "supplyrisk-builder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string badShares = Path.Combine(dir, "shares.csv");
            File.WriteAllText(badShares, "material,stage,stage_label,country,share,year,quality,source,note\ncobalt,processing,refined,FI,lots,2026,estimate,test,\n");
            string badScenario = Path.Combine(dir, "typo.json");
            File.WriteAllText(badScenario, "{ \"id\": \"s\", \"mesures\": [] }");
            string badTimeline = Path.Combine(dir, "measures.csv");
            File.WriteAllText(badTimeline, "id,kind,issuer,effective,source\nm1,export-ban,CN,not-a-date,test\n");

            // One failing file: its own exception.
            Assert.Throws<ScenarioFormatException>(() => SupplyRiskModel.CreateBuilder().AddScenarioFile(badScenario).Build());
            Assert.Throws<PolicyFormatException>(() => SupplyRiskModel.CreateBuilder().WithTimelineFile(badTimeline).Build());
            Assert.Throws<FileNotFoundException>(() => SupplyRiskModel.CreateBuilder().AddDataFile(DataFileKind.Governance, Path.Combine(dir, "missing.csv")).Build());

            // Several: one exception listing every problem of every file.
            var all = Assert.Throws<ReferenceDataException>(() => SupplyRiskModel.CreateBuilder()
                .AddDataFile(DataFileKind.StageShares, badShares)
                .WithTimelineFile(badTimeline)
                .AddScenarioFile(badScenario)
                .Build());
            Assert.Contains(all.Errors, e => e.File == "shares.csv" && e.Line == 2);
            Assert.Contains(all.Errors, e => e.File == "measures.csv" && e.Line == 2);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
