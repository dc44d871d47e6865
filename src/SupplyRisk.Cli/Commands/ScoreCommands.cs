using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Policy;
using SupplyRisk.Reporting;
using SupplyRisk.Scoring;

namespace SupplyRisk.Cli.Commands;

/// <summary><c>score</c> and <c>compare</c>: exposure reports.</summary>
internal static class ScoreCommands
{
    public static Command Score(Func<Workspace> workspace, TextWriter output, TextWriter error)
    {
        var product = new Option<string?>("--product") { Description = "A built-in product id (see 'products')." };
        var bom = new Option<string?>("--bom") { Description = "A bill of materials file: .json or .csv (docs/data-format.md), or an ERP export with --bom-format; every top-level part is scored." };
        var bomFormat = Cli.BomFormat();
        var skipUnknown = Cli.SkipUnknownMaterials();
        var bomRoot = Cli.BomRoot();
        var tableFile = Cli.TableFile();
        var chartFile = Cli.ChartFile();
        var scenario = new Option<string>("--scenario") { Description = "A built-in scenario id or a scenario JSON file.", DefaultValueFactory = _ => "current" };
        var buyer = new Option<string>("--buyer") { Description = "The buyer: a country code (US, JP, …) or a group (EU).", DefaultValueFactory = _ => "US" };
        var asOf = new Option<string?>("--as-of") { Description = "The date, YYYY-MM-DD (default: today)." };
        var horizon = Cli.Horizon();
        var cover = Cli.CoverDays();
        var afterCutoff = Cli.AfterCutoff();
        var format = Cli.Format("table", "json", "csv");
        var raw = Cli.RawCsv();
        var command = new Command("score", "Score the exposure of a product or of every top-level part of a BOM for a buyer under a scenario at a date, over a horizon.") { product, bom, bomFormat, bomRoot, skipUnknown, scenario, buyer, asOf, horizon, cover, afterCutoff, format, raw, tableFile, chartFile };
        command.SetAction(parse => Cli.Run(output, error, () =>
        {
            Workspace w = workspace();
            Cli.CheckChartPath(parse.GetValue(chartFile), parse.GetValue(afterCutoff));
            Cli.CheckTablePath(parse.GetValue(tableFile));
            ScoringOptions options = Cli.Options(parse.GetValue(horizon), parse.GetValue(cover));
            string? productId = parse.GetValue(product);
            string? bomFile = parse.GetValue(bom);
            if ((productId is null) == (bomFile is null))
            {
                throw new CliException("Give exactly one of --product ID or --bom FILE.");
            }

            IReadOnlyList<Target> targets = productId is not null
                ? new[] { w.Product(productId) }
                : w.Bom(bomFile!, parse.GetValue(bomFormat)!, parse.GetValue(skipUnknown), parse.GetValue(bomRoot), error);
            Scenario s = w.Scenario(parse.GetValue(scenario)!);
            Buyer b = w.Buyer(parse.GetValue(buyer)!);
            DateTime date = Workspace.ParseDate(parse.GetValue(asOf));
            AfterCutoff[] rules = Cli.AfterCutoffRules(parse.GetValue(afterCutoff));
            Cli.CheckReportCount((long)targets.Count * rules.Length, $"{targets.Count} top-level parts x {rules.Length} after-cut-off rules");
            ExposureReport[] reports = rules
                .SelectMany(rule =>
                {
                    ExposureScorer scorer = w.Model.CreateScorer(b, s, date, options.With(afterCutoff: rule));
                    return targets.Select(target => scorer.Score(target.Catalog, target.Root));
                })
                .ToArray();
            Cli.WriteTable(parse.GetValue(tableFile), reports, parse.GetValue(raw));
            Cli.WriteChart(parse.GetValue(chartFile), reports);
            switch (parse.GetValue(format))
            {
                case "json" when reports.Length == 1:
                    output.WriteLine(ExposureReportJson.Write(reports[0]));
                    break;
                case "json":
                    output.WriteLine(Cli.Json(json =>
                    {
                        json.WriteStartArray();
                        foreach (ExposureReport r in reports)
                        {
                            ExposureReportJson.Write(json, r);
                        }

                        json.WriteEndArray();
                    }));
                    break;
                case "csv":
                    output.Write(Csv(reports, parse.GetValue(raw)));
                    break;
                default:
                    output.Write(string.Join(Environment.NewLine, reports.Select(Table)));
                    break;
            }

            return 0;
        }));
        return command;
    }

    public static Command Compare(Func<Workspace> workspace, TextWriter output, TextWriter error)
    {
        var products = Cli.Many("--product", "Product ids (repeat or comma-separate; default: every built-in product, unless --bom is given).");
        var boms = new Option<string[]>("--bom") { Description = "BOM files (repeatable): every top-level part of each is compared beside the products.", AllowMultipleArgumentsPerToken = true };
        var bomFormat = Cli.BomFormat();
        var skipUnknown = Cli.SkipUnknownMaterials();
        var bomRoot = Cli.BomRoot();
        var tableFile = Cli.TableFile();
        var chartFile = Cli.ChartFile();
        var scenarios = Cli.Many("--scenario", "Scenario ids or JSON files (default: baseline, trade-war-2025).", "baseline", "trade-war-2025");
        var buyers = Cli.Many("--buyer", "Buyers (default: US, EU).", "US", "EU");
        var asOf = new Option<string?>("--as-of") { Description = "The date, YYYY-MM-DD (default: today)." };
        var horizon = Cli.Horizon();
        var cover = Cli.CoverDays();
        var afterCutoff = Cli.AfterCutoff();
        var format = Cli.Format("table", "json", "csv");
        var raw = Cli.RawCsv();
        var command = new Command("compare", "Compare products, scenarios and buyers side by side.") { products, boms, bomFormat, bomRoot, skipUnknown, scenarios, buyers, asOf, horizon, cover, afterCutoff, format, raw, tableFile, chartFile };
        command.SetAction(parse => Cli.Run(output, error, () =>
        {
            Workspace w = workspace();
            Cli.CheckChartPath(parse.GetValue(chartFile), parse.GetValue(afterCutoff));
            Cli.CheckTablePath(parse.GetValue(tableFile));
            ScoringOptions options = Cli.Options(parse.GetValue(horizon), parse.GetValue(cover));
            DateTime date = Workspace.ParseDate(parse.GetValue(asOf));
            string[] productIds = Cli.Values(parse.GetValue(products));
            string[] bomFiles = (parse.GetValue(boms) ?? Array.Empty<string>()).Where(f => f.Length > 0).Distinct().ToArray();
            if (productIds.Length == 0 && bomFiles.Length == 0)
            {
                productIds = w.Products.Products.Select(p => p.Id).ToArray();
            }

            var targets = Target.Distinct(productIds.Select(w.Product)
                .Concat(bomFiles.SelectMany(f => w.Bom(f, parse.GetValue(bomFormat)!, parse.GetValue(skipUnknown), parse.GetValue(bomRoot), error))));
            string[] labels = targets.Select(t => t.Label).ToArray();
            Scenario[] scenarioList = Cli.Values(parse.GetValue(scenarios)).Select(w.Scenario).ToArray();
            Buyer[] buyerList = Cli.Values(parse.GetValue(buyers)).Select(w.Buyer).ToArray();
            AfterCutoff[] rules = Cli.AfterCutoffRules(parse.GetValue(afterCutoff));
            Cli.CheckReportCount((long)rules.Length * buyerList.Length * scenarioList.Length * targets.Length, $"{targets.Length} parts x {scenarioList.Length} scenarios x {buyerList.Length} buyers x {rules.Length} after-cut-off rules");

            var reports = new List<(string Product, ExposureReport Report)>();
            foreach (AfterCutoff rule in rules)
            {
                foreach (Buyer b in buyerList)
                {
                    foreach (Scenario s in scenarioList)
                    {
                        ExposureScorer scorer = w.Model.CreateScorer(b, s, date, options.With(afterCutoff: rule));
                        foreach (Target target in targets)
                        {
                            reports.Add((target.Label, scorer.Score(target.Catalog, target.Root)));
                        }
                    }
                }
            }

            var ordered = reports.OrderBy(r => Array.IndexOf(labels, r.Product)).ThenBy(r => Array.IndexOf(buyerList, r.Report.Buyer)).ThenBy(r => Array.IndexOf(scenarioList, r.Report.Scenario)).ThenBy(r => r.Report.AfterCutoff).ToList();
            Cli.WriteTable(parse.GetValue(tableFile), ordered.Select(r => r.Report).ToList(), parse.GetValue(raw));
            Cli.WriteChart(parse.GetValue(chartFile), ordered.Select(r => r.Report).ToList());
            switch (parse.GetValue(format))
            {
                case "json":
                    output.WriteLine(Cli.Json(json =>
                    {
                        json.WriteStartArray();
                        foreach (var r in ordered)
                        {
                            ExposureReportJson.Write(json, r.Report);
                        }

                        json.WriteEndArray();
                    }));
                    break;
                case "csv":
                    output.Write(Csv(ordered.Select(r => r.Report), parse.GetValue(raw)));
                    break;
                default:
                    bool both = rules.Length > 1;
                    var columns = new List<string> { "product", "buyer", "scenario" };
                    if (both)
                    {
                        columns.Add("after cut-off");
                    }

                    columns.AddRange(new[] { "score", "structural", "output lost", "TTS", "TTR", "cost impact", "top contributor", "binding input" });
                    int firstNumber = both ? 4 : 3;
                    var table = new TextTable(columns.ToArray()).Numeric(Enumerable.Range(firstNumber, 6).ToArray());
                    foreach (var (label, r) in ordered)
                    {
                        string top = r.Materials.Count == 0 ? "- (no material)" : $"{r.Materials[0].Material} {N(r.Materials[0].Score, "0.0")}";
                        var cells = new List<string> { label, r.Buyer.Code, r.Scenario.Id };
                        if (both)
                        {
                            cells.Add(RuleName(r.AfterCutoff));
                        }

                        cells.AddRange(new[] { N(r.Score, "0.0"), N(r.StructuralRisk * 100, "0.0"), P(r.OutputLost), Days(r.TimeToSurviveDays), Days(r.TimeToRecoverDays), P(r.CostImpact), top, Binding(r) });
                        table.Add(cells.ToArray());
                    }

                    output.Write(Banner(date, ordered.Select(r => r.Report).ToList(), rules));
                    output.WriteLine(FormattableString.Invariant($"Exposure (0-100) as of {date:yyyy-MM-dd} over {options.HorizonDays} days; structural = 100 x value-weighted SR risk; output lost = share of the horizon's units that cannot be built after stocks;"));
                    output.WriteLine("TTS = days until some input runs short of need after stocks (- = never within the horizon); TTR = days until every input's flow is back to need for good (- = never short, or still short at the horizon's end).");
                    output.Write(table.ToString());
                    output.Write(SourcingLines(ordered.Select(r => r.Report)));
                    break;
            }

            return 0;
        }));
        return command;
    }

    /// <summary>
    /// The data cut-off and the assumptions the reports rest on, when the date is past the cut-off or a change after it
    /// falls within a horizon; empty otherwise.
    /// </summary>
    internal static string Banner(DateTime date, IReadOnlyList<ExposureReport> reports, AfterCutoff[] rules)
    {
        DateTime? cutoff = reports.Select(r => r.DataAsOf).FirstOrDefault(d => d is not null);
        var assumptions = reports.SelectMany(r => r.Assumptions)
            .GroupBy(a => (a.Measure.Id, a.Date, a.Change))
            .Select(g => g.First())
            .OrderBy(a => a.Date).ThenBy(a => a.Measure.Id, StringComparer.Ordinal)
            .ToList();
        if (cutoff is null || (date.Date <= cutoff && assumptions.Count == 0))
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        string ruleText = rules.Length > 1
            ? "each row says which of the two branches it is ('extend': recorded ends after the cut-off are assumed extended; 'reinstate': they come as recorded)"
            : rules[0] == AfterCutoff.Extend
                ? "assumed: recorded ends after the cut-off do not come, suspensions and temporary measures are extended (--after-cutoff reinstate or both to see the other branch)"
                : "assumed: recorded ends after the cut-off come as recorded, suspensions lapse and temporary measures expire (--after-cutoff extend or both to see the other branch)";
        text.AppendLine(date.Date > cutoff
            ? FormattableString.Invariant($"!! Policy data as of {cutoff:yyyy-MM-dd}: {date:yyyy-MM-dd} is {(date.Date - cutoff.Value).Days} days past the cut-off; nothing after it is known.")
            : FormattableString.Invariant($"!! Policy data as of {cutoff:yyyy-MM-dd}: the horizon reaches past the cut-off; nothing after it is known."));
        text.AppendLine("!! " + ruleText + (assumptions.Count == 0 ? "; no recorded change falls after the cut-off." : ":"));
        foreach (PolicyAssumption a in assumptions)
        {
            string happens = rules.Length > 1
                ? a.Change is ScheduledChange.TakesEffect or ScheduledChange.SuspensionStarts ? "assumed to happen in both branches" : "extend: does not happen; reinstate: happens"
                : a.Happens ? "assumed to happen" : "assumed not to happen";
            text.AppendLine(FormattableString.Invariant($"!!   {a.Date:yyyy-MM-dd} {a.Measure.Id}: {ChangeText(a.Change)} ({happens})"));
        }

        text.AppendLine();
        return text.ToString();
    }

    /// <summary>
    /// Per buyer, how many of the materials scored used the buyer's own sourcing in the EU-style SR, and which fell
    /// back to world supply (never silently): e.g. "JP: no sourcing data for any of 25 materials; SR on world supply".
    /// </summary>
    internal static string SourcingLines(IEnumerable<ExposureReport> reports)
    {
        var text = new StringBuilder();
        foreach (var buyer in reports.GroupBy(r => r.Buyer.Code))
        {
            var materials = buyer.SelectMany(r => r.Materials).GroupBy(m => m.Material).Select(g => g.First()).ToList();
            if (materials.Count == 0)
            {
                continue;
            }

            int own = materials.Count(m => m.Outlook.SupplyRisk.Bottleneck.Result.Basis != Criticality.SupplyBasis.GlobalSupplyOnly);
            string line = own == materials.Count
                ? FormattableString.Invariant($"{buyer.Key}: SR on the buyer's own sourcing for all {materials.Count} materials")
                : own == 0
                    ? FormattableString.Invariant($"{buyer.Key}: no sourcing data for any of the {materials.Count} materials; SR on world supply (the EU method's global-supply-only form)")
                    : FormattableString.Invariant($"{buyer.Key}: SR on the buyer's own sourcing for {own} of {materials.Count} materials; world supply for the rest");
            text.AppendLine(line);
        }

        return text.ToString();
    }

    private static string RuleName(AfterCutoff rule) => rule == AfterCutoff.Reinstate ? "reinstate" : "extend";

    private static string ChangeText(ScheduledChange change) => change switch
    {
        ScheduledChange.TakesEffect => "takes effect",
        ScheduledChange.SuspensionStarts => "suspension starts",
        ScheduledChange.SuspensionLapses => "suspension lapses",
        _ => "expires",
    };

    internal static string Table(ExposureReport r)
    {
        var text = new StringBuilder();
        text.AppendLine(FormattableString.Invariant($"{r.PartNumber} ({r.PartName})"));
        text.AppendLine(FormattableString.Invariant($"buyer {r.Buyer.Code}, scenario {r.Scenario.Id}, as of {r.AsOf:yyyy-MM-dd}, horizon {r.HorizonDays} days"));
        if (r.DataAsOf is DateTime cutoff)
        {
            text.AppendLine(FormattableString.Invariant($"policy data as of {cutoff:yyyy-MM-dd}; after the cut-off: {RuleName(r.AfterCutoff)}{(r.AsOf > cutoff ? FormattableString.Invariant($" ({(r.AsOf - cutoff).Days} days past the cut-off)") : string.Empty)}"));
            foreach (PolicyAssumption a in r.Assumptions)
            {
                text.AppendLine(FormattableString.Invariant($"  assumed: {a.Measure.Id}: {a.Description}"));
            }
        }

        text.AppendLine(FormattableString.Invariant($"score {N(r.Score, "0.0")} / 100   structural {N(r.StructuralRisk * 100, "0.0")}   output lost {P(r.OutputLost)}{(r.ShortfallDriver is null ? "" : $" ({Binding(r)})")}"));
        bool anyShort = r.Materials.Any(m => m.MinimumAvailability < 1.0 - ScoringOptions.RecoveryTolerance);
        string survive = r.TimeToSurviveDays is int tts ? FormattableString.Invariant($"{tts} days") : anyShort ? "- (stocks cover every shortfall within the horizon)" : "- (no input falls short)";
        string recover = r.TimeToRecoverDays is int ttr ? FormattableString.Invariant($"{ttr} days") : r.OutputLost > 0 ? "- (not within the horizon)" : "- (no output lost)";
        text.AppendLine(FormattableString.Invariant($"time to survive {survive}   time to recover {recover}   cost impact {P(r.CostImpact)} (material tariffs {P(r.CostImpactMaterialTariffs)}, part tariffs {P(r.CostImpactPartTariffs)}, scarcity prices {P(r.CostImpactPrices)})"));
        text.AppendLine();
        var materials = new TextTable("material", "score", "structural", "shortfall", "SR", "bottleneck", "min avail.", "day", "cover d", "lost", "TTS", "value share", "grams").Numeric(1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12);
        foreach (MaterialExposure m in r.Materials)
        {
            materials.Add(m.Material.Value, N(m.Score, "0.00"), N(m.Structural, "0.00"), N(m.Shortfall, "0.00"), N(m.Outlook.SupplyRisk.Value, "0.00"),
                m.Outlook.SupplyRisk.Bottleneck.Stage.Kind.ToString().ToLowerInvariant(), P(m.MinimumAvailability), m.MinimumAvailability < 0.9995 ? N(m.DayOfMinimumAvailability, "0") : "-",
                m.Path.ServedFromTraderStock ? "traders" : N(m.Path.CoverDays, "0"), P(m.OutputLost), Days(m.Path.TimeToSurviveDays), P(m.ValueShare), N(m.Grams, "#,0.###"));
        }

        text.Append(materials);
        text.Append(SourcingLines(new[] { r }));
        text.AppendLine();
        text.AppendLine("by country: " + string.Join(", ", r.ByCountry.Where(c => c.Score >= 0.05).Select(c => $"{c.Key} {N(c.Score, "0.0")}")));
        text.AppendLine("by stage:   " + string.Join(", ", r.ByStage.Select(c => $"{c.Key} {N(c.Score, "0.0")}")));
        text.AppendLine();
        text.AppendLine("measures assumed in force:");
        foreach (MeasureAsOf s in r.Measures.Where(m => m.State == MeasureState.InForce))
        {
            text.AppendLine(FormattableString.Invariant($"  {s.Measure.Id}{Basis(s)}: {s.Reason}"));
        }

        if (!r.Measures.Any(m => m.State == MeasureState.InForce))
        {
            text.AppendLine("  none");
        }

        var notInForce = r.Measures.Where(m => m.State != MeasureState.InForce).ToList();
        if (notInForce.Count > 0)
        {
            text.AppendLine("not in force:");
            foreach (MeasureAsOf s in notInForce)
            {
                text.AppendLine(FormattableString.Invariant($"  {s.Measure.Id}{Basis(s)}: {s.Reason}"));
            }
        }

        return text.ToString();
    }

    private static string Basis(MeasureAsOf s) => s.Basis switch
    {
        StateBasis.Assumed => " [assumed]",
        StateBasis.WhatIf => " [what-if]",
        _ => string.Empty,
    };

    /// <summary>The reports as the long-format table (docs/long-table.md): one CSV format for --format csv and --table.</summary>
    private static string Csv(IEnumerable<ExposureReport> reports, bool raw) =>
        ExposureTableCsv.ToCsv(ExposureTable.From(reports), neutraliseFormulas: !raw);

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string P(double value)
    {
        double percent = Math.Round(value * 100, 1);
        return (percent == 0 ? 0 : percent).ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }

    private static string Days(int? days) => days?.ToString(CultureInfo.InvariantCulture) ?? "-";

    /// <summary>The binding input and the part that holds it, e.g. <c>dysprosium in BEV-MOTOR-MAGNETS</c>.</summary>
    private static string Binding(ExposureReport r) => r.ShortfallDriver is null ? "-" : $"{r.ShortfallDriver} in {r.BindingPart}";
}
