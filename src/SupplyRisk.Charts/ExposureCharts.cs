using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;
using SupplyRisk.Scoring;
using SupplyRisk.Sensitivity;

namespace SupplyRisk.Charts;

/// <summary>
/// Charts of exposure reports and tornado tables: the contributions of materials to a score, products × scenarios, the
/// sensitivity tornado, and the binding input's availability and stock over the horizon. Each returns an immutable
/// <see cref="ExposureChart"/> to save as PNG or SVG; the inputs are read, never changed.
/// </summary>
public static class ExposureCharts
{
    /// <summary>The number of materials <see cref="Contributions(ExposureReport)"/> shows before it sums the rest as "other".</summary>
    public const int DefaultTopMaterials = 10;

    /// <summary>The number of inputs <see cref="Tornado(TornadoTable)"/> shows (the largest swings).</summary>
    public const int DefaultTopInputs = 12;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// A horizontal bar chart of the points each material contributes to the report's score, largest on top; the
    /// materials after the first <see cref="DefaultTopMaterials"/> are summed as one "other" bar, so the bars add up
    /// to the score. The title names the part, buyer, scenario, date and score.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report has no materials.</exception>
    public static ExposureChart Contributions(ExposureReport report) => Contributions(report, DefaultTopMaterials);

    /// <summary>
    /// A horizontal bar chart of the points each material contributes to the report's score, largest on top; the
    /// materials after the first <paramref name="top"/> are summed as one "other" bar, so the bars add up to the score.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="top">How many materials to show by name, 1–50.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is outside 1–50.</exception>
    /// <exception cref="ArgumentException">The report has no materials.</exception>
    public static ExposureChart Contributions(ExposureReport report, int top)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        if (top < 1 || top > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, "Show 1–50 materials by name.");
        }

        if (report.Materials.Count == 0)
        {
            throw new ArgumentException($"The report for part '{report.PartNumber}' has no materials: there are no contributions to chart.", nameof(report));
        }

        var ranked = report.Materials
            .Select(m => (Name: m.Material.Value, Points: m.Score))
            .OrderByDescending(m => m.Points)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        var bars = ranked.Take(top).ToList();
        if (ranked.Count > top)
        {
            int rest = ranked.Count - top;
            bars.Add((Name: string.Format(Invariant, "other ({0} materials)", rest), Points: ranked.Skip(top).Sum(m => m.Points)));
        }

        bool hasOther = ranked.Count > top;
        string title = string.Format(
            Invariant,
            "{0}: exposure score {2:0.0} by material\n{1}\nbuyer {3}, scenario {4}, {5:yyyy-MM-dd}",
            report.PartNumber,
            Shorten(report.PartName),
            report.Score,
            report.Buyer.Code,
            report.Scenario.Id,
            report.AsOf);
        var names = bars.Select(b => b.Name).ToArray();
        var points = bars.Select(b => b.Points).ToArray();
        int height = Math.Max(380, 170 + (32 * bars.Count));
        return new ExposureChart(title, 900, height, plot =>
        {
            var list = new List<Bar>();
            for (int i = 0; i < points.Length; i++)
            {
                bool other = hasOther && i == points.Length - 1;
                list.Add(new Bar
                {
                    Position = points.Length - 1 - i,
                    Value = points[i],
                    FillColor = other ? ChartStyle.Muted : ChartStyle.Primary,
                    LineWidth = 0,
                    Label = points[i].ToString("0.00", Invariant),
                    Size = 0.7,
                });
            }

            var plottable = plot.Add.Bars(list);
            plottable.Horizontal = true;
            plot.Axes.Left.SetTicks(Enumerable.Range(0, names.Length).Select(i => (double)(names.Length - 1 - i)).ToArray(), names);
            plot.Axes.Left.MajorTickStyle.Length = 0;
            double max = Math.Max(points.Max(), 0);
            double min = Math.Min(points.Min(), 0);
            plot.Axes.SetLimitsX(min * 1.15, (max * 1.15) + 0.01);
            plot.Axes.SetLimitsY(-0.6, names.Length - 0.4);
            plot.Title(title);
            plot.XLabel("points of the exposure score (0–100); the bars add up to the score");
            plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        });
    }

    /// <summary>
    /// Grouped bars of the reports' scores: one group per part (in the order the reports first name it), one bar per
    /// scenario (per scenario and buyer when the reports have several buyers; and per date when they have several
    /// dates), the score on the vertical axis.
    /// </summary>
    /// <param name="reports">The reports, e.g. from <c>SupplyRiskModel.ScoreBatch</c>; at most one per part and series.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no reports, one is null, or two are for the same part, scenario, buyer and date.</exception>
    public static ExposureChart ProductsByScenario(IEnumerable<ExposureReport> reports)
    {
        if (reports is null)
        {
            throw new ArgumentNullException(nameof(reports));
        }

        List<ExposureReport> list = reports.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("There are no reports to chart: pass at least one ExposureReport.", nameof(reports));
        }

        int nullAt = list.FindIndex(r => r is null);
        if (nullAt >= 0)
        {
            throw new ArgumentException(string.Format(Invariant, "Report {0} (0-based) of {1} is null.", nullAt, list.Count), nameof(reports));
        }

        bool severalBuyers = list.Select(r => r.Buyer.Code).Distinct(StringComparer.Ordinal).Count() > 1;
        bool severalDates = list.Select(r => r.AsOf.Date).Distinct().Count() > 1;
        string SeriesOf(ExposureReport r) =>
            r.Scenario.Id
            + (severalBuyers ? ", buyer " + r.Buyer.Code : string.Empty)
            + (severalDates ? ", " + r.AsOf.ToString("yyyy-MM-dd", Invariant) : string.Empty);

        var parts = list.Select(r => r.PartNumber).Distinct(StringComparer.Ordinal).ToList();
        var series = list.Select(SeriesOf).Distinct(StringComparer.Ordinal).ToList();
        var scores = new Dictionary<(string Part, string Series), double>();
        foreach (ExposureReport r in list)
        {
            var key = (r.PartNumber, SeriesOf(r));
            if (scores.ContainsKey(key))
            {
                throw new ArgumentException($"Two reports are for part '{r.PartNumber}' under '{key.Item2}': pass one report per part, scenario, buyer and date.", nameof(reports));
            }

            scores.Add(key, r.Score);
        }

        string context = string.Join(", ", new[]
        {
            severalBuyers ? null : "buyer " + list[0].Buyer.Code,
            severalDates ? null : list[0].AsOf.ToString("yyyy-MM-dd", Invariant),
        }.Where(s => s is not null));
        string title = "Exposure score by product and scenario" + (context.Length == 0 ? string.Empty : "\n" + context);
        double top = scores.Values.Max();
        int width = Math.Max(900, 160 + (parts.Count * Math.Max(90, 34 * series.Count)));
        return new ExposureChart(title, Math.Min(width, 2400), 600, plot =>
        {
            const double groupWidth = 0.8;
            double barWidth = groupWidth / series.Count;
            for (int s = 0; s < series.Count; s++)
            {
                var bars = new List<Bar>();
                for (int p = 0; p < parts.Count; p++)
                {
                    if (!scores.TryGetValue((parts[p], series[s]), out double score))
                    {
                        continue;
                    }

                    bars.Add(new Bar
                    {
                        Position = p - (groupWidth / 2) + (barWidth * (s + 0.5)),
                        Value = score,
                        Size = barWidth * 0.92,
                        FillColor = ChartStyle.Series[s % ChartStyle.Series.Length],
                        LineWidth = 0,
                        Label = score.ToString("0.0", Invariant),
                    });
                }

                var plottable = plot.Add.Bars(bars);
                plottable.LegendText = series[s];
            }

            plot.Axes.Bottom.SetTicks(Enumerable.Range(0, parts.Count).Select(i => (double)i).ToArray(), parts.ToArray());
            plot.Axes.Bottom.MajorTickStyle.Length = 0;
            plot.Axes.SetLimitsX(-0.6, parts.Count - 0.4);
            plot.Axes.SetLimitsY(0, Math.Max(10, top * 1.15));
            plot.Title(title);
            plot.YLabel("exposure score (0–100)");
            plot.XLabel("product or part");
            plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
            plot.ShowLegend(Edge.Bottom);
        });
    }

    /// <summary>
    /// The sensitivity tornado of the table's <see cref="DefaultTopInputs"/> largest swings: per input, a bar from the
    /// base score to the score with the input at its low value and one to the score at its high value, the largest
    /// swing on top, the base score as a vertical line; each input's low and high values are in its label.
    /// </summary>
    /// <param name="table">The tornado table, from <c>SensitivityAnalysis.Run</c>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The table has no rows.</exception>
    public static ExposureChart Tornado(TornadoTable table) => Tornado(table, DefaultTopInputs);

    /// <summary>
    /// The sensitivity tornado of the table's <paramref name="top"/> largest swings: per input, a bar from the base score
    /// to the score with the input at its low value and one to the score at its high value, the largest swing on top.
    /// </summary>
    /// <param name="table">The tornado table, from <c>SensitivityAnalysis.Run</c>.</param>
    /// <param name="top">How many inputs to show, 1–50.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is outside 1–50.</exception>
    /// <exception cref="ArgumentException">The table has no rows.</exception>
    public static ExposureChart Tornado(TornadoTable table, int top)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        if (top < 1 || top > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, "Show 1–50 inputs.");
        }

        if (table.Rows.Count == 0)
        {
            throw new ArgumentException($"The tornado table for part '{table.PartNumber}' has no rows: no input was swung, so there is nothing to chart.", nameof(table));
        }

        var rows = table.Rows
            .Select(r => (Label: string.Format(Invariant, "{0} (low {1:0.###}, high {2:0.###})", r.Input.Name, r.LowValue, r.HighValue), Low: r.ScoreAtLow, High: r.ScoreAtHigh, r.Swing))
            .OrderByDescending(r => r.Swing)
            .ThenBy(r => r.Label, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        double baseScore = table.BaseScore;
        string shown = rows.Count < table.Rows.Count
            ? string.Format(Invariant, "; the {0} largest swings of {1} inputs", rows.Count, table.Rows.Count)
            : string.Empty;
        string title = string.Format(
            Invariant,
            "Sensitivity of {0}: base score {2:0.0}\n{1}\nbuyer {3}, scenario {4}, {5:yyyy-MM-dd}{6}",
            table.PartNumber,
            Shorten(table.PartName),
            baseScore,
            table.Buyer.Code,
            table.Scenario.Id,
            table.AsOf,
            shown);
        int height = Math.Max(440, 250 + (34 * rows.Count));
        return new ExposureChart(title, 1000, height, plot =>
        {
            var low = new List<Bar>();
            var high = new List<Bar>();
            for (int i = 0; i < rows.Count; i++)
            {
                double position = rows.Count - 1 - i;
                low.Add(new Bar { Position = position, ValueBase = baseScore, Value = rows[i].Low, Size = 0.7, FillColor = ChartStyle.Primary, LineWidth = 0 });
                high.Add(new Bar { Position = position, ValueBase = baseScore, Value = rows[i].High, Size = 0.7, FillColor = ChartStyle.Secondary, LineWidth = 0 });
            }

            var lows = plot.Add.Bars(low);
            lows.Horizontal = true;
            lows.LegendText = "score with the input at its low value";
            var highs = plot.Add.Bars(high);
            highs.Horizontal = true;
            highs.LegendText = "score with the input at its high value";
            var line = plot.Add.VerticalLine(baseScore);
            line.Color = ChartStyle.Text;
            line.LineWidth = 1.5f;
            line.LegendText = string.Format(Invariant, "base score {0:0.0}", baseScore);

            plot.Axes.Left.SetTicks(Enumerable.Range(0, rows.Count).Select(i => (double)(rows.Count - 1 - i)).ToArray(), rows.Select(r => r.Label).ToArray());
            plot.Axes.Left.MajorTickStyle.Length = 0;
            double min = rows.Min(r => Math.Min(r.Low, r.High));
            double max = rows.Max(r => Math.Max(r.Low, r.High));
            double pad = Math.Max(1, (max - min) * 0.12);
            plot.Axes.SetLimitsX(Math.Max(0, Math.Min(min, baseScore) - pad), Math.Max(max, baseScore) + pad);
            plot.Axes.SetLimitsY(-0.6, rows.Count - 0.4);
            plot.Title(title);
            plot.XLabel("exposure score (0–100) with one input at its low or high value");
            plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
            plot.ShowLegend(Edge.Bottom);
        });
    }

    /// <summary>
    /// The binding input's day-by-day path over the horizon (the most constrained input's when none binds): the share
    /// of its need that arrives and the share of units built (left axis, %), the stock left in days of need (right
    /// axis), and the part's time to survive (TTS) and time to recover (TTR) as vertical lines.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report has no time path (a part without materials) or its path is empty.</exception>
    public static ExposureChart TimePath(ExposureReport report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        InputTimePath path = report.Path
            ?? throw new ArgumentException($"The report for part '{report.PartNumber}' has no time path (ExposureReport.Path is null: the part has no materials), so there is no availability or inventory to chart.", nameof(report));
        if (path.Days == 0)
        {
            throw new ArgumentException($"The time path of part '{report.PartNumber}' covers no days (a horizon of 0 days): there is nothing to chart.", nameof(report));
        }

        double[] days = Enumerable.Range(0, path.Days).Select(d => (double)d).ToArray();
        double[] availability = path.Availability.Select(a => a * 100).ToArray();
        double[] built = path.UnitsBuilt.Select(u => u * 100).ToArray();
        double[] inventory = path.Inventory.ToArray();
        int? tts = report.TimeToSurviveDays;
        int? ttr = report.TimeToRecoverDays;
        string title = string.Format(
            Invariant,
            "{0}: {11} {2} in {3}, {4:0} days of cover\n{1}\nbuyer {5}, scenario {6}, from {7:yyyy-MM-dd}; output lost {8:0.0%}; TTS {9}, TTR {10}",
            report.PartNumber,
            Shorten(report.PartName),
            path.Material.Value,
            path.ContainingPart,
            path.CoverDays,
            report.Buyer.Code,
            report.Scenario.Id,
            report.AsOf,
            report.OutputLost,
            tts is int s ? "day " + s.ToString(Invariant) : "none",
            ttr is int r ? "day " + r.ToString(Invariant) : "none",
            report.OutputLost > 0 ? "binding input" : "most constrained input");
        string asOf = report.AsOf.ToString("yyyy-MM-dd", Invariant);
        return new ExposureChart(title, 1000, 620, plot =>
        {
            var flow = plot.Add.ScatterLine(days, availability);
            flow.LegendText = path.Material.Value + " arriving (% of need)";
            flow.Color = ChartStyle.Primary;
            flow.LineWidth = 2;

            var units = plot.Add.ScatterLine(days, built);
            units.LegendText = "units built (% of normal)";
            units.Color = ChartStyle.Secondary;
            units.LineWidth = 2;
            units.LinePattern = LinePattern.Dashed;

            var stock = plot.Add.ScatterLine(days, inventory);
            stock.LegendText = "stock left (days of need, right axis)";
            stock.Color = ChartStyle.Series[2];
            stock.LineWidth = 2;
            stock.Axes.YAxis = plot.Axes.Right;

            if (tts is int survive)
            {
                var line = plot.Add.VerticalLine(survive);
                line.Color = ChartStyle.Text;
                line.LinePattern = LinePattern.Dotted;
                line.LineWidth = 1.5f;
                line.LegendText = string.Format(Invariant, "time to survive: day {0}", survive);
            }

            if (ttr is int recover)
            {
                var line = plot.Add.VerticalLine(recover);
                line.Color = ChartStyle.Muted;
                line.LinePattern = LinePattern.Dotted;
                line.LineWidth = 1.5f;
                line.LegendText = string.Format(Invariant, "time to recover: day {0}", recover);
            }

            plot.Axes.SetLimitsX(0, path.Days - 1);
            plot.Axes.SetLimitsY(0, 105);
            double stockTop = Math.Max(1, inventory.Max());
            plot.Axes.SetLimitsY(0, stockTop * 1.05, plot.Axes.Right);
            plot.Title(title);
            plot.XLabel("days from " + asOf);
            plot.YLabel("% of need arriving / % of units built");
            plot.Axes.Right.Label.Text = "stock left (days of need)";
            plot.ShowLegend(Edge.Bottom);
        });
    }

    /// <summary>A part's name cut to fit a title line (BOM names can be long descriptions).</summary>
    private static string Shorten(string name)
    {
        const int max = 75;
        string oneLine = name.Replace('\n', ' ').Replace('\r', ' ').Trim();
        return oneLine.Length <= max ? oneLine : oneLine.Substring(0, max - 1).TrimEnd() + "…";
    }
}
