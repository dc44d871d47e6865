using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Policy;

/// <summary>
/// The built-in scenarios. <c>baseline</c> has no measure at all (the counterfactual shocks are measured
/// against); <c>current</c> is every measure of the timeline scored against in force at the date
/// asked; the others are what-ifs whose measures apply on any date asked. All use
/// <see cref="ShockSeverity.Default"/>. Thread-safe.
/// </summary>
public static class BuiltInScenarios
{
    /// <summary>The seven heavy/medium rare earths licensed in April 2025 that are materials of the dataset (scandium is not).</summary>
    public static IReadOnlyList<MaterialId> April2025RareEarths { get; } =
        Array.AsReadOnly(new MaterialId[] { "samarium", "gadolinium", "terbium", "dysprosium", "lutetium", "yttrium" });

    /// <summary>The five rare earths added in October 2025.</summary>
    public static IReadOnlyList<MaterialId> October2025RareEarths { get; } =
        Array.AsReadOnly(new MaterialId[] { "holmium", "erbium", "thulium", "europium", "ytterbium" });

    /// <summary>The item classes China's 0.1 % rule lists (Part 2 of MOFCOM Announcement No. 61 of 2025: magnet and target materials).</summary>
    public static IReadOnlyList<ItemClass> ContentRuleItems { get; } = Array.AsReadOnly(new[] { ItemClass.Magnet, ItemClass.SputteringTarget });

    /// <summary>
    /// The built-in scenarios, in this order: baseline, current, cn-ree-licensing-2025, cn-export-controls-2025-10,
    /// us-100pct-tariff-cn, cn-10pct-duty-us, trade-war-2025. The embedded set is <c>SupplyRiskModel.Default.Scenarios</c>.
    /// </summary>
    /// <param name="timeline">The timeline the scenarios cite for their sources: it must hold the measures
    /// <c>cn-ree-licensing-2025-04</c>, <c>cn-ree-package-2025-10</c>, <c>cn-content-rule-2025-10</c> and <c>cn-retaliatory-2025-05-14</c>.</param>
    /// <exception cref="ArgumentException">The timeline lacks a measure a built-in scenario cites.</exception>
    public static IReadOnlyList<Scenario> Create(PolicyTimeline timeline)
    {
        if (timeline is null)
        {
            throw new ArgumentNullException(nameof(timeline));
        }

        CountryCode cn = CountryCode.Parse("CN");
        CountryCode us = CountryCode.Parse("US");
        Sources.Provenance Source(string timelineId) =>
            timeline.Measures.FirstOrDefault(m => m.Id == timelineId)?.Provenance
            ?? throw new ArgumentException($"The timeline lacks '{timelineId}', which a built-in scenario cites.", nameof(timeline));

        Scenario baseline = Scenario.Create("baseline")
            .Named("Baseline: no policy measures")
            .Described("The counterfactual with no export control, tariff, sanction or capacity loss; shocks are measured against it.")
            .Build();

        Scenario current = Scenario.Create("current")
            .Named("Current: the embedded policy timeline at the date asked")
            .Described("Every measure of the embedded timeline in force at the as-of date: suspensions lapse on their end date, expiries end measures.")
            .FollowingTimeline()
            .Build();

        Scenario reeLicensing = Scenario.Create("cn-ree-licensing-2025")
            .Named("China's April 2025 licences on seven medium and heavy rare earths")
            .Described("MOFCOM/GAC Announcement No. 18 (2025): export licences for Sm, Gd, Tb, Dy, Lu, Sc, Y and magnets containing them, to all destinations. Scandium is not a dataset material.")
            .With(PolicyMeasure.ExportLicensing("cn-ree-licensing-2025", "China licences Sm, Gd, Tb, Dy, Lu, Sc, Y", cn, new MeasureScope(April2025RareEarths), provenance: Source("cn-ree-licensing-2025-04")))
            .Build();

        Scenario october = Scenario.Create("cn-export-controls-2025-10")
            .Named("China's October 2025 export-control package")
            .Described("MOFCOM/GAC Nos. 55–58, 61, 62 (2025): licences on Ho, Er, Tm, Eu, Yb; graphite-anode items; and the extraterritorial rule that foreign-made goods with at least 0.1 % of value of Chinese-origin controlled rare earths need a Chinese licence.")
            .With(
                PolicyMeasure.ExportLicensing("cn-ree-package-2025-10", "China licences Ho, Er, Tm, Eu, Yb", cn, new MeasureScope(October2025RareEarths), provenance: Source("cn-ree-package-2025-10")),
                PolicyMeasure.ExportLicensing("cn-graphite-anode-2025-10", "China licences graphite-anode items", cn, new MeasureScope(new MaterialId[] { "natural-graphite" }, new[] { StageKind.Processing }), provenance: Source("cn-ree-package-2025-10")),
                PolicyMeasure.ContentRule("cn-content-rule-2025-10", "China's 0.1 % rare-earth content rule", cn, new MeasureScope(April2025RareEarths.Concat(October2025RareEarths), itemClasses: ContentRuleItems), 0.001, provenance: Source("cn-content-rule-2025-10")))
            .Build();

        Scenario usTariff = Scenario.Create("us-100pct-tariff-cn")
            .Named("US 100 % additional tariff on Chinese imports (threatened October 2025)")
            .Described("The additional 100 % ad valorem tariff on all Chinese goods announced on 10 October 2025 for 1 November 2025; never implemented (averted by the 30 October 2025 Busan truce).")
            .With(PolicyMeasure.Tariff("us-100pct-tariff-cn", "US +100 % on all Chinese goods", us, new MeasureScope(counterparties: new[] { cn }), 1.0, "us-threat-2025-10",
                provenance: new Sources.Provenance("CBS News, 'Trump threatens extra 100% tariff on China from November 1', 10 Oct 2025; https://www.cbsnews.com/news/trump-china-tariff-extra-100-november/", Sources.DataQuality.Secondary, 2025, "a threat, never implemented")))
            .Build();

        Scenario cnDuty = Scenario.Create("cn-10pct-duty-us")
            .Named("China's 10 % additional duty on US goods")
            .Described("The 10 % additional tariff China kept on all US goods after the May 2025 Geneva statement (24 points suspended).")
            .With(PolicyMeasure.Tariff("cn-10pct-duty-us", "China +10 % on all US goods", cn, new MeasureScope(counterparties: new[] { us }), 0.10, "cn-retaliatory", provenance: Source("cn-retaliatory-2025-05-14")))
            .Build();

        Scenario tradeWar = Scenario.Create("trade-war-2025")
            .Named("Trade war 2025: all of the above together")
            .Described("cn-ree-licensing-2025 + cn-export-controls-2025-10 + us-100pct-tariff-cn + cn-10pct-duty-us.")
            .Including(reeLicensing, october, usTariff, cnDuty)
            .Build();

        return Array.AsReadOnly(new[] { baseline, current, reeLicensing, october, usTariff, cnDuty, tradeWar });
    }
}
