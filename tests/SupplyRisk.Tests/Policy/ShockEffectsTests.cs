using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Policy;

namespace SupplyRisk.Tests.Policy;

public sealed class ShockEffectsTests
{
    private static readonly CountryCode CN = CountryCode.Parse("CN");
    private static readonly CountryCode US = CountryCode.Parse("US");
    private static readonly CountryCode AU = CountryCode.Parse("AU");
    private static readonly Buyer UsBuyer = Buyer.FromCountry(US);
    private static readonly Buyer JpBuyer = Buyer.FromCountry(CountryCode.Parse("JP"));
    private static readonly MaterialId Dy = "dysprosium";
    private static readonly MaterialId Co = "cobalt";

    private static MeasureScope Materials(params string[] ids) => new(Array.ConvertAll(ids, MaterialId.From));

    private static DateTime D(string iso) => DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_licence_cuts_the_mean_share_its_ramp_withholds_over_the_horizon()
    {
        // A ramp of 0.2 for 10 days, then exactly 1 (a half-time of one day is not exact: use a step-like check by hand).
        var ramp = new LicenceRamp(initialApprovalRate: 0.2, longRunApprovalRate: 1.0, reviewDelayDays: 10, halfTimeDays: 1);
        double expected = 0;
        for (int t = 0; t < 100; t++)
        {
            expected += t < 10 ? 0.8 : Math.Pow(2, -(t - 10)) * 0.8;
        }

        Assert.Equal(expected / 100, ramp.MeanCut(100), 15);
        var effects = new ShockEffects(UsBuyer, new[] { PolicyMeasure.ExportLicensing("lic", "lic", CN, Materials("dysprosium")) }, ShockSeverity.Default.WithLicensing(ramp), horizonDays: 100);
        FlowEffect flow = effects.For(Dy, StageKind.Processing, CN);
        Assert.Equal(ramp.MeanCut(100), flow.ExportCut, 15);
        Assert.Equal(1 + (0.5 * flow.ExportCut), flow.TradeFactor, 15);
        Assert.Equal(0, effects.For(Dy, StageKind.Processing, AU).Cut);
        Assert.Equal(0, effects.For(Co, StageKind.Processing, CN).Cut);
    }

    [Fact]
    public void A_destination_specific_ban_hits_only_that_destination_and_the_strictest_measure_wins()
    {
        var measures = new[]
        {
            PolicyMeasure.ExportLicensing("lic", "lic", CN, Materials("dysprosium")),
            PolicyMeasure.ExportBan("ban-us", "ban", CN, new MeasureScope(new MaterialId[] { Dy }, counterparties: new[] { US })),
        };
        Assert.Equal(1.0, new ShockEffects(UsBuyer, measures, ShockSeverity.Default).For(Dy, StageKind.Processing, CN).ExportCut);
        Assert.Equal(ShockSeverity.Default.Licensing.MeanCut(365), new ShockEffects(JpBuyer, measures, ShockSeverity.Default).For(Dy, StageKind.Processing, CN).ExportCut, 15);
    }

    [Fact]
    public void Flows_from_inside_the_buyer_escape_export_controls_but_not_capacity_losses()
    {
        var measures = new[]
        {
            PolicyMeasure.ExportBan("us-ban", "x", US, Materials("dysprosium")),
            PolicyMeasure.CapacityLoss("us-mine-fire", "x", US, Materials("dysprosium"), 0.4),
            PolicyMeasure.CapacityLoss("us-flood", "x", US, Materials("dysprosium"), 0.5),
        };
        FlowEffect flow = new ShockEffects(UsBuyer, measures, ShockSeverity.Default).For(Dy, StageKind.Extraction, US);
        Assert.Equal(0, flow.ExportCut);
        Assert.Equal(1 - (0.6 * 0.5), flow.Cut, 15);
    }

    [Fact]
    public void Quota_and_sanctions()
    {
        var quota = PolicyMeasure.ExportQuota("q", "q", CN, Materials("cobalt"), allowedFraction: 0.7);
        Assert.Equal(0.3, new ShockEffects(UsBuyer, new[] { quota }, ShockSeverity.Default).For(Co, StageKind.Processing, CN).ExportCut, 15);

        var usSanctionsCn = PolicyMeasure.Sanction("s", "s", US, new MeasureScope(counterparties: new[] { CN }));
        Assert.Equal(1.0, new ShockEffects(UsBuyer, new[] { usSanctionsCn }, ShockSeverity.Default).For(Co, StageKind.Processing, CN).Cut);
        Assert.Equal(0.0, new ShockEffects(JpBuyer, new[] { usSanctionsCn }, ShockSeverity.Default).For(Co, StageKind.Processing, CN).Cut);
    }

    [Fact]
    public void Tariffs_stack_across_layers_and_the_latest_effective_wins_within_a_layer()
    {
        var onCn = new MeasureScope(counterparties: new[] { CN });
        var measures = new[]
        {
            PolicyMeasure.Tariff("fentanyl-20", "x", US, onCn, 0.20, "ieepa-fentanyl", MeasureWindow.Create(D("2025-03-04"))),
            PolicyMeasure.Tariff("fentanyl-10", "x", US, onCn, 0.10, "ieepa-fentanyl", MeasureWindow.Create(D("2025-11-10"))),
            PolicyMeasure.Tariff("reciprocal-10", "x", US, onCn, 0.10, "ieepa-reciprocal", MeasureWindow.Create(D("2025-05-14"))),
            PolicyMeasure.Tariff("s301-w", "x", US, new MeasureScope(new MaterialId[] { "tungsten" }, counterparties: new[] { CN }), 0.25, "section-301", MeasureWindow.Create(D("2025-01-01"))),
            PolicyMeasure.Tariff("cn-on-us", "x", CN, new MeasureScope(counterparties: new[] { US }), 0.10, "cn-retaliatory"),
        };
        var effects = new ShockEffects(UsBuyer, measures, ShockSeverity.Default);
        Assert.Equal(0.10 + 0.10 + 0.25, effects.For("tungsten", StageKind.Processing, CN).Tariff, 15);
        Assert.Equal(0.20, effects.For(Co, StageKind.Processing, CN).Tariff, 15);
        Assert.Equal(0.0, effects.For(Co, StageKind.Processing, AU).Tariff);
        Assert.Equal(1.0, effects.For(Co, StageKind.Processing, CN).TradeFactor);
    }

    [Fact]
    public void Demand_shocks_add_up_per_material()
    {
        var measures = new[]
        {
            PolicyMeasure.DemandShock("ev-boom", "x", Materials("cobalt", "lithium"), 0.2),
            PolicyMeasure.DemandShock("stockpiling", "x", Materials("cobalt"), 0.1),
        };
        var effects = new ShockEffects(UsBuyer, measures, ShockSeverity.Default);
        Assert.Equal(0.3, effects.DemandIncrease(Co), 15);
        Assert.Equal(0.0, effects.DemandIncrease(Dy));
    }
}
