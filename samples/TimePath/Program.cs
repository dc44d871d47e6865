// Exposure over time: every built-in product under the measures in force from the day China's April 2025 licences
// began (US buyer), its time to survive, time to recover and output lost, and the daily path of its binding input,
// as CSV for pandas or a spreadsheet and as a chart. Run from the repository root:
//   dotnet run --project samples/TimePath -c Release -- [--csv paths.csv] [--chart docs/images/time-paths-2025.png]
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ScottPlot;
using SupplyRisk;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Reporting;
using SupplyRisk.Scoring;

ReferenceDataset data = SupplyRiskModel.Default.Data;
ProductCatalog products = SupplyRiskModel.Default.Products;
var asOf = new DateTime(2025, 4, 4);

// `current` = the embedded timeline's measures in force on each day of the horizon, starting at the as-of date.
ExposureScorer context = ExposureScorer.Create(data, SupplyRiskModel.Default.Timeline, SupplyRiskModel.Default.GetScenario("current"), data.GetBuyer("US"), asOf);
var reports = products.Products.Select(p => (Product: p, Report: context.Score(products.Parts, p.RootPart))).ToList();

string Days(int? days) => days is int d ? d.ToString(CultureInfo.InvariantCulture) : "-";
Console.WriteLine($"US buyer, scenario current, from {asOf:yyyy-MM-dd} over {context.Options.HorizonDays} days");
Console.WriteLine("product          score  output lost  TTS  TTR  binding input (cover days)");
foreach (var (product, report) in reports)
{
    InputTimePath? path = report.Path;
    string binding = path is null || report.OutputLost == 0 ? "-" : FormattableString.Invariant($"{path.Material} in {path.ContainingPart} ({path.CoverDays:0})");
    Console.WriteLine(FormattableString.Invariant($"{product.Id,-16} {report.Score,5:0.0}  {report.OutputLost,10:0.0%}  {Days(report.TimeToSurviveDays),3}  {Days(report.TimeToRecoverDays),3}  {binding}"));
}

// The daily path: flow (share of need arriving), stock left (days of need) and share of units built.
int csv = Array.IndexOf(args, "--csv");
if (csv >= 0 && csv + 1 < args.Length)
{
    using var writer = new StreamWriter(args[csv + 1]);
    writer.WriteLine("product,day,date,material,availability,inventory_days,units_built");
    foreach (var (product, report) in reports.Where(r => r.Report.Path is not null))
    {
        InputTimePath path = report.Path!;
        for (int day = 0; day < path.Days; day++)
        {
            string[] fields =
            {
                product.Id, day.ToString(CultureInfo.InvariantCulture), asOf.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), path.Material.Value,
                path.Availability[day].ToString("R", CultureInfo.InvariantCulture), path.Inventory[day].ToString("R", CultureInfo.InvariantCulture), path.UnitsBuilt[day].ToString("R", CultureInfo.InvariantCulture),
            };
            writer.WriteLine(string.Join(",", fields.Select(f => CsvField.Escape(f)))); // quoted and formula-safe, as the library writes CSV
        }
    }

    Console.WriteLine($"\npaths: {args[csv + 1]}");
}

int chart = Array.IndexOf(args, "--chart");
if (chart >= 0 && chart + 1 < args.Length)
{
    const int shown = 200;
    var plot = new Plot();
    double[] dates = Enumerable.Range(0, shown).Select(d => asOf.AddDays(d).ToOADate()).ToArray();
    // Products that lose nothing build 100 % every day: only those that lose output are drawn.
    var hit = reports.Where(r => r.Report.Path is not null && r.Report.OutputLost > 0).ToList();
    foreach (var (product, report) in hit)
    {
        InputTimePath path = report.Path!;
        var built = plot.Add.ScatterLine(dates, path.UnitsBuilt.Take(shown).ToArray());
        built.LegendText = FormattableString.Invariant($"{product.Id}: units built ({path.Material}, {path.CoverDays:0} days of cover)");
        built.LineWidth = 2;
    }

    InputTimePath first = hit[0].Report.Path!;
    var flow = plot.Add.ScatterLine(dates, first.Availability.Take(shown).ToArray());
    flow.LegendText = $"{hit[0].Product.Id}: {first.Material} arriving (share of need)";
    flow.LinePattern = LinePattern.Dashed;
    plot.Axes.DateTimeTicksBottom().TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic { LabelFormatter = d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
    plot.Axes.SetLimitsY(0, 1.05);
    plot.Title($"Units built after China's rare-earth licences of {asOf:yyyy-MM-dd} (US buyer, scenario current)");
    plot.YLabel("share of normal");
    plot.ShowLegend(Alignment.LowerRight);
    string file = args[chart + 1];
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
    plot.SavePng(file, 1000, 560);
    Console.WriteLine($"chart: {file}");
}
