// A .NET 10 file-based app: the C# path for notebook-style work (.NET Interactive was deprecated in 2026).
// Run from the repository root: dotnet run samples/FileBasedApp/score.cs
// In your own script, replace the #:project line by the package: #:package SupplyRisk@0.1.0
#:project ../../src/SupplyRisk/SupplyRisk.csproj
using System;
using System.Linq;
using SupplyRisk;
using SupplyRisk.Reporting;

var model = SupplyRiskModel.Default;
var bom = model.ReadBom("samples/QuickStart/e-axle.csv");
var asOf = new DateTime(2026, 11, 28);
var reports = model.ScoreBatch(bom.Parts, new[] { "US", "EU" }, new[] { "baseline", "trade-war-2025" }, asOf);

// One line per report, then the long table's first rows: what a notebook cell would display.
foreach (var report in reports)
    Console.WriteLine(report);

var table = ExposureTable.From(reports);
Console.WriteLine();
Console.WriteLine(table.ToText(maxRows: 6));

// A quick pivot without a DataFrame library: score by part and scenario for the US buyer.
Console.WriteLine();
foreach (var part in reports.Where(r => r.Buyer.Code == "US").GroupBy(r => r.PartNumber))
    Console.WriteLine($"{part.Key,-12} " + string.Join("  ", part.Select(r => $"{r.Scenario.Id} {r.Score:0.0}")));
