using System.Linq;
using System;
using CsCheck;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;
using SupplyRisk.Tests.Scoring;

namespace SupplyRisk.Tests.Dynamics;

/// <summary>Invariants of the time paths over randomly generated datasets, parts, shocks, ramps and covers.</summary>
public sealed class TimePathPropertyTests
{
    private static readonly Buyer Us = Buyer.FromCountry(CountryCode.Parse("US"));

    /// <summary>Ramps that rise (q∞ ≥ q₀: approvals come after the review), the case the monotonicity below is about.</summary>
    private static readonly Gen<LicenceRamp> Ramps =
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 200], Gen.Double[0.5, 100], (q0, u, d, h) => new LicenceRamp(q0, q0 + ((1 - q0) * u), d, h));

    /// <summary>TOP (US) holds 2 × SUB (made in a random place) which holds the random part P.</summary>
    private static PartCatalog Tree(RandomModels.Model model, int made, double subCover, double partCover)
    {
        Part p = model.Part().Get("P");
        return new PartCatalog(new[]
        {
            new Part("TOP", "top", PartCategory.Other, CountryShares.Create((CountryCode.Parse("US"), 1.0)), children: new[] { new BomLine("SUB", 2) }),
            new Part("SUB", "sub", PartCategory.Other, CountryShares.Create((CountryCode.Parse(RandomModels.Countries[made]), 1.0)), children: new[] { new BomLine("P", 1) }, coverDays: subCover),
            new Part("P", "p", p.Category, p.MadeIn, p.Materials, coverDays: partCover),
        });
    }

    private static ExposureReport Score(ReferenceDataset data, PartCatalog parts, Scenario scenario, ScoringOptions? options = null) =>
        ExposureScorer.Create(data, PolicyTimeline.Empty, scenario, Us, RandomModels.Day, options ?? ScoringOptions.Default).Score(parts, "TOP");

    [Fact]
    public void More_cover_never_lowers_time_to_survive_nor_raises_output_lost()
    {
        Gen.Select(RandomModels.Models, RandomModels.Shocks, Gen.Int[0, RandomModels.Countries.Length - 1], Gen.Double[0, 60], Gen.Double[0, 60]).Sample((model, shock, made, cover, extra) =>
        {
            ReferenceDataset data = model.Dataset();
            Scenario scenario = Scenario.Create("s").With(shock).Build();
            ExposureReport less = Score(data, Tree(model, made, cover, 0), scenario);
            ExposureReport more = Score(data, Tree(model, made, cover + extra, 0), scenario);
            return more.OutputLost <= less.OutputLost + 1e-12
                && (less.TimeToSurviveDays is null ? more.TimeToSurviveDays is null : more.TimeToSurviveDays is null || more.TimeToSurviveDays >= less.TimeToSurviveDays);
        }, iter: 60);
    }

    [Fact]
    public void A_longer_review_or_a_lower_approval_rate_never_raises_availability_on_any_day()
    {
        Gen.Select(RandomModels.Models, Gen.Int[0, RandomModels.Countries.Length - 1], Gen.Int[0, 3], Ramps, Gen.Double[0, 100], Gen.Double[0, 1]).Sample((model, issuer, m, ramp, longer, lower) =>
        {
            ReferenceDataset data = model.Dataset();
            var scope = new MeasureScope(new[] { MaterialId.From($"m{m % model.Materials}") });
            Scenario With(LicenceRamp r) => Scenario.Create("s").With(PolicyMeasure.ExportLicensing("lic", "lic", CountryCode.Parse(RandomModels.Countries[issuer]), scope, ramp: r)).Build();
            LicenceRamp harsher = ramp.With(reviewDelayDays: Math.Min(LicenceRamp.MaximumDays, ramp.ReviewDelayDays + longer), longRunApprovalRate: ramp.LongRunApprovalRate * lower, initialApprovalRate: ramp.InitialApprovalRate * lower * lower);
            PartCatalog parts = Tree(model, 0, 0, 0);
            ExposureReport mild = Score(data, parts, With(ramp));
            ExposureReport harsh = Score(data, parts, With(harsher));
            return mild.Materials.All(e =>
            {
                InputTimePath a = e.Path;
                InputTimePath b = harsh.Materials.Single(x => x.Material == e.Material).Path;
                return Enumerable.Range(0, a.Days).All(t => b.Availability[t] <= a.Availability[t] + 1e-12);
            }) && harsh.OutputLost >= mild.OutputLost - 1e-12;
        }, iter: 60);
    }

    [Fact]
    public void Without_measures_no_output_is_lost_whatever_the_model()
    {
        Gen.Select(RandomModels.Models, Gen.Int[0, RandomModels.Countries.Length - 1]).Sample((model, made) =>
        {
            ExposureReport report = Score(model.Dataset(), Tree(model, made, 0, 0), Scenario.Create("none").Build());
            return report.OutputLost == 0 && report.TimeToSurviveDays is null && report.Materials.All(m => m.MinimumAvailability == 1.0);
        }, iter: 40);
    }

    [Fact]
    public void Output_lost_is_the_most_lost_input_and_stays_within_the_horizon()
    {
        Gen.Select(RandomModels.Models, RandomModels.Shocks, Gen.Int[0, RandomModels.Countries.Length - 1], Gen.Double[0, 60]).Sample((model, shock, made, cover) =>
        {
            ExposureReport report = Score(model.Dataset(), Tree(model, made, cover, 0), Scenario.Create("s").With(shock).Build());
            double most = report.Materials.Max(m => m.OutputLost);
            return report.OutputLost == most && report.OutputLost >= 0 && report.OutputLost <= 1
                && report.Materials.All(m => Math.Abs(m.OutputLost * report.HorizonDays - m.Path.UnitsBuilt.Sum(u => 1 - u)) < 1e-6);
        }, iter: 60);
    }
}
