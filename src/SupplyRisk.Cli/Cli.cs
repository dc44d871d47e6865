using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text;
using System;
using SupplyRisk.Data;
using SupplyRisk.IO;

namespace SupplyRisk.Cli;

/// <summary>Shared option definitions and the error policy: one clear line on stderr, a non-zero exit code, no stack trace.</summary>
internal static class Cli
{
    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format") { Description = "Output format: " + string.Join(", ", allowed), DefaultValueFactory = _ => allowed[0] };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<int> Horizon() =>
        new("--horizon") { Description = "Days over which output lost is counted, from the as-of date (1-3650).", DefaultValueFactory = _ => Scoring.ScoringOptions.DefaultHorizonDays };

    public static Option<double?> CoverDays() =>
        new("--cover-days") { Description = "Days of cover held of every part, overriding each part's own and the dataset's defaults (0-3650)." };

    public static Option<bool> RawCsv() =>
        new("--raw-csv") { Description = "With --format csv: write text exactly as it is. By default text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe." };

    public static Option<string> AfterCutoff()
    {
        var option = new Option<string>("--after-cutoff")
        {
            Description = "What to assume of a suspension or expiry recorded to end after the policy data's cut-off: extend (default: it is extended), reinstate (it ends as recorded), or both (the two side by side).",
            DefaultValueFactory = _ => "extend",
        };
        option.AcceptOnlyFromAmong("extend", "reinstate", "both");
        return option;
    }

    /// <summary>The rules --after-cutoff asks for: one, or both (extend first).</summary>
    public static Policy.AfterCutoff[] AfterCutoffRules(string? value) => value switch
    {
        "reinstate" => new[] { Policy.AfterCutoff.Reinstate },
        "both" => new[] { Policy.AfterCutoff.Extend, Policy.AfterCutoff.Reinstate },
        _ => new[] { Policy.AfterCutoff.Extend },
    };

    /// <summary>The scoring options from --horizon and --cover-days, or a usage error naming the option.</summary>
    public static Scoring.ScoringOptions Options(int horizon, double? coverDays)
    {
        if (horizon < 1 || horizon > Scoring.ScoringOptions.MaximumHorizonDays)
        {
            throw new CliException($"--horizon {horizon} is out of range: give 1 to {Scoring.ScoringOptions.MaximumHorizonDays} days.");
        }

        if (coverDays is double d && (double.IsNaN(d) || d < 0 || d > Parts.Part.MaximumCoverDays))
        {
            throw new CliException($"--cover-days {d.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range: give 0 to {Parts.Part.MaximumCoverDays} days.");
        }

        return new Scoring.ScoringOptions(horizon, coverDays);
    }

    public static Option<string> BomFormat() =>
        new Option<string>("--bom-format")
        {
            Description = "How --bom files are written: auto (SupplyRisk JSON or CSV, by extension), erp (a parent-child or indented ERP export with plain headers) or sap (SAP CS12/CS11 headers); see docs/erp-bom.md.",
            DefaultValueFactory = _ => "auto",
        }.AcceptOnlyFromAmong("auto", "erp", "sap");

    public static Option<string?> BomRoot() =>
        new("--bom-root") { Description = "ERP exports that start at level 1 (SAP CS12): the part number the export is a BOM of." };

    public static Option<bool> SkipUnknownMaterials() =>
        new("--skip-unknown-materials") { Description = "ERP exports: skip materials the dataset does not know (steel, plastics, …) and report each on stderr, instead of failing." };

    public static Option<string?> TableFile() =>
        new("--table") { Description = "Also write the long-format table (one row per part x scenario x buyer x material) to FILE: .csv, or .arrow (Apache Arrow IPC); see docs/long-table.md." };

    public static Option<string?> ChartFile() =>
        new("--chart") { Description = "Also draw a chart to FILE (.png or .svg): one report gives its contributions by material; several give scores by product and scenario (docs/charts.md)." };

    /// <summary>Checks a --chart path before any scoring, so a bad extension fails fast.</summary>
    public static void CheckChartPath(string? path, string? afterCutoff)
    {
        if (!string.IsNullOrEmpty(path) && afterCutoff == "both")
        {
            throw new CliException("--chart draws one after-cut-off branch: give --after-cutoff extend or reinstate with it.");
        }

        if (!string.IsNullOrEmpty(path) && Path.GetExtension(path).ToLowerInvariant() is not ".png" and not ".svg")
        {
            throw new CliException($"--chart '{path}': give a .png or .svg file.");
        }
    }

    /// <summary>Draws the chart of <paramref name="reports"/> to <paramref name="path"/>, when given.</summary>
    public static void WriteChart(string? path, IReadOnlyList<Scoring.ExposureReport> reports)
    {
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        Charts.ExposureChart chart = reports.Count == 1
            ? Charts.ExposureCharts.Contributions(reports[0])
            : Charts.ExposureCharts.ProductsByScenario(reports);
        chart.Save(path);
    }

    /// <summary>Refuses a call that would make more reports than one call may hold (<see cref="SupplyRiskModel.MaximumBatchReports"/>).</summary>
    public static void CheckReportCount(long count, string what)
    {
        if (count > SupplyRiskModel.MaximumBatchReports)
        {
            throw new CliException(FormattableString.Invariant($"this would make {count:N0} reports ({what}), over the limit of {SupplyRiskModel.MaximumBatchReports:N0}: split the call."));
        }
    }

    /// <summary>Checks a --table path before any scoring, so a bad extension fails fast.</summary>
    public static void CheckTablePath(string? path)
    {
        if (!string.IsNullOrEmpty(path) && Path.GetExtension(path).ToLowerInvariant() is not ".csv" and not ".arrow")
        {
            throw new CliException($"--table '{path}': give a .csv or .arrow file.");
        }
    }

    /// <summary>Writes the long-format table of <paramref name="reports"/> to <paramref name="path"/> (.csv or .arrow), when given.</summary>
    public static void WriteTable(string? path, IReadOnlyList<Scoring.ExposureReport> reports, bool rawCsv)
    {
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        CheckTablePath(path);
        Reporting.ExposureTable table = Reporting.ExposureTable.From(reports);
        string extension = Path.GetExtension(path).ToLowerInvariant();

        using FileStream file = File.Create(path);
        if (extension == ".csv")
        {
            using var writer = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            IO.ExposureTableCsv.Write(table, writer, neutraliseFormulas: !rawCsv);
        }
        else
        {
            IO.ExposureTableArrow.Write(table, file);
        }
    }

    public static Option<string[]> Many(string name, string description, params string[] defaults) =>
        new(name) { Description = description, AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => defaults };

    /// <summary>Splits "a,b" and repeated options into one list.</summary>
    public static string[] Values(IEnumerable<string>? values) =>
        (values ?? Array.Empty<string>()).SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToArray();

    public static int Run(TextWriter output, TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (CliException e)
        {
            error.WriteLine("supplyrisk: " + e.Message);
            return 2;
        }
        catch (DataFormatException e)
        {
            const int shown = 20;
            string more = e.Errors.Count > shown ? $"; … and {e.Errors.Count - shown} more" : string.Empty;
            error.WriteLine("supplyrisk: invalid data: " + string.Join("; ", e.Errors.Take(shown).Select(x => OneLine(x.ToString()))) + more);
            return 1;
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine("supplyrisk: " + OneLine(e.Message));
            return 1;
        }
    }

    /// <summary>A message as one line of at most 2,000 characters: line breaks become spaces, the rest is cut with a count.</summary>
    private static string OneLine(string message)
    {
        string line = message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
        return line.Length <= 2000 ? line : line.Substring(0, 2000) + $"… ({line.Length - 2000:N0} more characters)";
    }

    public static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
