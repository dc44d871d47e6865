// Fits the default licence ramp to China's 2025 rare-earth magnet exports and writes the table and chart in
// docs/methodology.md ("Calibration"). Run from the repository root:
//   dotnet run --project samples/Calibration -c Release -- [--chart docs/images/licence-ramp-fit.png]
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Calibration;
using ScottPlot;
using SupplyRisk.Policy;

string path = MagnetExportRecord.Find(Directory.GetCurrentDirectory());
LicenceRampFitResult fit = MagnetExportRecord.Fit(path);
LicenceRamp rounded = MagnetExportRecord.Rounded(fit.Ramp);
IReadOnlyDictionary<(int Year, int Month), double> tonnes = MagnetExportRecord.Tonnes(path);
string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);

Console.WriteLine($"Licence ramp fitted to China's rare-earth magnet exports after the licences of {MagnetExportRecord.Effective:yyyy-MM-dd} ({Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}):");
Console.WriteLine($"  fit:     {fit.Ramp}   RMSE {F(fit.RootMeanSquareError, "0.000")}");
Console.WriteLine($"  rounded: {rounded}   (ShockSeverity.DefaultLicensing: {ShockSeverity.DefaultLicensing})");
Console.WriteLine();
Console.WriteLine("| month | exports 2024 (t) | exports 2025 (t) | observed share of normal | fitted ramp | difference |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var (observation, predicted) in fit.Predictions)
{
    var key = (observation.Start.Year, observation.Start.Month);
    Console.WriteLine($"| {observation.Start:yyyy-MM} | {F(tonnes[(key.Year - 1, key.Month)], "#,0")} | {F(tonnes[key], "#,0")} | {F(observation.PassShare, "0.00")} | {F(predicted, "0.00")} | {F(Math.Round(predicted - observation.PassShare, 2) + 0.0, "+0.00;-0.00;0.00")} |");
}

int chart = Array.IndexOf(args, "--chart");
if (chart >= 0 && chart + 1 < args.Length)
{
    var plot = new Plot();
    DateTime first = new(2025, 3, 1);
    double[] days = Enumerable.Range(0, 245).Select(d => first.AddDays(d).ToOADate()).ToArray();
    double[] pass = Enumerable.Range(0, 245).Select(d => rounded.Pass((first.AddDays(d) - MagnetExportRecord.Effective).TotalDays)).ToArray();
    var line = plot.Add.ScatterLine(days, pass);
    line.LegendText = "default licence ramp: share of normal flow passing, per day";
    line.LineWidth = 2;
    var observed = plot.Add.ScatterPoints(
        fit.Predictions.Select(p => p.Key.Start.AddDays(14).ToOADate()).ToArray(),
        fit.Predictions.Select(p => p.Key.PassShare).ToArray());
    observed.LegendText = "observed: month's magnet exports / same month of 2024 (capped at 1)";
    observed.MarkerSize = 10;
    var predicted = plot.Add.ScatterPoints(
        fit.Predictions.Select(p => p.Key.Start.AddDays(14).ToOADate()).ToArray(),
        fit.Predictions.Select(p => p.Value).ToArray());
    predicted.LegendText = "ramp's monthly mean";
    predicted.MarkerShape = MarkerShape.OpenSquare;
    predicted.MarkerSize = 10;
    var start = plot.Add.VerticalLine(MagnetExportRecord.Effective.ToOADate());
    start.LinePattern = LinePattern.Dashed;
    start.LegendText = "licences required (2025-04-04)";
    plot.Axes.DateTimeTicksBottom().TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic { LabelFormatter = d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
    plot.Axes.SetLimitsY(0, 1.1);
    plot.Title("China's rare-earth magnet exports after the April 2025 licences, and the fitted ramp");
    plot.YLabel("share of normal flow");
    plot.ShowLegend(Alignment.LowerRight);
    string file = args[chart + 1];
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
    plot.SavePng(file, 1000, 560);
    Console.WriteLine();
    Console.WriteLine($"chart: {file}");
}
