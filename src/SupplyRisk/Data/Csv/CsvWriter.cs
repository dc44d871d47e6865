using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SupplyRisk.Data.Csv;

/// <summary>Writes RFC 4180 records: fields with commas, quotes or line breaks are quoted, quotes doubled.</summary>
internal static class CsvWriter
{
    public static void AppendRecord(StringBuilder text, IEnumerable<string> fields)
    {
        text.Append(string.Join(",", fields.Select(Escape))).Append('\n');
    }

    public static string Escape(string field) =>
        field.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
