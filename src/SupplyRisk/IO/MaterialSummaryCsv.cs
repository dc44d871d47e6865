using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System;
using SupplyRisk.Concentration;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Reporting;

namespace SupplyRisk.IO;

/// <summary>Writes a <see cref="MaterialSummaryTable"/> as CSV for notebooks and spreadsheets. Thread-safe.</summary>
public static class MaterialSummaryCsv
{
    /// <summary>
    /// The table as CSV (RFC 4180, invariant culture, full precision), one record per row, for notebooks and
    /// spreadsheets. Per buyer: <c>sr_CODE</c> (empty when unavailable), <c>basis_CODE</c> and <c>bottleneck_CODE</c>.
    /// Text that a spreadsheet would run as a formula is neutralised (<see cref="CsvField"/>) unless
    /// <paramref name="neutraliseFormulas"/> is false.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="neutraliseFormulas">Whether to neutralise text a spreadsheet would run as a formula.</param>
    public static string ToCsv(MaterialSummaryTable table, bool neutraliseFormulas = true)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        var header = new List<string>
        {
            "material", "stage", "stage_label", "top_supplier", "top_share", "hhi", "hhi_points", "band_2023",
            "cr3", "effective_suppliers", "hhi_wgi", "weakest_quality",
        };
        foreach (Buyer buyer in table.Buyers)
        {
            header.Add("sr_" + buyer.Code);
            header.Add("basis_" + buyer.Code);
            header.Add("bottleneck_" + buyer.Code);
        }

        var text = new StringBuilder();
        CsvWriter.AppendRecord(text, header, neutraliseFormulas);
        foreach (MaterialSummaryRow row in table.Rows)
        {
            ConcentrationProfile c = row.Concentration;
            var fields = new List<string>
            {
                row.Material.Id.Value,
                StageKinds.Name(row.Stage.Kind),
                row.Stage.Label,
                c.TopSupplier.Country.Value,
                Number(c.TopSupplier.Share),
                Number(c.Hhi),
                Number(c.HhiPoints),
                c.Band.ToString(),
                Number(c.ConcentrationRatio3),
                Number(c.EffectiveSuppliers),
                Number(c.GovernanceWeightedHhi),
                row.WeakestQuality.ToString().ToLowerInvariant(),
            };
            foreach (MaterialSummaryCell cell in row.SupplyRisk)
            {
                fields.Add(cell.Stage is null ? string.Empty : Number(cell.Stage.Result.Value));
                fields.Add(cell.Stage is null ? string.Empty : Criticality.SupplyBases.Name(cell.Stage.Result.Basis));
                fields.Add(cell.Stage is null ? string.Empty : (cell.IsBottleneck ? "true" : "false"));
            }

            CsvWriter.AppendRecord(text, fields, neutraliseFormulas);
        }

        return text.ToString();
    }

    /// <summary>Writes the table as <see cref="ToCsv"/> does to <paramref name="output"/> (as <c>ExposureTableCsv.Write</c> does for the long table).</summary>
    /// <param name="table">The table.</param>
    /// <param name="output">Where to write; not disposed.</param>
    /// <param name="neutraliseFormulas">Whether to neutralise text a spreadsheet would run as a formula.</param>
    public static void Write(MaterialSummaryTable table, TextWriter output, bool neutraliseFormulas = true) =>
        (output ?? throw new ArgumentNullException(nameof(output))).Write(ToCsv(table, neutraliseFormulas));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
