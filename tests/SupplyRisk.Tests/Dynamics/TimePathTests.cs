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

namespace SupplyRisk.Tests.Dynamics;

/// <summary>
/// Day-by-day paths on the hand-made dataset, each checked against values worked by hand. Testium reaches a part made
/// in DE through extraction (CN 0.8, AU 0.2) and processing (CN 0.5, ROW 0.5): a Chinese ban stops 0.9 of it.
/// </summary>
public sealed class TimePathTests
{
    private static readonly ReferenceDataset Data = TestData.Build();
    private static readonly Buyer Bloc = Data.GetBuyer("BLOC");
    private static readonly CountryCode CN = CountryCode.Parse("CN");
    private static readonly CountryCode DE = CountryCode.Parse("DE");
    private static readonly DateTime Day = new(2026, 1, 1);
    private static readonly MeasureScope Testium = new(new MaterialId[] { "testium" });

    /// <summary>WIDGET (DE) holds MODULE (DE), held <paramref name="moduleCover"/> days, with 100 g of testium.</summary>
    private static PartCatalog Widget(double moduleCover = 0, double substitutability = 1.0) => new(new[]
    {
        new Part("WIDGET", "widget", PartCategory.Other, CountryShares.Create((DE, 1.0)), children: new[] { new BomLine("MODULE", 1) }),
        new Part("MODULE", "module", PartCategory.Other, CountryShares.Create((DE, 1.0)), new[] { new MaterialContent("testium", 100, substitutability) }, coverDays: moduleCover),
    });

    private static ExposureReport Score(ReferenceDataset data, params PolicyMeasure[] measures) => Score(data, Widget(), ScoringOptions.Default, measures);

    private static ExposureReport Score(ReferenceDataset data, PartCatalog parts, ScoringOptions options, params PolicyMeasure[] measures) =>
        ExposureScorer.Create(data, PolicyTimeline.Empty, Scenario.Create("s").With(measures).Build(), Bloc, Day, options).Score(parts, "WIDGET");

    private static ReferenceDataset WithDynamics(string row) =>
        TestData.Builder().Add(DataFileKind.MaterialDynamics, new StringReader(
            "material,channel_cover_days,alternative_supply_share,alternative_lead_days,substitution_lead_days,world_supply_t,trader_stock_share,price_elasticity,max_price_multiplier,quality,source,note\n" + row), "dynamics.csv").Build();

    private static PolicyMeasure Ban(MeasureWindow? window = null) => PolicyMeasure.ExportBan("ban", "ban", CN, Testium, window);

    [Fact]
    public void A_ban_that_takes_effect_inside_the_horizon_starts_in_the_path()
    {
        ExposureReport report = Score(Data, Ban(MeasureWindow.Create(Day.AddDays(100))));
        InputTimePath path = report.Path!;
        Assert.All(Enumerable.Range(0, 100), t => Assert.Equal(1.0, path.Availability[t]));
        Assert.All(Enumerable.Range(100, 265), t => Assert.Equal(0.1, path.Availability[t], 12));
        Assert.Equal(0.9 * 265 / 365, report.OutputLost, 12);
        Assert.Equal(100, report.TimeToSurviveDays);
        Assert.Null(report.TimeToRecoverDays);
        Assert.Equal(MeasureState.NotYetEffective, report.Measures.Single().State);
    }

    [Fact]
    public void A_suspension_that_lapses_inside_the_horizon_brings_the_measure_back_that_day_and_one_that_expires_ends_it()
    {
        var window = MeasureWindow.Create(Day.AddDays(-30), suspendedFrom: Day.AddDays(-10), suspendedUntil: Day.AddDays(200), expires: Day.AddDays(300));
        InputTimePath path = Score(Data, Ban(window)).Path!;
        Assert.Equal(1.0, path.Availability[199]);
        Assert.Equal(0.1, path.Availability[200], 12);
        Assert.Equal(0.1, path.Availability[299], 12);
        Assert.Equal(1.0, path.Availability[300]);
    }

    [Fact]
    public void Licensing_passes_the_initial_rate_during_review_then_ramps_with_its_half_time()
    {
        var ramp = new LicenceRamp(initialApprovalRate: 0.5, longRunApprovalRate: 1.0, reviewDelayDays: 30, halfTimeDays: 10);
        InputTimePath path = Score(Data, PolicyMeasure.ExportLicensing("lic", "lic", CN, Testium, ramp: ramp)).Path!;
        Assert.Equal(1 - (0.9 * 0.5), path.Availability[0], 12);
        Assert.Equal(1 - (0.9 * 0.5), path.Availability[29], 12);
        Assert.Equal(1 - (0.9 * 0.5), path.Availability[30], 12);                   // the ramp starts from q0
        Assert.Equal(1 - (0.9 * 0.25), path.Availability[40], 12);                  // one half-time later, half the gap closed
        Assert.Equal(1 - (0.9 * 0.125), path.Availability[50], 12);
    }

    [Fact]
    public void Stock_held_of_a_part_runs_down_while_flow_is_short_and_time_to_survive_is_the_first_day_it_cannot_cover_need()
    {
        ExposureReport report = Score(Data, Widget(moduleCover: 45), ScoringOptions.Default, Ban());
        InputTimePath path = report.Path!;
        Assert.Equal(45, path.CoverDays);
        Assert.Equal(45 - 0.9, path.Inventory[0], 12);
        Assert.Equal(1.0, path.UnitsBuilt[49], 12);
        Assert.Equal(50, report.TimeToSurviveDays);                                   // 45 days of need cover 50 days at 0.9
        Assert.Equal(0.1, path.UnitsBuilt[50], 9);
        Assert.Equal(((0.9 * 365) - 45) / 365, report.OutputLost, 12);

        // More cover never lowers time-to-survive or raises output lost; the override sets every part's cover.
        ExposureReport more = Score(Data, Widget(moduleCover: 45), new ScoringOptions(coverDays: 90), Ban());
        Assert.Equal(100, more.TimeToSurviveDays);
        Assert.True(more.OutputLost < report.OutputLost);
    }

    [Fact]
    public void Alternative_supply_qualified_after_its_lead_time_fills_part_of_the_gap()
    {
        ReferenceDataset data = WithDynamics("testium,0,0.3,60,0,,0,1,1,estimate,test,\n");
        InputTimePath path = Score(data, Ban()).Path!;
        Assert.Equal(0.1, path.Availability[59], 12);
        Assert.Equal(0.4, path.Availability[60], 12);
    }

    [Fact]
    public void Substitutes_replace_the_substitutable_share_only_after_the_substitution_lead_time()
    {
        ReferenceDataset data = WithDynamics("testium,0,0,0,100,,0,1,1,estimate,test,\n");
        InputTimePath path = Score(data, Widget(substitutability: 0.5), ScoringOptions.Default, Ban()).Path!;
        Assert.Equal(0.1, path.Availability[99], 12);
        Assert.Equal(1 - (0.5 * 0.9), path.Availability[100], 12);
    }

    [Fact]
    public void A_need_traders_stock_can_serve_costs_the_scarcity_price_and_no_units()
    {
        // World supply 1,000 t, traders 1 %: 10 t a year. 100 g a unit: 1,000,000 units need 100 t (not served), 50,000 need 5 t (served).
        ReferenceDataset data = WithDynamics("testium,0,0,0,0,1000,0.01,0.5,3,estimate,test,\n");
        ExposureReport large = Score(data, Widget(), ScoringOptions.Default, Ban());
        ExposureReport small = Score(data, Widget(), new ScoringOptions(annualUnits: 50_000), Ban());

        Assert.Equal(0.9, large.OutputLost, 12);
        Assert.Equal(0, small.OutputLost);
        Assert.True(small.Path!.ServedFromTraderStock);
        MaterialExposure testium = small.Materials.Single();
        Assert.Equal(3.0, testium.PriceMultiplier, 12);                                // (1 − 0.9)^(−1/0.5) = 100, capped at 3
        Assert.Equal(2.0, small.CostImpactPrices, 12);
    }

    [Fact]
    public void A_demand_shock_divides_supply_by_one_plus_the_increase()
    {
        InputTimePath path = Score(Data, PolicyMeasure.DemandShock("boom", "boom", Testium, 0.25)).Path!;
        Assert.Equal(1 / 1.25, path.Availability[0], 12);
    }

    [Fact]
    public void A_capacity_loss_with_a_recovery_time_comes_back_linearly()
    {
        // Half of China's extraction (0.8 of the stage) lost, back over 100 days: 0.4 · (1 − t/100) missing.
        var loss = PolicyMeasure.CapacityLoss("outage", "outage", CN, new MeasureScope(new MaterialId[] { "testium" }, new[] { StageKind.Extraction }), 0.5, recoveryDays: 100);
        InputTimePath path = Score(Data, loss).Path!;
        Assert.Equal(0.6, path.Availability[0], 12);
        Assert.Equal(1 - (0.4 * 0.5), path.Availability[50], 12);
        Assert.Equal(1.0, path.Availability[100], 12);
    }

    [Fact]
    public void Without_measures_nothing_is_lost_and_time_to_survive_and_recover_are_null()
    {
        ExposureReport report = Score(Data);
        Assert.Equal(0, report.OutputLost);
        Assert.Null(report.TimeToSurviveDays);
        Assert.Null(report.TimeToRecoverDays);
        Assert.All(report.Path!.Availability, a => Assert.Equal(1.0, a));
    }

    [Fact]
    public void The_horizon_sets_the_days_followed_and_output_lost_is_counted_over_it()
    {
        ExposureReport report = Score(Data, Widget(), new ScoringOptions(horizonDays: 30), Ban(MeasureWindow.Create(Day.AddDays(20))));
        Assert.Equal(30, report.HorizonDays);
        Assert.Equal(30, report.Path!.Days);
        Assert.Equal(0.9 * 10 / 30, report.OutputLost, 12);
    }
}
