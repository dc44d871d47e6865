using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;
using Xunit.Abstractions;

namespace SupplyRisk.Tests.Dynamics;

/// <summary>
/// The embedded timeline and data run from dates of 2025 and checked against what happened, in kind. Each test's name
/// says what the record says (sources in docs/data/dynamics.md and docs/data/policy-and-prices.md).
/// </summary>
public sealed class BackCastTests
{
    private readonly ITestOutputHelper _output;

    /// <param name="output">Where each back-cast writes what it found (shown with --logger "console;verbosity=detailed").</param>
    public BackCastTests(ITestOutputHelper output) => _output = output;

    private void Show(string what, ExposureReport report) =>
        _output.WriteLine(FormattableString.Invariant($"{what}: output lost {report.OutputLost:P1} ({report.OutputLost * report.HorizonDays:0.0} days), TTS {report.TimeToSurviveDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, TTR {report.TimeToRecoverDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, ")
            + string.Join("; ", report.Materials.Where(m => m.MinimumAvailability < 1 - 1e-9).Select(m => FormattableString.Invariant($"{m.Material} min {m.MinimumAvailability:P1} price x{m.PriceMultiplier:0.00}{(m.Path.ServedFromTraderStock ? " traders" : "")}"))));

    private static readonly ReferenceDataset Data = EmbeddedData.Dataset;
    private static readonly ProductCatalog Products = EmbeddedData.Products;
    private static readonly CountryCode De = CountryCode.Parse("DE");
    private static readonly CountryCode Cn = CountryCode.Parse("CN");

    private static ExposureReport Current(DateTime asOf, PartCatalog parts, string root, double? coverDays = null, string buyer = "US") =>
        ExposureScorer.Create(Data, EmbeddedData.Timeline, SupplyRiskModel.Default.GetScenario("current"), Data.GetBuyer(buyer), asOf, new ScoringOptions(coverDays: coverDays))
            .Score(parts, root);

    /// <summary>The built-in BEV with the car and its motor made in Germany (its magnets still made where the data says: 87 % China).</summary>
    private static PartCatalog GermanBev() => Rebuild(Products.Parts, p => p.PartNumber is "BEV" or "BEV-MOTOR" ? CountryShares.Create((De, 1.0)) : p.MadeIn);

    /// <summary>The built-in smartphone with every part made in one country.</summary>
    private static PartCatalog PhoneMadeIn(string country) => Rebuild(Products.Parts, p => p.PartNumber.StartsWith("SMARTPHONE", StringComparison.Ordinal) ? CountryShares.Create((CountryCode.Parse(country), 1.0)) : p.MadeIn);

    private static PartCatalog Rebuild(PartCatalog catalog, Func<Part, CountryShares> madeIn) =>
        new(catalog.Parts.Select(p => new Part(p.PartNumber, p.Name, p.Category, madeIn(p), p.Materials, p.Children, p.MadeInProvenance, p.ItemClass, p.CoverDays)));

    [Fact]
    public void April_2025_licences_cost_a_German_BEV_line_with_two_weeks_of_cover_per_tier_some_weeks_of_output_not_a_year_and_it_recovers_by_July()
    {
        // Record: magnet exports fell ~74 % y/y in May 2025 and were above the year before by July; individual car
        // plants stopped for one to three weeks (Ford Chicago, May; Suzuki, 18 days); first stoppages 45-60 days in.
        ExposureReport report = Current(new DateTime(2025, 4, 4), GermanBev(), "BEV", coverDays: 14);
        Show("German BEV, 14 days a tier", report);

        Assert.Equal("dysprosium", report.ShortfallDriver);
        Assert.Equal("BEV-MOTOR-MAGNETS", report.BindingPart);
        Assert.InRange(report.OutputLost * report.HorizonDays, 7, 35);     // one to five weeks of the year's output
        Assert.InRange(report.TimeToSurviveDays!.Value, 30, 75);          // stops after one to two and a half months
        Assert.InRange(report.TimeToRecoverDays!.Value, 60, 110);         // flow back to need in June or early July
    }

    [Fact]
    public void April_2025_licences_cost_a_BEV_line_holding_six_months_of_cover_nothing()
    {
        ExposureReport report = Current(new DateTime(2025, 4, 4), GermanBev(), "BEV", coverDays: 90);
        Show("German BEV, 90 days a tier", report);

        Assert.Equal(0, report.OutputLost);
        Assert.Null(report.TimeToSurviveDays);
        Assert.True(report.Materials.Single(m => m.Material == "dysprosium").MinimumAvailability < 0.5, "the flow itself was cut");
    }

    [Fact]
    public void The_2025_DRC_cobalt_export_ban_raised_cobalt_prices_and_stopped_no_battery_line()
    {
        // Record: DRC exports suspended from 2025-02-22 (quotas from 2025-10-16); cobalt metal about doubled by
        // December 2025; stocks outside the DRC held 8-10 months of world use; no battery or car line stopped.
        ExposureReport report = Current(new DateTime(2025, 3, 1), Products.Parts, "BEV");
        Show("BEV from 2025-03-01", report);
        MaterialExposure cobalt = report.Materials.Single(m => m.Material == "cobalt");

        Assert.Equal(0, cobalt.OutputLost);
        Assert.True(cobalt.MinimumAvailability < 0.5, $"the flow from the DRC was cut: {cobalt.MinimumAvailability}");
        Assert.True(cobalt.PriceMultiplier > 1.3, $"scarcity raised the price: {cobalt.PriceMultiplier}");
        Assert.True(report.CostImpactPrices > 0, "the price rise shows as cost");
    }

    [Fact]
    public void Chinas_December_2024_gallium_ban_on_the_US_stopped_no_phone_assembled_in_China_or_Vietnam()
    {
        // Record: China banned gallium, germanium and antimony exports to the US from 2024-12-03; phones assembled in
        // China and Vietnam kept shipping. A ban to the US does not reach gallium used in China or exported to Vietnam.
        foreach (string country in new[] { "CN", "VN" })
        {
            ExposureReport report = Current(new DateTime(2024, 12, 3), PhoneMadeIn(country), "SMARTPHONE");
            Show($"phone made in {country} from 2024-12-03", report);
            MaterialExposure gallium = report.Materials.Single(m => m.Material == "gallium");
            Assert.Equal(0, gallium.OutputLost);
            Assert.Equal(1.0, gallium.MinimumAvailability, 9);
            Assert.Equal(0, report.OutputLost);    // nor does any other measure then in force stop the phone
        }
    }

    [Fact]
    public void A_phone_assembled_in_the_US_needs_too_little_gallium_for_the_ban_to_stop_it_but_pays_the_scarcity_price()
    {
        ExposureReport report = Current(new DateTime(2024, 12, 3), PhoneMadeIn("US"), "SMARTPHONE");
        Show("phone made in US from 2024-12-03", report);
        MaterialExposure gallium = report.Materials.Single(m => m.Material == "gallium");

        Assert.True(gallium.MinimumAvailability < 0.1, $"the ban cuts the flow to the US: {gallium.MinimumAvailability}");
        Assert.True(gallium.Path.ServedFromTraderStock);
        Assert.Equal(0, gallium.OutputLost);
        Assert.True(gallium.PriceMultiplier > 1.5, gallium.PriceMultiplier.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Export_controls_bite_where_goods_cross_the_issuers_border_whatever_the_buyer()
    {
        // The same German-made BEV for a US, an EU and a Chinese buyer loses the same output; only costs differ.
        double[] lost = new[] { "US", "EU", "CN" }.Select(b => Current(new DateTime(2025, 4, 4), GermanBev(), "BEV", coverDays: 14, buyer: b).OutputLost).ToArray();
        Assert.True(lost[0] > 0);
        Assert.All(lost, l => Assert.Equal(lost[0], l, 12));

        // Made in China with Chinese magnets, the licences do not touch the line.
        PartCatalog chinese = Rebuild(Products.Parts, p => p.PartNumber.StartsWith("BEV", StringComparison.Ordinal) ? CountryShares.Create((Cn, 1.0)) : p.MadeIn);
        Assert.Equal(0, Current(new DateTime(2025, 4, 4), chinese, "BEV", coverDays: 14).Materials.Single(m => m.Material == "dysprosium").OutputLost);
    }
}
