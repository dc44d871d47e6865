// The four charts of docs/charts.md from the embedded model: US buyer, scenarios baseline and trade-war-2025, as of
// 2026-11-28. Run from the repository root (writes PNGs; `--svg` writes SVGs beside them too):
//   dotnet run --project samples/Charts -c Release -- [output folder, default docs/images] [--svg]
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SupplyRisk;
using SupplyRisk.Charts;
using SupplyRisk.Parts;
using SupplyRisk.Scoring;
using SupplyRisk.Sensitivity;

SupplyRiskModel model = SupplyRiskModel.Default;
var asOf = new DateTime(2026, 11, 28);
string folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine("docs", "images");
bool svg = args.Contains("--svg");
Directory.CreateDirectory(folder);

// Every built-in product for the US buyer under both scenarios.
IReadOnlyList<ExposureReport> reports = model.ScoreBatch(
    model.Products.Parts, new[] { "US" }, new[] { "baseline", "trade-war-2025" }, asOf);
var products = model.Products.Products.Select(p => p.RootPart).ToHashSet();
var productReports = reports.Where(r => products.Contains(r.PartNumber)).ToList();
ExposureReport bev = productReports.Single(r => r.PartNumber == model.GetProduct("bev").RootPart && r.Scenario.Id == "trade-war-2025");

// The tornado: every default input swung around the trade-war scenario for the BEV.
ExposureScorer scorer = model.CreateScorer("US", "trade-war-2025", asOf);
FlatPart flat = scorer.Flatten(model.Products.Parts, bev.PartNumber);
TornadoTable tornado = SensitivityAnalysis.Run(scorer, flat, SensitivityInput.DefaultsFor(model.Data, flat));

var charts = new (string File, ExposureChart Chart)[]
{
    ("contributions-bev-us", ExposureCharts.Contributions(bev)),
    ("products-by-scenario", ExposureCharts.ProductsByScenario(productReports)),
    ("tornado-bev", ExposureCharts.Tornado(tornado)),
    ("time-path-bev", ExposureCharts.TimePath(bev)),
};

foreach (var (file, chart) in charts)
{
    string png = Path.Combine(folder, file + ".png");
    chart.SavePng(png);
    Console.WriteLine($"{png}: {chart} ({chart.DefaultWidth} x {chart.DefaultHeight})");
    if (svg)
    {
        chart.SaveSvg(Path.Combine(folder, file + ".svg"));
    }
}
