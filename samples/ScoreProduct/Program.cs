// Scoring from code: a what-if scenario built fluently, a built-in product, and the explanation of the score.
using System;
using System.Globalization;
using System.Linq;
using SupplyRisk;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Reporting;
using SupplyRisk.Scoring;

ReferenceDataset data = SupplyRiskModel.Default.Data;
ProductCatalog products = SupplyRiskModel.Default.Products;
var asOf = new DateTime(2026, 11, 28);

// What if China banned dysprosium and terbium exports outright, and a third of Myanmar's output were lost?
Scenario scenario = Scenario.Create("hree-squeeze")
    .Named("Heavy rare-earth squeeze")
    .With(
        PolicyMeasure.ExportBan("cn-dy-tb-ban", "China bans Dy and Tb exports", CountryCode.Parse("CN"),
            new MeasureScope(new MaterialId[] { "dysprosium", "terbium" })),
        PolicyMeasure.CapacityLoss("mm-outage", "Myanmar mining outage", CountryCode.Parse("MM"),
            new MeasureScope(new MaterialId[] { "dysprosium", "terbium" }, new[] { StageKind.Extraction }), lossFraction: 0.33))
    .WithSeverity(new ShockSeverity(ShockSeverity.DefaultLicensing.With(longRunApprovalRate: 0.4)))
    .Build();

// Compile once per (scenario, buyer, date), then score as many parts as needed.
ExposureScorer context = ExposureScorer.Create(data, SupplyRiskModel.Default.Timeline, scenario, data.GetBuyer("EU"), asOf);
foreach (Product product in products.Products)
{
    ExposureReport report = context.Score(products.Parts, product.RootPart);
    string top = string.Join(", ", report.Materials.Take(3).Select(m => FormattableString.Invariant($"{m.Material} {m.Score:0.0}")));
    Console.WriteLine(FormattableString.Invariant($"{product.Id,-16} score {report.Score,5:0.0}  output lost {report.OutputLost,6:P1}  TTS {(report.TimeToSurviveDays is int d ? d.ToString(CultureInfo.InvariantCulture) : "-"),4}  top: {top}"));
}

// The full, stable JSON report of one product (what ERP integrations parse).
ExposureReport bev = context.Score(products.Parts, products.Get("bev").RootPart);
Console.WriteLine();
Console.WriteLine(ExposureReportJson.Write(bev).Split('\n').Take(12).Aggregate((a, b) => a + "\n" + b) + "\n  …");
