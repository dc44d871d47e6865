using System.Collections.Generic;
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

namespace SupplyRisk.Tests.Policy;

/// <summary>The data cut-off: states after it are assumptions, and one rule (extend or reinstate) decides them for every kind of measure.</summary>
public sealed class AfterCutoffTests
{
    private static readonly DateTime Cutoff = new(2026, 3, 11);
    private static readonly DateTime Lapse = new(2026, 11, 10);
    private static readonly CountryCode Cn = CountryCode.Parse("CN");
    private static readonly MeasureScope Ga = new(new MaterialId[] { "gallium" });

    /// <summary>One measure of each kind, effective 2025-11-08, announced 2025-10-09, with the given window ends.</summary>
    public static IEnumerable<object[]> Kinds() => new[] { "licensing", "quota", "ban", "content", "tariff", "sanction", "capacity" }.Select(k => new object[] { k });

    private static PolicyMeasure Measure(string kind, MeasureWindow window)
    {
        string id = "m-" + kind;
        return kind switch
        {
            "licensing" => PolicyMeasure.ExportLicensing(id, kind, Cn, Ga, window),
            "quota" => PolicyMeasure.ExportQuota(id, kind, Cn, Ga, 0.5, window),
            "ban" => PolicyMeasure.ExportBan(id, kind, Cn, Ga, window),
            "content" => PolicyMeasure.ContentRule(id, kind, Cn, Ga, 0.001, window),
            "tariff" => PolicyMeasure.Tariff(id, kind, CountryCode.Parse("US"), new MeasureScope(counterparties: new[] { Cn }), 0.1, "test", window),
            "sanction" => PolicyMeasure.Sanction(id, kind, Cn, Ga, window),
            _ => PolicyMeasure.CapacityLoss(id, kind, Cn, Ga, 0.3, window),
        };
    }

    private static MeasureAsOf Status(PolicyTimeline timeline, DateTime date, AfterCutoff rule) => timeline.Evaluate(date, rule).Single();

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_suspension_lapsing_after_the_cutoff_is_extended_or_reinstated_and_marked_assumed(string kind)
    {
        var window = MeasureWindow.Create(new DateTime(2025, 11, 8), announced: new DateTime(2025, 10, 9), suspendedFrom: new DateTime(2025, 11, 7), suspendedUntil: Lapse);
        var timeline = new PolicyTimeline(new[] { Measure(kind, window) }, Cutoff);

        foreach (AfterCutoff rule in new[] { AfterCutoff.Extend, AfterCutoff.Reinstate })
        {
            MeasureAsOf before = Status(timeline, Lapse.AddDays(-1), rule);
            Assert.Equal(MeasureState.Suspended, before.State);
            Assert.Equal(StateBasis.Recorded, before.Basis);
        }

        MeasureAsOf extended = Status(timeline, Lapse, AfterCutoff.Extend);
        Assert.Equal(MeasureState.Suspended, extended.State);
        Assert.Equal(StateBasis.Assumed, extended.Basis);
        Assert.Contains("assumed extended", extended.Reason);
        Assert.Null(extended.Measure.Window.SuspendedUntil);

        MeasureAsOf reinstated = Status(timeline, Lapse, AfterCutoff.Reinstate);
        Assert.Equal(MeasureState.InForce, reinstated.State);
        Assert.Equal(StateBasis.Assumed, reinstated.Basis);
        Assert.Contains("assumed to lapse", reinstated.Reason);

        // The recorded measure is not changed by the assumption.
        Assert.Equal(Lapse, timeline.Measures[0].Window.SuspendedUntil);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void An_expiry_after_the_cutoff_is_extended_or_reinstated_and_marked_assumed(string kind)
    {
        var expires = new DateTime(2026, 7, 24);
        var timeline = new PolicyTimeline(new[] { Measure(kind, MeasureWindow.Create(new DateTime(2026, 2, 24), announced: new DateTime(2026, 2, 20), expires: expires)) }, Cutoff);

        Assert.Equal((MeasureState.InForce, StateBasis.Recorded), Pair(Status(timeline, expires.AddDays(-1), AfterCutoff.Reinstate)));
        Assert.Equal((MeasureState.InForce, StateBasis.Assumed), Pair(Status(timeline, expires, AfterCutoff.Extend)));
        Assert.Equal((MeasureState.Expired, StateBasis.Assumed), Pair(Status(timeline, expires, AfterCutoff.Reinstate)));
    }

    [Fact]
    public void Changes_on_or_before_the_cutoff_are_the_record_under_either_rule()
    {
        var window = MeasureWindow.Create(new DateTime(2025, 2, 22), announced: new DateTime(2025, 2, 22), expires: Cutoff);
        var timeline = new PolicyTimeline(new[] { Measure("ban", window) }, Cutoff);
        foreach (AfterCutoff rule in new[] { AfterCutoff.Extend, AfterCutoff.Reinstate })
        {
            Assert.Equal((MeasureState.Expired, StateBasis.Recorded), Pair(Status(timeline, new DateTime(2026, 12, 6), rule)));
            Assert.Empty(timeline.Assumptions(new DateTime(2027, 12, 6), rule));
        }
    }

    [Fact]
    public void A_start_scheduled_after_the_cutoff_happens_under_both_rules_as_an_assumption()
    {
        var effective = new DateTime(2026, 6, 1);
        var timeline = new PolicyTimeline(new[] { Measure("tariff", MeasureWindow.Create(effective, announced: new DateTime(2026, 1, 2))) }, Cutoff);
        foreach (AfterCutoff rule in new[] { AfterCutoff.Extend, AfterCutoff.Reinstate })
        {
            Assert.Equal((MeasureState.NotYetEffective, StateBasis.Recorded), Pair(Status(timeline, effective.AddDays(-1), rule)));
            Assert.Equal((MeasureState.InForce, StateBasis.Assumed), Pair(Status(timeline, effective, rule)));
            PolicyAssumption a = Assert.Single(timeline.Assumptions(effective.AddDays(1), rule));
            Assert.Equal(ScheduledChange.TakesEffect, a.Change);
            Assert.True(a.Happens);
        }
    }

    [Fact]
    public void A_timeline_without_a_cutoff_takes_every_date_as_the_record()
    {
        var window = MeasureWindow.Create(new DateTime(2025, 11, 8), suspendedFrom: new DateTime(2025, 11, 7), suspendedUntil: Lapse);
        var timeline = new PolicyTimeline(new[] { Measure("ban", window) });
        Assert.Null(timeline.DataAsOf);
        Assert.Equal((MeasureState.InForce, StateBasis.Recorded), Pair(Status(timeline, Lapse, AfterCutoff.Extend)));
        Assert.Empty(timeline.Assumptions(Lapse.AddYears(1)));
    }

    [Fact]
    public void A_measure_announced_after_the_cutoff_is_refused_naming_it()
    {
        var late = Measure("ban", MeasureWindow.Create(new DateTime(2026, 5, 1), announced: new DateTime(2026, 4, 1)));
        var error = Assert.Throws<ArgumentException>(() => new PolicyTimeline(new[] { late }, Cutoff));
        Assert.Contains("'m-ban'", error.Message);
        Assert.Contains("announced on 2026-04-01, after the data cut-off of 2026-03-11", error.Message);

        var unannounced = Measure("ban", MeasureWindow.Create(new DateTime(2026, 5, 1)));
        Assert.Contains("no announcement date", Assert.Throws<ArgumentException>(() => new PolicyTimeline(new[] { unannounced }, Cutoff)).Message);
    }

    [Fact]
    public void A_policy_file_read_with_a_cutoff_refuses_a_later_measure_with_file_and_line()
    {
        const string csv =
            "id,title,kind,issuer,destinations,materials,announced,effective,suspended_from,suspended_until,expires,rate,layer,quality,source,note\n" +
            "early,Early,export-ban,CN,US,gallium,2025-12-03,2025-12-03,,,,,,primary,test,\n" +
            "late,Late,export-ban,CN,US,gallium,2026-04-01,2026-04-01,,,,,,primary,test,\n";
        var error = Assert.Throws<PolicyFormatException>(() => PolicyCsv.Read(new StringReader(csv), "mine.csv", Cutoff));
        DataError e = Assert.Single(error.Errors);
        Assert.Equal("mine.csv", e.File);
        Assert.Equal(3, e.Line);
        Assert.Contains("after the data cut-off of 2026-03-11", e.Message);
        Assert.Equal(2, PolicyCsv.Read(new StringReader(csv), "mine.csv").Measures.Count);
    }

    [Fact]
    public void An_undefined_rule_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EmbeddedData.Timeline.Evaluate(Lapse, (AfterCutoff)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringOptions(afterCutoff: (AfterCutoff)(-1)));
    }

    [Fact]
    public void The_embedded_record_ends_on_its_stated_cutoff_and_lists_the_2026_lapses_as_assumptions()
    {
        PolicyTimeline timeline = EmbeddedData.Timeline;
        Assert.Equal(Cutoff, timeline.DataAsOf);
        var assumed = timeline.Assumptions(new DateTime(2026, 12, 7)).Select(a => (a.Measure.Id, a.Date, a.Change)).ToList();
        Assert.Contains(("cn-ree-package-2025-10", Lapse, ScheduledChange.SuspensionLapses), assumed);
        Assert.Contains(("cn-us-ban-ga-ge-sb-2024-12", new DateTime(2026, 11, 27), ScheduledChange.SuspensionLapses), assumed);
        Assert.Contains(("us-section-122-2026-02", new DateTime(2026, 7, 24), ScheduledChange.Expires), assumed);
        Assert.All(timeline.Evaluate(new DateTime(2026, 3, 11)), s => Assert.Equal(StateBasis.Recorded, s.Basis));
    }

    [Fact]
    public void Current_on_2026_12_06_differs_by_rule_only_through_the_assumptions_and_says_so()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        ProductCatalog products = EmbeddedData.Products;
        Buyer us = data.GetBuyer("US");
        Scenario current = SupplyRiskModel.Default.GetScenario("current");
        var asOf = new DateTime(2026, 12, 6);
        string phone = products.Get("smartphone").RootPart;

        ExposureScorer extend = ExposureScorer.Create(data, EmbeddedData.Timeline, current, us, asOf, new ScoringOptions(afterCutoff: AfterCutoff.Extend));
        ExposureScorer reinstate = ExposureScorer.Create(data, EmbeddedData.Timeline, current, us, asOf, new ScoringOptions(afterCutoff: AfterCutoff.Reinstate));
        ExposureReport e = extend.Score(products.Parts, phone);
        ExposureReport r = reinstate.Score(products.Parts, phone);

        Assert.Equal(MeasureState.Suspended, e.Measures.Single(m => m.Measure.Id == "cn-us-ban-ga-ge-sb-2024-12").State);
        Assert.Equal(MeasureState.InForce, r.Measures.Single(m => m.Measure.Id == "cn-us-ban-ga-ge-sb-2024-12").State);
        Assert.True(r.Score > e.Score, $"reinstate {r.Score} should exceed extend {e.Score}");
        Assert.Equal(Cutoff, e.DataAsOf);
        Assert.Equal(AfterCutoff.Extend, e.AfterCutoff);
        Assert.Contains(e.Assumptions, a => a.Measure.Id == "cn-us-ban-ga-ge-sb-2024-12" && !a.Happens);
        Assert.Contains(r.Assumptions, a => a.Measure.Id == "cn-us-ban-ga-ge-sb-2024-12" && a.Happens);

        // Before the cut-off nothing is assumed on the day, and a record-only date scores alike under both rules
        // when the horizon ends before the first change after the cut-off.
        var early = new DateTime(2025, 6, 1);
        var shortHorizon = new ScoringOptions(horizonDays: 30);
        ExposureReport e0 = ExposureScorer.Create(data, EmbeddedData.Timeline, current, us, early, shortHorizon).Score(products.Parts, phone);
        ExposureReport r0 = ExposureScorer.Create(data, EmbeddedData.Timeline, current, us, early, shortHorizon.With(afterCutoff: AfterCutoff.Reinstate)).Score(products.Parts, phone);
        Assert.Empty(e0.Assumptions);
        Assert.Equal(e0.Score, r0.Score);
    }

    [Fact]
    public void A_lapse_inside_the_horizon_follows_the_rule_in_the_daily_path()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        Buyer us = data.GetBuyer("US");
        Scenario current = SupplyRiskModel.Default.GetScenario("current");
        var asOf = new DateTime(2026, 6, 1);
        var part = new Part("GA-USER", "Gallium user", PartCategory.Other, CountryShares.Create((CountryCode.Parse("US"), 1.0)), new[] { new MaterialContent("gallium", 5000, 1.0) });
        var catalog = new PartCatalog(new[] { part });

        ExposureReport e = ExposureScorer.Create(data, EmbeddedData.Timeline, current, us, asOf, new ScoringOptions(coverDays: 0)).Score(catalog, "GA-USER");
        ExposureReport r = ExposureScorer.Create(data, EmbeddedData.Timeline, current, us, asOf, new ScoringOptions(coverDays: 0, afterCutoff: AfterCutoff.Reinstate)).Score(catalog, "GA-USER");

        // On the as-of date both rules agree (the ban is suspended); the reinstated ban starts on 2026-11-27, day 179.
        Assert.Equal(MeasureState.Suspended, e.Measures.Single(m => m.Measure.Id == "cn-us-ban-ga-ge-sb-2024-12").State);
        Assert.Equal(MeasureState.Suspended, r.Measures.Single(m => m.Measure.Id == "cn-us-ban-ga-ge-sb-2024-12").State);
        Assert.True(r.OutputLost > e.OutputLost, $"reinstate {r.OutputLost} should lose more than extend {e.OutputLost}");
        Assert.True(r.TimeToSurviveDays >= 179, $"TTS {r.TimeToSurviveDays} should not come before the lapse");
    }

    [Fact]
    public void A_scenarios_own_measures_are_what_ifs()
    {
        MeasureAsOf s = SupplyRiskModel.Default.GetScenario("cn-ree-licensing-2025").Evaluate(new DateTime(2026, 12, 6), EmbeddedData.Timeline).First();
        Assert.Equal(StateBasis.WhatIf, s.Basis);
    }

    private static (MeasureState, StateBasis) Pair(MeasureAsOf s) => (s.State, s.Basis);
}
