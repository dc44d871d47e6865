using System.IO;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.Scoring;

/// <summary>Each test pins a problem found by review of the scoring and policy code.</summary>
public sealed class ReviewRegressionTests
{
    private static readonly ReferenceDataset Data = TestData.Build();
    private static readonly CountryCode CN = CountryCode.Parse("CN");
    private static readonly CountryCode AU = CountryCode.Parse("AU");
    private static readonly CountryCode DE = CountryCode.Parse("DE");
    private static readonly DateTime Day = new(2026, 11, 28);

    private static ExposureReport Score(Scenario scenario, PartCatalog parts, string buyer = "BLOC", ReferenceDataset? data = null) =>
        ExposureScorer.Create(data ?? Data, PolicyTimeline.Empty, scenario, (data ?? Data).GetBuyer(buyer), Day).Score(parts, parts.Parts[0].PartNumber);

    private static PartCatalog Widget(params MaterialContent[] lines) =>
        new(new[] { new Part("W", "w", PartCategory.Other, CountryShares.Create((DE, 1.0)), lines) });

    [Fact]
    public void A_misspelt_scenario_key_or_material_is_an_error_not_a_wider_measure()
    {
        const string json = """
            { "id": "typo", "measures": [ { "id": "b", "kind": "export-ban", "issuer": "CN", "material": ["dysprosium"], "destinations": ["JP"] } ] }
            """;
        var error = Assert.Throws<ScenarioFormatException>(() => ScenarioJson.Read(json, "typo.json"));
        Assert.Contains(error.Errors, e => e.Message.StartsWith("$.measures[0].material: is not a known property", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Message.StartsWith("$.measures[0].destinations: is not a known property", StringComparison.Ordinal));

        const string misspelt = """{ "id": "m", "measures": [ { "id": "b", "kind": "export-ban", "issuer": "CN", "materials": ["dysprosum"] } ] }""";
        var unknown = Assert.Throws<ScenarioFormatException>(() => ScenarioJson.Read(misspelt, "m.json", EmbeddedData.Dataset));
        Assert.Contains("'dysprosum' is not a material of the dataset", unknown.Message);
    }

    [Fact]
    public void Shares_summing_slightly_above_one_cannot_push_the_score_above_100()
    {
        const string shares =
            "material,stage,stage_label,country,share,year,quality,source,note\n" +
            "testium,extraction,mine,CN,0.50005,2024,secondary,test,\n" +
            "testium,extraction,mine,AU,0.50005,2024,secondary,test,\n";
        ReferenceDataset data = TestData.Builder().Add(DataFileKind.StageShares, new StringReader(shares), "s.csv").Build();
        Scenario loss = Scenario.Create("loss").With(
            PolicyMeasure.CapacityLoss("cn", "x", CN, MeasureScope.All, 1.0),
            PolicyMeasure.CapacityLoss("au", "x", AU, MeasureScope.All, 1.0)).Build();
        ExposureReport report = Score(loss, Widget(new MaterialContent("testium", 10)), data: data);
        Assert.InRange(report.Score, 0, 100);
        Assert.InRange(report.ExpectedShortfall, 0, 1);
        Assert.Equal(report.Score, report.ByCountry.Sum(c => c.Score), 10);
    }

    [Fact]
    public void Absurd_quantities_and_magnitudes_are_rejected_instead_of_overflowing()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BomLine("X", 1e300));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaterialContent("testium", 1e300));
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyMeasure.DemandShock("d", "d", MeasureScope.All, 1e308));
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyMeasure.Tariff("t", "t", CN, MeasureScope.All, double.PositiveInfinity, "l"));

        // 1e9 units, three levels deep, of 1e6 g: 1e33 g flattened.
        var parts = new PartCatalog(new[]
        {
            new Part("A", "a", PartCategory.Other, CountryShares.Create((DE, 1.0)), null, new[] { new BomLine("B", 1e9) }),
            new Part("B", "b", PartCategory.Other, CountryShares.Create((DE, 1.0)), null, new[] { new BomLine("C", 1e9) }),
            new Part("C", "c", PartCategory.Other, CountryShares.Create((DE, 1.0)), null, new[] { new BomLine("D", 1e9) }),
            new Part("D", "d", PartCategory.Other, CountryShares.Create((DE, 1.0)), new[] { new MaterialContent("cobalt", 1e6) }),
        });
        var error = Assert.Throws<ArgumentException>(() => parts.Flatten("A"));
        Assert.Contains("check the quantities", error.Message);
        var compileError = Assert.Throws<ArgumentException>(() => SupplyRisk.Engine.CompiledCatalog.Compile(parts, EmbeddedData.Dataset, EmbeddedData.Dataset.GetBuyer("US")));
        Assert.Contains("check the quantities", compileError.Message);
        // The deepest offender, whatever the thread count: B (1e9 × 1e15 g), not its parent A.
        Assert.StartsWith("Part 'B' flattens to 1E+24 g of cobalt", compileError.Message);
        Assert.StartsWith("Part 'B'", Assert.Throws<ArgumentException>(() => SupplyRisk.Engine.CompiledCatalog.Compile(parts, EmbeddedData.Dataset, EmbeddedData.Dataset.GetBuyer("US"), 1)).Message);
    }

    [Fact]
    public void A_material_line_of_zero_grams_cannot_set_the_shortfall()
    {
        Scenario ban = Scenario.Create("ban").With(PolicyMeasure.ExportBan("b", "b", CN, MeasureScope.All)).Build();
        ExposureReport report = Score(ban, Widget(new MaterialContent("testium", 0, 1.0)));
        Assert.Equal(0, report.ExpectedShortfall);
        Assert.Equal(0, report.Score);
    }

    [Fact]
    public void Within_a_tariff_layer_the_later_added_of_two_undated_measures_wins_and_stages_are_respected()
    {
        var onCn = new MeasureScope(counterparties: new[] { CN });
        Scenario tie = Scenario.Create("tie").With(
            PolicyMeasure.Tariff("first", "f", DE, onCn, 1.0, "layer"),
            PolicyMeasure.Tariff("second", "s", DE, onCn, 0.25, "layer")).Build();
        var effects = new ShockEffects(Data.GetBuyer("BLOC"), tie.Measures, ShockSeverity.Default);
        Assert.Equal(0.25, effects.For("testium", StageKind.Processing, CN).Tariff);

        var extractionOnly = PolicyMeasure.Tariff("ore", "ore", DE, new MeasureScope(new MaterialId[] { "testium" }, new[] { StageKind.Extraction }, new[] { CN }), 0.4, "ores");
        var staged = new ShockEffects(Data.GetBuyer("BLOC"), new[] { extractionOnly }, ShockSeverity.Default);
        Assert.Equal(0.4, staged.For("testium", StageKind.Extraction, CN).Tariff);
        Assert.Equal(0.0, staged.For("testium", StageKind.Processing, CN).Tariff);
        Assert.Equal(0.0, staged.AssembledGoodsTariff(CN, ItemClass.Component, PartCategory.Other));
    }

    [Fact]
    public void A_content_rule_aimed_at_one_destination_does_not_reach_other_buyers()
    {
        var rule = PolicyMeasure.ContentRule("r", "r", CN, new MeasureScope(counterparties: new[] { CountryCode.Parse("US") }), 0.001);
        Assert.Empty(new ShockEffects(Data.GetBuyer("BLOC"), new[] { rule }, ShockSeverity.Default).ContentRules);
        Assert.Single(new ShockEffects(Buyer.FromCountry(CountryCode.Parse("US")), new[] { rule }, ShockSeverity.Default).ContentRules);
    }

    [Fact]
    public void Demand_driven_shortfall_is_attributed_to_a_demand_stage()
    {
        Scenario boom = Scenario.Create("boom").With(PolicyMeasure.DemandShock("d", "d", MeasureScope.All, 0.5)).Build();
        ExposureReport report = Score(boom, Widget(new MaterialContent("testium", 10)));
        Assert.Contains(report.ByStage, c => c.Key == ExposureModel.DemandSource && c.Shortfall > 0);
        Assert.DoesNotContain(report.ByStage, c => c.Key != ExposureModel.DemandSource && c.Shortfall > 0);
        Assert.Equal(report.Score, report.ByStage.Sum(c => c.Score), 10);
    }

    [Fact]
    public void Malformed_JSON_shapes_are_data_errors_with_paths()
    {
        Assert.Throws<BomFormatException>(() => BomJson.Read("[]", "b.json"));
        var item = Assert.Throws<BomFormatException>(() => BomJson.Read("{\"parts\":[1]}", "b.json"));
        Assert.Contains("$.parts[0]: a part is a JSON object", item.Message);
        var severity = Assert.Throws<ScenarioFormatException>(() => ScenarioJson.Read("{\"id\":\"s\",\"severity\":1}", "s.json"));
        Assert.Contains("$.severity: must be a JSON object", severity.Message);
        var dates = Assert.Throws<ScenarioFormatException>(() => ScenarioJson.Read("{\"id\":\"s\",\"measures\":[{\"id\":\"m\",\"kind\":\"export-ban\",\"issuer\":\"CN\",\"effective\":\"2025-05-01\",\"expires\":\"2025-01-01\"}]}", "s.json"));
        Assert.Contains("is not after effective", dates.Message);
    }

    [Fact]
    public void Meaningless_fields_and_impossible_suspensions_are_rejected()
    {
        var magnitude = Assert.Throws<ScenarioFormatException>(() => ScenarioJson.Read("{\"id\":\"s\",\"measures\":[{\"id\":\"m\",\"kind\":\"export-licensing\",\"issuer\":\"CN\",\"magnitude\":0.5}]}", "s.json"));
        Assert.Contains("'magnitude' has no meaning for a export-licensing measure", magnitude.Message);
        var error = Assert.Throws<ArgumentException>(() => MeasureWindow.Create(new DateTime(2025, 11, 1), suspendedUntil: new DateTime(2025, 10, 1)));
        Assert.Contains("suspended until 2025-10-01 is not after effective 2025-11-01", error.Message);
    }

    [Fact]
    public void Collections_of_immutable_types_cannot_be_written_through_a_cast()
    {
        Assert.False(EmbeddedData.Scenarios is Scenario[]);
        Assert.False(SupplyRiskModel.Default.GetScenario("trade-war-2025").Measures is PolicyMeasure[]);
        Assert.False(BuiltInScenarios.April2025RareEarths is MaterialId[]);
        Assert.False(new MeasureScope(new MaterialId[] { "testium" }).Materials is MaterialId[]);
    }
}
