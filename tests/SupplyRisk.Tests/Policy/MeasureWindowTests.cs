using System;
using SupplyRisk.Policy;

namespace SupplyRisk.Tests.Policy;

public sealed class MeasureWindowTests
{
    private static DateTime D(string iso) => DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    // China's October 2025 package: effective 2025-11-08 (illustrative), suspended 2025-11-10 until 2026-11-10.
    private static readonly MeasureWindow Suspended = MeasureWindow.Create(D("2025-11-08"), announced: D("2025-10-09"), suspendedFrom: D("2025-11-10"), suspendedUntil: D("2026-11-10"));

    [Theory]
    [InlineData("2025-10-20", MeasureState.NotYetEffective, "not yet effective: takes effect 2025-11-08")]
    [InlineData("2025-11-09", MeasureState.InForce, "in force since 2025-11-08")]
    [InlineData("2025-11-10", MeasureState.Suspended, "suspended from 2025-11-10 until 2026-11-10")]
    [InlineData("2026-11-09", MeasureState.Suspended, "suspended from 2025-11-10 until 2026-11-10")]
    [InlineData("2026-11-10", MeasureState.InForce, "in force again: its suspension lapsed on 2026-11-10 and no later extension is recorded")]
    [InlineData("2026-11-28", MeasureState.InForce, "in force again: its suspension lapsed on 2026-11-10 and no later extension is recorded")]
    public void A_suspended_measure_is_out_of_force_during_its_suspension_and_back_after_it_lapses(string date, MeasureState state, string reason)
    {
        var (actualState, actualReason) = Suspended.StateOn(D(date));
        Assert.Equal(state, actualState);
        Assert.Equal(reason, actualReason);
    }

    [Fact]
    public void Expiry_is_an_exclusive_end_and_undated_windows_always_apply()
    {
        MeasureWindow window = MeasureWindow.Create(D("2025-04-10"), expires: D("2025-05-14"));
        Assert.Equal(MeasureState.InForce, window.StateOn(D("2025-05-13")).State);
        Assert.Equal(MeasureState.Expired, window.StateOn(D("2025-05-14")).State);
        Assert.Equal(MeasureState.InForce, MeasureWindow.Always.StateOn(D("1999-01-01")).State);
    }

    [Fact]
    public void Out_of_order_dates_are_all_reported()
    {
        var error = Assert.Throws<ArgumentException>(() => MeasureWindow.Create(D("2025-05-01"), announced: D("2025-06-01"), suspendedFrom: D("2025-08-01"), suspendedUntil: D("2025-07-01"), expires: D("2025-04-01")));
        Assert.Contains("announced 2025-06-01 is after effective 2025-05-01", error.Message);
        Assert.Contains("suspended from 2025-08-01 is not before suspended until 2025-07-01", error.Message);
        Assert.Contains("expires 2025-04-01 is not after effective 2025-05-01", error.Message);
    }

    [Fact]
    public void A_timeline_reports_every_measure_with_its_state()
    {
        var ban = PolicyMeasure.ExportBan("ban", "ban", SupplyRisk.Geography.CountryCode.Parse("CN"), MeasureScope.All, Suspended);
        var old = PolicyMeasure.ExportLicensing("old", "old", SupplyRisk.Geography.CountryCode.Parse("CN"), MeasureScope.All, MeasureWindow.Create(D("2023-08-01")));
        var timeline = new PolicyTimeline(new[] { ban, old });
        Assert.Equal(new[] { "old" }, System.Linq.Enumerable.Select(timeline.InForce(D("2026-01-01")), m => m.Id));
        Assert.Equal(2, timeline.InForce(D("2026-11-28")).Count);
        Assert.Throws<ArgumentException>(() => new PolicyTimeline(new[] { ban, ban }));
    }
}
