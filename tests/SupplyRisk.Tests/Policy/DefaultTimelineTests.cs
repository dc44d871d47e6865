using System.Linq;
using System;
using SupplyRisk.IO;
using SupplyRisk.Policy;

namespace SupplyRisk.Tests.Policy;

public sealed class DefaultTimelineTests
{
    private static readonly PolicyTimeline Timeline = EmbeddedData.Timeline;

    private static MeasureAsOf Status(string id, DateTime date, AfterCutoff rule = AfterCutoff.Extend) => Timeline.Evaluate(date, rule).Single(s => s.Measure.Id == id);

    [Fact]
    public void The_October_2025_package_is_suspended_until_2026_11_10_and_after_that_follows_the_after_cutoff_rule()
    {
        Assert.Equal(MeasureState.Suspended, Status("cn-ree-package-2025-10", new DateTime(2026, 6, 1)).State);
        MeasureAsOf reinstated = Status("cn-ree-package-2025-10", new DateTime(2026, 11, 28), AfterCutoff.Reinstate);
        Assert.Equal(MeasureState.InForce, reinstated.State);
        Assert.Contains("suspension lapsed on 2026-11-10", reinstated.Reason);
        MeasureAsOf extended = Status("cn-ree-package-2025-10", new DateTime(2026, 11, 28));
        Assert.Equal(MeasureState.Suspended, extended.State);
        Assert.Equal(StateBasis.Assumed, extended.Basis);
    }

    [Fact]
    public void The_April_2025_rare_earth_licences_were_never_suspended()
    {
        Assert.Equal(MeasureState.NotYetEffective, Status("cn-ree-licensing-2025-04", new DateTime(2025, 4, 3)).State);
        Assert.Equal(MeasureState.InForce, Status("cn-ree-licensing-2025-04", new DateTime(2025, 11, 15)).State);
    }

    [Fact]
    public void Exactly_one_US_reciprocal_step_is_in_force_on_each_date_of_2025()
    {
        for (var day = new DateTime(2025, 4, 5); day < new DateTime(2026, 2, 24); day = day.AddDays(1))
        {
            var steps = Timeline.InForce(day).Where(m => m.Kind == MeasureKind.Tariff && m.Layer == "ieepa-reciprocal").ToList();
            Assert.True(steps.Count == 1, $"{day:yyyy-MM-dd}: {steps.Count} reciprocal steps");
        }

        Assert.Equal(1.25, Timeline.InForce(new DateTime(2025, 4, 15)).Single(m => m.Layer == "ieepa-reciprocal").Magnitude);
    }

    [Fact]
    public void Every_measure_carries_its_source()
    {
        Assert.All(Timeline.Measures, m => Assert.False(string.IsNullOrWhiteSpace(m.Provenance.Source)));
        Assert.True(Timeline.Measures.Count >= 20);
    }

    [Fact]
    public void The_built_in_scenarios_have_the_documented_ids_and_compose()
    {
        Assert.Equal(
            new[] { "baseline", "current", "cn-ree-licensing-2025", "cn-export-controls-2025-10", "us-100pct-tariff-cn", "cn-10pct-duty-us", "trade-war-2025" },
            EmbeddedData.Scenarios.Select(s => s.Id));
        Assert.Empty(SupplyRiskModel.Default.GetScenario("baseline").Measures);
        Assert.True(SupplyRiskModel.Default.GetScenario("current").FollowsTimeline);
        int parts = new[] { "cn-ree-licensing-2025", "cn-export-controls-2025-10", "us-100pct-tariff-cn", "cn-10pct-duty-us" }.Sum(id => SupplyRiskModel.Default.GetScenario(id).Measures.Count);
        Assert.Equal(parts, SupplyRiskModel.Default.GetScenario("trade-war-2025").Measures.Count);
        var error = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => SupplyRiskModel.Default.GetScenario("nope"));
        Assert.Contains("trade-war-2025", error.Message);
    }
}
