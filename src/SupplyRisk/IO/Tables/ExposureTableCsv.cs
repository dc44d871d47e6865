using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using SupplyRisk.Reporting;

namespace SupplyRisk.IO;

/// <summary>
/// Writes an <see cref="ExposureTable"/> as CSV for <c>pandas.read_csv</c>, R and spreadsheets: a header of the
/// <see cref="ExposureTable.Columns"/> names, then one record per row, RFC 4180 quoting, invariant culture, <c>\n</c>
/// line ends. Numbers are written in round-trip form, dates as <c>yyyy-MM-dd</c>, yes/no as <c>true</c>/<c>false</c>.
/// A missing value (a null in the row; also a number that is not finite, which a report does not hold) is an empty
/// field; an empty text therefore reads back as missing too. Text that a spreadsheet would run as a formula is
/// neutralised with a leading apostrophe (<see cref="CsvField"/>) unless asked not to. Thread-safe.
/// </summary>
public static class ExposureTableCsv
{
    /// <summary>Writes the table's header and rows to <paramref name="output"/> (which is left open).</summary>
    /// <param name="table">The table.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="neutraliseFormulas">
    /// Whether text starting like a spreadsheet formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, carriage return)
    /// gets a leading apostrophe (default true); false writes raw values for machine consumers.
    /// </param>
    public static void Write(ExposureTable table, TextWriter output, bool neutraliseFormulas = true)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        IReadOnlyList<ExposureTableColumn> columns = ExposureTable.Columns;
        var names = new string[columns.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = columns[i].Name;
        }

        var record = new StringBuilder();
        CsvWriter.AppendRecord(record, names, neutraliseFormulas);
        output.Write(record.ToString());
        var fields = new string[columns.Count];
        foreach (ExposureTableRow row in table.Rows)
        {
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = Field(columns[i].ValueOf(row));
            }

            record.Clear();
            CsvWriter.AppendRecord(record, fields, neutraliseFormulas);
            output.Write(record.ToString());
        }
    }

    /// <summary>The table as one CSV string (<see cref="Write(ExposureTable, TextWriter, bool)"/>).</summary>
    /// <param name="table">The table.</param>
    /// <param name="neutraliseFormulas">Whether text starting like a spreadsheet formula gets a leading apostrophe (default true).</param>
    public static string ToCsv(ExposureTable table, bool neutraliseFormulas = true)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(table, text, neutraliseFormulas);
        return text.ToString();
    }

    private static string Field(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        double number => IsFinite(number) ? number.ToString("R", CultureInfo.InvariantCulture) : string.Empty,
        int whole => whole.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => throw new InvalidOperationException($"A table column returned a {value.GetType().Name}, which the CSV writer does not know."),
    };

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}
