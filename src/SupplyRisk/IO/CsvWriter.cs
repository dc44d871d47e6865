using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SupplyRisk.IO;

/// <summary>Writes CSV records field by field with <see cref="IO.CsvField.Escape"/> (RFC 4180 quoting, formulas neutralised unless asked not to).</summary>
internal static class CsvWriter
{
    public static void AppendRecord(StringBuilder text, IEnumerable<string> fields, bool neutraliseFormulas = true)
    {
        text.Append(string.Join(",", fields.Select(f => IO.CsvField.Escape(f, neutraliseFormulas)))).Append('\n');
    }
}
