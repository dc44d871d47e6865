// Stress testing from code: a Monte Carlo run of uncertain shocks over every built-in part, then a tornado table
// of what moves one product's score most. The probabilities and ranges below are illustrative, not forecasts.
using System;
using System.Linq;
using SupplyRisk;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;
using SupplyRisk.Sensitivity;
using SupplyRisk.Simulation;

SupplyRiskModel model = SupplyRiskModel.Default;
ReferenceDataset data = model.Data;
ProductCatalog products = model.Products;
Buyer buyer = model.GetBuyer("US");
var asOf = new DateTime(2026, 11, 28);
var cn = CountryCode.Parse("CN");

// April 2025 licensing always holds; the October 2025 package, a US tariff and a Myanmar outage may or may not happen.
var scenario = new UncertainScenario(
    model.GetScenario("cn-ree-licensing-2025"),
    new[]
    {
        new UncertainMeasure(
            PolicyMeasure.ExportLicensing("cn-ree-package-2025-10", "China licences Ho, Er, Tm, Eu, Yb", cn, new MeasureScope(BuiltInScenarios.October2025RareEarths)),
            probability: 0.6),
        new UncertainMeasure(
            PolicyMeasure.Tariff("us-tariff-cn", "US tariff on Chinese goods", CountryCode.Parse("US"), new MeasureScope(counterparties: new[] { cn }), 1.0, "threat"),
            probability: 0.3,
            magnitude: UncertainValue.Pert(0.1, 0.5, 1.0)),
        new UncertainMeasure(
            PolicyMeasure.CapacityLoss("mm-outage", "Myanmar heavy rare-earth mining outage", CountryCode.Parse("MM"),
                new MeasureScope(new MaterialId[] { "dysprosium", "terbium" }, new[] { StageKind.Extraction }), 0.3),
            probability: 0.25,
            magnitude: UncertainValue.Triangular(0.1, 0.3, 0.8)),
    },
    licenceApprovalRate: UncertainValue.Beta(8, 1),
    licenceDelayDays: UncertainValue.LogNormalFromMedian(75, 0.3),
    rampHalfTimeDays: UncertainValue.Triangular(1, 10, 45),
    coverFactor: UncertainValue.Triangular(0.5, 1, 2),
    leadTimeFactor: UncertainValue.Triangular(0.7, 1, 1.5));

// 1. Monte Carlo: 10,000 trials, the same numbers for the same seed on any number of threads.
CompiledCatalog catalog = CompiledCatalog.Compile(products.Parts, data, buyer);
// The products' time to survive and time to recover need each trial's day-by-day path: name the parts that need it.
var options = new MonteCarloOptions(trials: 10_000, seed: 42, scoreThreshold: 50, timePathParts: products.Products.Select(p => p.RootPart));
// The base case is a scorer for the uncertain scenario's base; the trials vary it.
ExposureScorer baseScorer = model.CreateScorer(buyer, scenario.Base, asOf, null);
MonteCarloResult result = MonteCarloSimulation.Run(baseScorer, scenario, catalog, options);
Console.WriteLine($"{result.Parts.Count} parts x 10,000 trials, buyer {buyer.Code}, {asOf:yyyy-MM-dd}");
Console.WriteLine($"{"product",-16} {"mean",6} {"P50",6} {"P90",6} {"P99",6} {"CVaR95",7} {"P(>50)",7} {"output lost P50",16} {"P90",6} {"cost CVaR95",12}");
foreach (Product product in products.Products)
{
    PartRiskDistribution d = result.For(product.RootPart);
    Console.WriteLine($"{product.Id,-16} {d.Score.Mean,6:0.0} {d.Score.P50,6:0.0} {d.Score.P90,6:0.0} {d.Score.P99,6:0.0} {d.Score.ConditionalValueAtRisk95,7:0.0} {d.ProbabilityScoreAbove,7:P0} {d.Shortfall.P50,16:P1} {d.Shortfall.P90,6:P1} {d.CostImpact.ConditionalValueAtRisk95,12:P1}");
}

// Time to survive over all trials (a line that never stops ranks beyond the horizon); time to recover over the trials that lose output.
Console.WriteLine();
Console.WriteLine($"{"product",-16} {"P(stop)",8} {"TTS P10",8} {"P50",6} {"P90",6} {"TTR P50",8} {"P90",6}");
foreach (Product product in products.Products)
{
    TimePathDistribution t = result.TimePathFor(product.RootPart);
    Console.WriteLine($"{product.Id,-16} {t.ProbabilityOfStop,8:P1} {Days(t.TimeToSurvive.P10),8} {Days(t.TimeToSurvive.P50),6} {Days(t.TimeToSurvive.P90),6} {Days(t.TimeToRecover?.P50),8} {Days(t.TimeToRecover?.P90),6}");
}

Console.WriteLine("(days from the as-of date; '-' = beyond the 365-day horizon or no trial lost output)");

// 2. Sensitivity: swing each input one at a time around the base scenario and rank by how far the BEV's score moves.
FlatPart bev = baseScorer.Flatten(products.Parts, products.Get("bev").RootPart);
TornadoTable tornado = SensitivityAnalysis.Run(baseScorer, bev, SensitivityInput.DefaultsFor(data, bev, scenario));
Console.WriteLine();
Console.WriteLine(string.Join("\n", tornado.ToMarkdown().Split('\n').Take(4 + 12)));
Console.WriteLine($"({tornado.Rows.Count} inputs in all; the first 12 shown)");

static string Days(int? days) => days?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
