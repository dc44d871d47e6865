using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Text;
using SupplyRisk.Scoring;

namespace SupplyRisk.Reporting;

/// <summary>
/// Exposure reports as one long-format table, ready for a DataFrame: one row per report × material (part × scenario ×
/// buyer × date × material), the part-level figures repeated on each of the part's rows. A part without materials
/// still has one row, with the material columns missing, so no part vanishes. The columns, with their names, types
/// and meanings, are <see cref="Columns"/>; the CSV and Apache Arrow writers (<c>SupplyRisk.IO.ExposureTableCsv</c>,
/// and <c>SupplyRisk.IO.ExposureTableArrow</c> in the SupplyRisk.Arrow package) write exactly those. Immutable.
/// </summary>
public sealed class ExposureTable
{
    private const int DisplayedRows = 10;

    private static readonly ReadOnlyCollection<ExposureTableColumn> AllColumns = Array.AsReadOnly(new[]
    {
        Text("part_number", false, "The part or product number.", r => r.PartNumber),
        Text("part_name", false, "The part's name.", r => r.PartName),
        Text("scenario_id", false, "The scenario's id.", r => r.ScenarioId),
        Text("buyer_code", false, "The buyer's code (a country or a bloc such as EU).", r => r.BuyerCode),
        Date("as_of", false, "The as-of date, day 0 of the horizon.", r => r.AsOf),
        Integer("horizon_days", false, "The days over which output lost is counted.", r => r.HorizonDays),
        Number("score", false, "The part's exposure score, 0-100; the material_score of its rows add up to it.", r => r.Score),
        Number("structural_risk", false, "The part's value-weighted structural risk R, 0-1.", r => r.StructuralRisk),
        Number("output_lost", false, "The part's output lost F: the share of the horizon's units that cannot be built, 0-1.", r => r.OutputLost),
        Text("shortfall_driver", true, "The material of the binding input; missing when no output is lost.", r => r.ShortfallDriver),
        Text("binding_part", true, "The part that directly holds the binding input; missing when no output is lost.", r => r.BindingPart),
        Integer("time_to_survive_days", true, "The part's time to survive: the first day (0 = as_of) some input's need cannot be met; missing when none falls short within the horizon.", r => r.TimeToSurviveDays),
        Integer("time_to_recover_days", true, "The part's time to recover in days; missing when no output is lost or the flow does not recover within the horizon.", r => r.TimeToRecoverDays),
        Number("cost_impact", false, "Relative change of the part's material cost (0.12 = +12 %): the sum of the three cost_impact_* columns.", r => r.CostImpact),
        Number("cost_impact_material_tariffs", false, "The part of cost_impact from tariffs on materials along their routes.", r => r.CostImpactMaterialTariffs),
        Number("cost_impact_part_tariffs", false, "The part of cost_impact from the buyer's tariffs on imported parts and products.", r => r.CostImpactPartTariffs),
        Number("cost_impact_prices", false, "The part of cost_impact from scarcity prices, averaged over the horizon.", r => r.CostImpactPrices),
        Date("data_as_of", true, "The policy data's cut-off; missing when it states none or the scenario does not follow it.", r => r.DataAsOf),
        Text("after_cutoff", false, "What was assumed of changes recorded after the cut-off: extend or reinstate.", r => r.AfterCutoff),
        Integer("assumption_count", false, "How many changes of measures recorded after the cut-off, within the horizon, the result rests on.", r => r.AssumptionCount),
        Text("material", true, "The material id; missing (with every column below) for a part without materials.", r => r.Material),
        Number("material_score", true, "Points of the part's score attributed to the material.", r => r.MaterialScore),
        Number("material_structural", true, "Of material_score, the points from structural risk.", r => r.MaterialStructural),
        Number("material_shortfall", true, "Of material_score, the points from output lost.", r => r.MaterialShortfall),
        Number("grams", true, "Grams of the material per unit of the part.", r => r.Grams),
        Number("value_share", true, "The material's share of the part's material value, 0-1.", r => r.ValueShare),
        Number("substitutability", true, "Substitutability of the material in the part: 1 none, 0 free.", r => r.Substitutability),
        Number("supply_risk", true, "The material's EU-style supply risk SR under the scenario's trade factors.", r => r.SupplyRisk),
        Text("bottleneck_stage", true, "The material's bottleneck stage: extraction, processing or manufacturing.", r => r.BottleneckStage),
        Text("supply_basis", true, "The data the bottleneck's SR rests on: combined, sourcingOnly or globalSupplyOnly.", r => r.SupplyBasis),
        Number("minimum_availability", true, "The lowest share of normal supply reaching the part, before stocks and substitution, 0-1.", r => r.MinimumAvailability),
        Integer("day_of_minimum_availability", true, "The first day (0 = as_of) of minimum_availability.", r => r.DayOfMinimumAvailability),
        Number("material_output_lost", true, "The share of the horizon's units this input keeps from being built, 0-1.", r => r.MaterialOutputLost),
        Integer("material_time_to_survive_days", true, "The input's time to survive in days; missing when it never falls short within the horizon.", r => r.MaterialTimeToSurviveDays),
        Integer("material_time_to_recover_days", true, "The input's time to recover in days; missing when it never fell short or is still short at the horizon's end.", r => r.MaterialTimeToRecoverDays),
        Number("cover_days", true, "Days of need held in stock at the start along the input's least-covered path.", r => r.CoverDays),
        Boolean("served_from_trader_stock", true, "Whether traders' stock serves the need (a shortfall then costs a premium, not units).", r => r.ServedFromTraderStock),
        Text("containing_part", true, "The part that directly contains the material on its least-covered path.", r => r.ContainingPart),
        Number("cost_multiplier", true, "The tariff-inclusive cost multiplier of the material in the part (1 = no tariff).", r => r.CostMultiplier),
        Number("price_multiplier", true, "The mean price multiplier over the horizon from scarcity along the material's routes (1 = no change).", r => r.PriceMultiplier),
    });

    private ExposureTable(IReadOnlyList<ExposureTableRow> rows, int reportCount)
    {
        Rows = rows;
        ReportCount = reportCount;
    }

    /// <summary>
    /// The columns, in the order every writer writes them: name (snake_case), type, whether it may be missing, and
    /// meaning. The one place the table's layout is defined.
    /// </summary>
    public static IReadOnlyList<ExposureTableColumn> Columns => AllColumns;

    /// <summary>The rows: for each report in the order given, its materials largest contribution first (one row without material for a part without materials).</summary>
    public IReadOnlyList<ExposureTableRow> Rows { get; }

    /// <summary>How many reports the table was built from.</summary>
    public int ReportCount { get; }

    /// <summary>Builds the table from any number of reports (none gives an empty table). The reports are not changed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException">One of the reports is null.</exception>
    public static ExposureTable From(IEnumerable<ExposureReport> reports)
    {
        if (reports is null)
        {
            throw new ArgumentNullException(nameof(reports));
        }

        var rows = new List<ExposureTableRow>();
        int count = 0;
        foreach (ExposureReport report in reports)
        {
            count++;
            if (report is null)
            {
                throw new ArgumentException($"Report {count} is null.", nameof(reports));
            }

            if (report.Materials.Count == 0)
            {
                rows.Add(new ExposureTableRow(report, null));
                continue;
            }

            foreach (MaterialExposure material in report.Materials)
            {
                rows.Add(new ExposureTableRow(report, material));
            }
        }

        return new ExposureTable(rows.AsReadOnly(), count);
    }

    /// <summary>
    /// The first rows as a short fixed-width text table (part, buyer, scenario, date, material, its points, the
    /// part's score, output lost and cost impact), with a line saying how many rows are left out: what a notebook shows.
    /// </summary>
    /// <param name="maxRows">How many rows to show at most (0 or more).</param>
    public string ToText(int maxRows = DisplayedRows)
    {
        if (maxRows < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRows), maxRows, "The number of rows to show cannot be negative.");
        }

        var lines = new List<string[]>
        {
            new[] { "part_number", "buyer_code", "scenario_id", "as_of", "material", "material_score", "score", "output_lost", "cost_impact" },
        };
        foreach (ExposureTableRow row in Rows.Take(maxRows))
        {
            lines.Add(new[]
            {
                row.PartNumber,
                row.BuyerCode,
                row.ScenarioId,
                row.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                row.Material ?? "-",
                row.MaterialScore is double points ? points.ToString("0.00", CultureInfo.InvariantCulture) : "-",
                row.Score.ToString("0.00", CultureInfo.InvariantCulture),
                row.OutputLost.ToString("0.0%", CultureInfo.InvariantCulture),
                row.CostImpact.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture),
            });
        }

        int[] widths = Enumerable.Range(0, lines[0].Length).Select(i => lines.Max(l => l[i].Length)).ToArray();
        var text = new StringBuilder();
        text.Append(string.Format(CultureInfo.InvariantCulture, "ExposureTable: {0} rows from {1} reports, {2} columns\n", Rows.Count, ReportCount, Columns.Count));
        foreach (string[] line in lines)
        {
            for (int i = 0; i < line.Length; i++)
            {
                text.Append(i >= 5 ? line[i].PadLeft(widths[i]) : line[i].PadRight(widths[i]));
                text.Append(i == line.Length - 1 ? string.Empty : "  ");
            }

            text.Append('\n');
        }

        if (Rows.Count > maxRows)
        {
            text.Append(string.Format(CultureInfo.InvariantCulture, "... {0} more rows\n", Rows.Count - maxRows));
        }

        return text.ToString();
    }

    /// <summary>The first ten rows as a short text table (<see cref="ToText"/>).</summary>
    public override string ToString() => ToText();

    private static ExposureTableColumn Text(string name, bool nullable, string description, Func<ExposureTableRow, string?> value) =>
        new(name, ExposureTableColumnKind.Text, nullable, description, value);

    private static ExposureTableColumn Number(string name, bool nullable, string description, Func<ExposureTableRow, double?> value) =>
        new(name, ExposureTableColumnKind.Number, nullable, description, r => value(r));

    private static ExposureTableColumn Integer(string name, bool nullable, string description, Func<ExposureTableRow, int?> value) =>
        new(name, ExposureTableColumnKind.Integer, nullable, description, r => value(r));

    private static ExposureTableColumn Date(string name, bool nullable, string description, Func<ExposureTableRow, DateTime?> value) =>
        new(name, ExposureTableColumnKind.Date, nullable, description, r => value(r));

    private static ExposureTableColumn Boolean(string name, bool nullable, string description, Func<ExposureTableRow, bool?> value) =>
        new(name, ExposureTableColumnKind.Boolean, nullable, description, r => value(r));
}
