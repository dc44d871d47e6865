using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;
using SupplyRisk.Sensitivity;
using SupplyRisk.Simulation;
using SupplyRisk.Tests.Simulation;

namespace SupplyRisk.Tests.Sensitivity;

/// <summary>Every tornado row against a full rescoring of the hand-built variant, the ranking, and the validation.</summary>
public sealed class SensitivityAnalysisTests
{
    private static readonly DateTime Day = new(2026, 11, 28);
    private static readonly CountryCode Cn = CountryCode.Parse("CN");
    private static readonly ReferenceDataset Data = EmbeddedData.Dataset;
    private static readonly PartCatalog Parts = EmbeddedData.Products.Parts;
    private static readonly Buyer Us = Data.GetBuyer("US");

    private const string Magnets = "BEV-MOTOR-MAGNETS";

    private static readonly PolicyMeasure MyanmarOutage = PolicyMeasure.CapacityLoss(
        "mm-outage", "Myanmar HREE mining outage", CountryCode.Parse("MM"), new MeasureScope(new MaterialId[] { "dysprosium", "terbium" }, new[] { StageKind.Extraction }), 0.3);

    private static double ScoreOf(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario, string part = "BEV") =>
        ExposureScorer.Create(data, timeline, scenario, Us, Day).Score(Parts, part).Score;

    private static TornadoTable Run(Scenario scenario, params SensitivityInput[] inputs) => RunOn("BEV", scenario, inputs);

    private static TornadoTable RunOn(string part, Scenario scenario, params SensitivityInput[] inputs) =>
        SensitivityAnalysis.Run(ExposureScorer.Create(Data, EmbeddedData.Timeline, scenario, Us, Day), Parts, part, inputs);

    private static ReferenceDataset WithShare(MaterialId id, StageKind kind, CountryCode country, double share)
    {
        Material material = Data.GetMaterial(id);
        SupplyStage stage = material.GetStage(kind);
        return Data.WithMaterial(material.WithStage(new SupplyStage(kind, stage.Label, stage.Shares.WithShare(country, share))));
    }

    [Fact]
    public void A_country_share_row_rescores_the_part_with_that_share_moved_by_the_delta()
    {
        Scenario scenario = SupplyRiskModel.Default.GetScenario("cn-ree-licensing-2025");
        TornadoTable table = Run(scenario, SensitivityInput.CountryShare("dysprosium", StageKind.Processing, Cn, 0.2));

        double share = Data.GetMaterial("dysprosium").GetStage(StageKind.Processing).Shares.ShareOf(Cn);
        TornadoRow row = Assert.Single(table.Rows);
        Assert.Equal(share, row.BaseValue);
        Assert.Equal(share - 0.2, row.LowValue, 15);
        Assert.Equal(Math.Min(1.0, share + 0.2), row.HighValue, 15);
        Assert.Equal(ScoreOf(Data, EmbeddedData.Timeline, scenario), table.BaseScore);
        Assert.Equal(ScoreOf(WithShare("dysprosium", StageKind.Processing, Cn, row.LowValue), EmbeddedData.Timeline, scenario), row.ScoreAtLow);
        Assert.Equal(ScoreOf(WithShare("dysprosium", StageKind.Processing, Cn, row.HighValue), EmbeddedData.Timeline, scenario), row.ScoreAtHigh);
        Assert.True(row.ScoreAtHigh > row.ScoreAtLow, $"more Chinese refining under Chinese licensing should raise the score: {row}");
    }

    [Fact]
    public void A_substitution_index_row_rescores_the_part_with_that_index_moved()
    {
        Scenario scenario = SupplyRiskModel.Default.GetScenario("baseline");
        Material cobalt = Data.GetMaterial("cobalt");
        double si = cobalt.SubstitutionIndexSupplyRisk!.Value;
        TornadoRow row = Assert.Single(Run(scenario, SensitivityInput.SubstitutionIndex("cobalt", 0.05)).Rows);

        Assert.Equal(si, row.BaseValue);
        Assert.Equal(ScoreOf(Data.WithMaterial(cobalt.WithSubstitutionIndexSupplyRisk(Math.Max(0, si - 0.05))), EmbeddedData.Timeline, scenario), row.ScoreAtLow);
        Assert.Equal(ScoreOf(Data.WithMaterial(cobalt.WithSubstitutionIndexSupplyRisk(Math.Min(1, si + 0.05))), EmbeddedData.Timeline, scenario), row.ScoreAtHigh);
        Assert.True(row.ScoreAtHigh > row.ScoreAtLow, $"a harder-to-substitute material raises SR and so the score: {row}");
    }

    [Fact]
    public void A_severity_row_adds_a_measure_the_scenario_lacks_and_replaces_one_it_has()
    {
        // Without licensing, so that the outage at the mines binds rather than licensing at the refineries; scored on the
        // magnet set itself, which holds no stock of its own materials, so the outage is not absorbed by covers.
        Scenario without = SupplyRiskModel.Default.GetScenario("baseline");
        Scenario with = Scenario.Create("with-outage").Including(without).With(MyanmarOutage).Build();
        SensitivityInput input = SensitivityInput.ShockSeverity(MyanmarOutage, 0.1, 0.9);

        TornadoRow absent = Assert.Single(RunOn(Magnets, without, input).Rows);
        TornadoRow present = Assert.Single(RunOn(Magnets, with, input).Rows);

        Assert.Null(absent.BaseValue);
        Assert.Equal(0.3, present.BaseValue);
        Scenario At(Scenario s, double m) => Scenario.Create(s.Id).Including(without).With(MyanmarOutage.WithMagnitude(m)).WithSeverity(s.Severity).Build();
        foreach (TornadoRow row in new[] { absent, present })
        {
            Assert.Equal(ScoreOf(Data, EmbeddedData.Timeline, At(without, 0.1), Magnets), row.ScoreAtLow);
            Assert.Equal(ScoreOf(Data, EmbeddedData.Timeline, At(without, 0.9), Magnets), row.ScoreAtHigh);
        }

        Assert.True(present.ScoreAtHigh > present.ScoreAtLow, present.ToString());
        Assert.Equal(new[] { "mm-outage" }, with.Measures.Where(m => m.Id == "mm-outage").Select(m => m.Id)); // the caller's scenario is unchanged
        Assert.Equal(0.3, with.Measures.Single(m => m.Id == "mm-outage").Magnitude);
    }

    [Fact]
    public void A_severity_row_on_a_timeline_measure_changes_it_in_the_timeline()
    {
        PolicyMeasure quota = EmbeddedData.Timeline.Measures.Single(m => m.Id == "cd-cobalt-export-quota-2025-10");
        Scenario current = SupplyRiskModel.Default.GetScenario("current");
        Assert.Contains(quota, current.InForce(Day, EmbeddedData.Timeline));

        TornadoRow row = Assert.Single(Run(current, SensitivityInput.ShockSeverity(quota, 0.2, 0.9)).Rows);

        Assert.Equal(quota.Magnitude, row.BaseValue);
        PolicyTimeline At(double m) => new(EmbeddedData.Timeline.Measures.Select(x => x.Id == quota.Id ? x.WithMagnitude(m) : x));
        Assert.Equal(ScoreOf(Data, At(0.2), current), row.ScoreAtLow);
        Assert.Equal(ScoreOf(Data, At(0.9), current), row.ScoreAtHigh);
        // A quota's magnitude is the volume still allowed: a tighter quota (0.2) scores higher.
        Assert.True(row.ScoreAtLow > row.ScoreAtHigh, row.ToString());
    }

    [Fact]
    public void Licence_rows_change_the_scenario_severity()
    {
        Scenario scenario = SupplyRiskModel.Default.GetScenario("cn-ree-licensing-2025");
        TornadoTable table = Run(scenario, SensitivityInput.LicenceApprovalRate(0.2, 0.8), SensitivityInput.LicenceDelayDays(30, 180));

        LicenceRamp s = scenario.Severity.Licensing;
        Scenario With(LicenceRamp ramp) => Scenario.Create(scenario.Id).Including(scenario).WithSeverity(scenario.Severity.WithLicensing(ramp)).Build();
        TornadoRow approval = table.Rows.Single(r => r.Input.Kind == SensitivityInputKind.LicenceApprovalRate);
        TornadoRow delay = table.Rows.Single(r => r.Input.Kind == SensitivityInputKind.LicenceDelayDays);
        Assert.Equal(s.LongRunApprovalRate, approval.BaseValue);
        Assert.Equal(ScoreOf(Data, EmbeddedData.Timeline, With(s.With(longRunApprovalRate: 0.2))), approval.ScoreAtLow);
        Assert.Equal(ScoreOf(Data, EmbeddedData.Timeline, With(s.With(longRunApprovalRate: 0.8))), approval.ScoreAtHigh);
        Assert.Equal(ScoreOf(Data, EmbeddedData.Timeline, With(s.With(reviewDelayDays: 180))), delay.ScoreAtHigh);
        Assert.True(approval.ScoreAtLow > approval.ScoreAtHigh, approval.ToString());
        Assert.True(delay.ScoreAtHigh > delay.ScoreAtLow, delay.ToString());
    }

    [Fact]
    public void Rows_are_ranked_by_swing_and_inputs_the_part_does_not_use_do_not_move_it()
    {
        FlatPart bev = Parts.Flatten("BEV", importer: Us);
        UncertainScenario uncertain = MonteCarloSimulationTests.UncertainTradeWar();
        IReadOnlyList<SensitivityInput> inputs = SensitivityInput.DefaultsFor(Data, bev, uncertain)
            .Append(SensitivityInput.CountryShare("germanium", StageKind.Processing, Cn))
            .ToList();
        Assert.DoesNotContain(bev.Materials, l => l.Material == "germanium");

        TornadoTable table = SensitivityAnalysis.Run(ExposureScorer.Create(Data, EmbeddedData.Timeline, uncertain.Base, Us, Day), bev, inputs);

        Assert.Equal(inputs.Count, table.Rows.Count);
        Assert.True(table.Rows.Zip(table.Rows.Skip(1), (a, b) => a.Swing >= b.Swing).All(ok => ok), "rows are not ranked by swing");
        Assert.Equal(0.0, table.Rows.Single(r => r.Input.Name == "CN share of germanium processing").Swing);
        Assert.True(table.Rows[0].Swing > 1.0, $"the largest swing should move a BEV by more than a point:\n{table}");
        Assert.Contains("| 1 | " + table.Rows[0].Input.Name + " |", table.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Default_inputs_cover_each_material_index_and_each_named_supplier_above_the_minimum_share()
    {
        FlatPart bev = Parts.Flatten("BEV");
        IReadOnlyList<SensitivityInput> inputs = SensitivityInput.DefaultsFor(Data, bev, minimumShare: 0.10);

        var materials = bev.Materials.Select(l => Data.GetMaterial(l.Material)).Distinct().ToList();
        int expected = materials.Count(m => m.SubstitutionIndexSupplyRisk is not null)
            + materials.Sum(m => m.Stages.Sum(s => s.Shares.Entries.Count(e => !e.Country.IsRestOfWorld && e.Share >= 0.10)));
        Assert.Equal(expected, inputs.Count);
        Assert.Contains(inputs, i => i.Name == "CN share of natural-graphite processing");
        Assert.DoesNotContain(inputs, i => i.Kind == SensitivityInputKind.ShockSeverity);

        IReadOnlyList<SensitivityInput> withShocks = SensitivityInput.DefaultsFor(Data, bev, MonteCarloSimulationTests.UncertainTradeWar(), minimumShare: 0.10);
        // Triangular content threshold, PERT tariff, Beta outage, PERT quota; approval rate and delay.
        Assert.Equal(4, withShocks.Count(i => i.Kind == SensitivityInputKind.ShockSeverity));
        Assert.Single(withShocks, i => i.Kind == SensitivityInputKind.LicenceApprovalRate);
        Assert.Single(withShocks, i => i.Kind == SensitivityInputKind.LicenceDelayDays);
    }

    [Fact]
    public void An_uncertain_measure_is_swung_between_the_10th_and_90th_percentiles()
    {
        UncertainValue pert = UncertainValue.Pert(0.1, 0.3, 0.8);
        TornadoRow row = Assert.Single(Run(SupplyRiskModel.Default.GetScenario("baseline"), SensitivityInput.ShockSeverity(new UncertainMeasure(MyanmarOutage, 0.25, pert))).Rows);
        Assert.Equal(pert.Quantile(0.1), row.LowValue);
        Assert.Equal(pert.Quantile(0.9), row.HighValue);
    }

    [Fact]
    public void Nothing_the_caller_passed_is_changed()
    {
        Material dysprosium = Data.GetMaterial("dysprosium");
        double[] shares = dysprosium.GetStage(StageKind.Processing).Shares.Shares.ToArray();
        Run(SupplyRiskModel.Default.GetScenario("baseline"), SensitivityInput.CountryShare("dysprosium", StageKind.Processing, Cn), SensitivityInput.SubstitutionIndex("dysprosium"));

        Assert.Same(dysprosium, Data.GetMaterial("dysprosium"));
        Assert.Equal(shares, dysprosium.GetStage(StageKind.Processing).Shares.Shares.ToArray());
    }

    [Fact]
    public void Bad_inputs_are_refused_with_a_message_naming_them()
    {
        Scenario baseline = SupplyRiskModel.Default.GetScenario("baseline");
        Assert.Contains("'unobtainium' is not in the dataset", Assert.Throws<ArgumentException>(() => Run(baseline, SensitivityInput.CountryShare("unobtainium", StageKind.Processing, Cn))).Message);
        Assert.Contains("'gallium' has no extraction stage", Assert.Throws<ArgumentException>(() => Run(baseline, SensitivityInput.CountryShare("gallium", StageKind.Extraction, Cn))).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityInput.CountryShare("cobalt", StageKind.Processing, Cn, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityInput.SubstitutionIndex("cobalt", 1.5));
        Assert.Contains("no magnitude", Assert.Throws<ArgumentException>(() => SensitivityInput.ShockSeverity(PolicyMeasure.ExportLicensing("lic", "licensing", Cn, new MeasureScope(new MaterialId[] { "cobalt" })), 0, 1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityInput.ShockSeverity(MyanmarOutage, 0.1, 1.2));
        Assert.Throws<ArgumentException>(() => SensitivityInput.ShockSeverity(MyanmarOutage, 0.9, 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityInput.LicenceApprovalRate(-0.1, 0.5));
        Assert.Throws<ArgumentException>(() => SensitivityInput.ShockSeverity(new UncertainMeasure(MyanmarOutage, 0.5)));
        Assert.Throws<KeyNotFoundException>(() => SensitivityAnalysis.Run(ExposureScorer.Create(Data, EmbeddedData.Timeline, baseline, Us, Day), Parts, "NO-SUCH-PART", Array.Empty<SensitivityInput>()));
        Assert.Throws<ArgumentException>(() => Run(baseline, new SensitivityInput[] { null! }));
    }
}
