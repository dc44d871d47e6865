using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.Scoring;

/// <summary>Exposure scores on the hand-made dataset, checked against values worked by hand.</summary>
public sealed class ExposureScorerTests
{
    private static readonly ReferenceDataset Data = TestData.Build();
    private static readonly Buyer Bloc = Data.GetBuyer("BLOC");
    private static readonly CountryCode CN = CountryCode.Parse("CN");
    private static readonly CountryCode DE = CountryCode.Parse("DE");
    private static readonly DateTime Day = new(2026, 11, 28);

    private static PartCatalog Catalog(CountryShares madeIn) => new(new[]
    {
        new Part("WIDGET", "widget", PartCategory.Other, madeIn, new[] { new MaterialContent("testium", 100, 1.0) }),
    });

    private static ExposureReport Score(Scenario scenario, CountryShares? madeIn = null) =>
        ExposureScorer.Create(Data, PolicyTimeline.Empty, scenario, Bloc, Day).Score(Catalog(madeIn ?? CountryShares.Create((DE, 1.0))), "WIDGET");

    [Fact]
    public void Baseline_score_is_100_times_the_structural_risk()
    {
        // SR(testium, BLOC) = 2.1465 at processing (SupplyRiskAssessorTests) → R = 0.21465, F = 0.
        ExposureReport report = Score(Scenario.Create("baseline").Build());
        Assert.Equal(21.465, report.Score, 12);
        Assert.Equal(0, report.ExpectedShortfall);
        Assert.Null(report.ShortfallDriver);
        Assert.Equal(0, report.CostImpact);
    }

    [Fact]
    public void An_export_ban_stops_every_flow_that_leaves_the_issuer_and_raises_SR_through_the_trade_factor()
    {
        // CN bans testium exports. The route to a widget made in DE: mined in CN 0.8 / AU 0.2, processed in CN 0.5 /
        // ROW 0.5, consumed in DE. Only ore mined in AU and processed in ROW never leaves China: 0.2 · 0.5 = 0.1 passes,
        // so 0.9 of need is missing every day; with no stock, F = 0.9.
        // SR (buyer BLOC, t_CN = 1.5): extraction (5.456·0.3 + 2.58·0.7)·0.81 = 2.788668; processing 2.7135 → 2.788668.
        // Score = 100·[0.2788668·(1 − 0.9) + 0.9] = 92.788668.
        Scenario ban = Scenario.Create("ban").With(PolicyMeasure.ExportBan("cn-ban", "ban", CN, new MeasureScope(new MaterialId[] { "testium" }))).Build();
        ExposureReport report = Score(ban);
        Assert.Equal(0.9, report.ExpectedShortfall, 12);
        Assert.Equal("testium", report.ShortfallDriver);
        Assert.Equal("WIDGET", report.BindingPart);
        Assert.Equal(92.788668, report.Score, 10);
        MaterialExposure testium = report.Materials.Single();
        Assert.Equal(2.788668, testium.Outlook.SupplyRisk.Value, 12);
        Assert.Equal(0.1, testium.MinimumAvailability, 12);
        Assert.Equal(0, report.TimeToSurviveDays);
        Assert.Null(report.TimeToRecoverDays);
        Assert.Equal(new[] { ("CN", 90.0) }, report.ByCountry.Where(c => c.Shortfall > 0).Select(c => (c.Key, Math.Round(c.Shortfall, 9))));
    }

    [Fact]
    public void A_ban_does_not_reach_material_used_inside_the_issuer()
    {
        // Made in CN: ore mined in CN and processed in CN never leaves; AU ore processed in CN neither; CN ore processed
        // in ROW (0.4) and AU ore processed in ROW (0.1) come back into China: only the first crosses China's border
        // on its way out. So 0.4 of need is cut.
        Scenario ban = Scenario.Create("ban").With(PolicyMeasure.ExportBan("cn-ban", "ban", CN, new MeasureScope(new MaterialId[] { "testium" }))).Build();
        Assert.Equal(0.4, Score(ban, CountryShares.Create((CN, 1.0))).ExpectedShortfall, 12);
    }

    [Fact]
    public void Contributions_by_material_country_and_stage_each_add_up_to_the_score()
    {
        Scenario mixed = Scenario.Create("mixed")
            .With(
                PolicyMeasure.ExportLicensing("cn-lic", "lic", CN, new MeasureScope(new MaterialId[] { "testium" }, new[] { StageKind.Processing })),
                PolicyMeasure.DemandShock("boom", "boom", MeasureScope.All, 0.25))
            .Build();
        ExposureReport report = Score(mixed);
        Assert.Equal(report.Score, report.Materials.Sum(m => m.Score), 10);
        Assert.Equal(report.Score, report.ByCountry.Sum(c => c.Score), 10);
        Assert.Equal(report.Score, report.ByStage.Sum(c => c.Score), 10);
        Assert.Contains(report.ByCountry, c => c.Key == ExposureModel.DemandSource && c.Shortfall > 0);
    }

    [Fact]
    public void Tariffs_raise_cost_through_raw_imports_or_through_imported_parts()
    {
        var onCn = new MeasureScope(counterparties: new[] { CN });
        Scenario tariff = Scenario.Create("tariff").With(PolicyMeasure.Tariff("de-on-cn", "tariff", DE, onCn, 0.5, "test-layer")).Build();

        // Made in DE (inside the buyer): raw testium imported with the last-stage mix (global processing CN 0.5, ROW 0.5) → +25 %.
        Assert.Equal(0.25, Score(tariff).CostImpact, 12);

        // Made in CN and imported as a part: the all-goods tariff applies to the part → +50 %.
        Assert.Equal(0.5, Score(tariff, CountryShares.Create((CN, 1.0))).CostImpact, 12);
    }

    [Fact]
    public void An_extraterritorial_content_rule_licenses_listed_items_made_outside_the_issuer()
    {
        // Testium processing is 50 % CN: a magnet's content share 0.5 ≥ 0.1 %, so a magnet made in AU needs a CN
        // licence to reach the widget made in DE; every unit passes as the licence ramp says.
        var rule = PolicyMeasure.ContentRule("cn-content", "0.1 %", CN, new MeasureScope(new MaterialId[] { "testium" }, itemClasses: new[] { ItemClass.Magnet }), 0.001);
        Scenario scenario = Scenario.Create("rule").With(rule).Build();
        ExposureReport viaAuMagnet = ExposureScorer.Create(Data, PolicyTimeline.Empty, scenario, Bloc, Day).Score(WithMagnet(CountryCode.Parse("AU"), ItemClass.Magnet), "WIDGET");
        Assert.Equal(ShockSeverity.Default.Licensing.MeanCut(365), viaAuMagnet.ExpectedShortfall, 12);
        Assert.Equal("testium", viaAuMagnet.ShortfallDriver);
        Assert.Equal("MAGNET", viaAuMagnet.BindingPart);
        Assert.Equal(viaAuMagnet.Score, viaAuMagnet.ByCountry.Sum(c => c.Score), 10);
        Assert.Contains(viaAuMagnet.ByStage, c => c.Key == "magnet" && c.Shortfall > 0);

        // A magnet made in the issuer, an unlisted class, or a plain component: the rule does not reach them.
        Assert.Equal(0, ExposureScorer.Create(Data, PolicyTimeline.Empty, scenario, Bloc, Day).Score(WithMagnet(CN, ItemClass.Magnet), "WIDGET").ExpectedShortfall);
        Assert.Equal(0, ExposureScorer.Create(Data, PolicyTimeline.Empty, scenario, Bloc, Day).Score(WithMagnet(CountryCode.Parse("AU"), ItemClass.SputteringTarget), "WIDGET").ExpectedShortfall);
        Assert.Equal(0, Score(scenario, CountryShares.Create((CountryCode.Parse("AU"), 1.0))).ExpectedShortfall);
    }

    /// <summary>A widget made in DE holding a part of <paramref name="itemClass"/> made in <paramref name="madeIn"/> with 100 g of testium.</summary>
    private static PartCatalog WithMagnet(CountryCode madeIn, ItemClass itemClass) => new(new[]
    {
        new Part("WIDGET", "widget", PartCategory.Other, CountryShares.Create((DE, 1.0)), children: new[] { new BomLine("MAGNET", 1) }),
        new Part("MAGNET", "magnet", PartCategory.Other, CountryShares.Create((madeIn, 1.0)), new[] { new MaterialContent("testium", 100, 1.0) }, itemClass: itemClass),
    });

    [Fact]
    public void The_baseline_equals_a_scenario_whose_measures_are_all_out_of_force()
    {
        var window = MeasureWindow.Create(new DateTime(2020, 1, 1), expires: new DateTime(2021, 1, 1));
        Scenario expired = Scenario.Create("expired").With(PolicyMeasure.ExportBan("old-ban", "ban", CN, MeasureScope.All, window)).Build();
        Assert.Equal(Score(Scenario.Create("baseline").Build()).Score, Score(expired).Score);
    }

    [Fact]
    public void A_material_without_EU_parameters_or_price_is_named()
    {
        var catalog = new PartCatalog(new[] { new Part("P", "p", PartCategory.Other, CountryShares.Create((DE, 1.0)), new[] { new MaterialContent("plainium", 5) }) });
        var error = Assert.Throws<ArgumentException>(() => ExposureScorer.Create(Data, PolicyTimeline.Empty, Scenario.Create("b").Build(), Bloc, Day).Score(catalog, "P"));
        Assert.Contains("Part 'P' cannot be scored", error.Message);
        Assert.Contains("'plainium'", error.Message);
    }
}
