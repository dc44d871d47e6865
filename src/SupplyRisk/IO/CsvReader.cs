using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System;

namespace SupplyRisk.IO;

/// <summary>
/// A small RFC 4180 reader that keeps line numbers so that every data error can name where it is.
/// Lines whose first character is <c>#</c> (outside quotes) are comments; blank lines are skipped.
/// The first remaining record is the header. SupplyRisk's own formats (reference data, BOM CSV, policy CSV) are
/// deliberately small, and this reader streams them with physical line numbers; exports in other dialects (ERP BOMs:
/// <c>;</c> or tab, decimal commas) are read with CsvHelper by <see cref="ErpBomReader"/>.
/// </summary>
internal static class CsvReader
{
    /// <summary>Reads every record of <paramref name="text"/>; structural problems are added to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<CsvRecord> Read(TextReader text, string file, ICollection<DataError> errors, IReadOnlyList<string> requiredColumns) =>
        Stream(text, file, errors, requiredColumns).ToList();

    /// <summary>
    /// As <see cref="Read"/>, one record at a time, so that a reader that keeps what it needs from each record (a BOM of a
    /// million lines) need not hold them all. Without a required column no record is returned (the header error says it
    /// once instead of every row repeating it).
    /// </summary>
    public static IEnumerable<CsvRecord> Stream(TextReader text, string file, ICollection<DataError> errors, IReadOnlyList<string> requiredColumns)
    {
        Dictionary<string, int>? columns = null;
        int headerWidth = 0;
        foreach (var (line, fields) in Tokenize(text, file, errors))
        {
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int i = 0; i < fields.Count; i++)
                {
                    string name = fields[i].Trim();
                    if (columns.ContainsKey(name))
                    {
                        errors.Add(new DataError(file, line, $"duplicate column '{name}' in the header"));
                    }
                    else
                    {
                        columns.Add(name, i);
                    }
                }

                headerWidth = fields.Count;
                bool missingRequired = false;
                foreach (string required in requiredColumns)
                {
                    if (!columns.ContainsKey(required))
                    {
                        missingRequired = true;
                        errors.Add(new DataError(file, line, $"the header lacks the required column '{required}'"));
                    }
                }

                if (missingRequired)
                {
                    yield break;
                }

                continue;
            }

            if (fields.Count != headerWidth)
            {
                errors.Add(new DataError(file, line, $"has {fields.Count} fields where the header has {headerWidth}"));
                continue;
            }

            yield return new CsvRecord(file, line, columns, fields);
        }

        if (columns is null)
        {
            errors.Add(new DataError(file, null, "is empty: no header row"));
        }
    }

    private static IEnumerable<(int Line, List<string> Fields)> Tokenize(TextReader text, string file, ICollection<DataError> errors)
    {
        int lineNumber = 0;
        string? raw;
        while ((raw = text.ReadLine()) is not null)
        {
            lineNumber++;
            if (raw.Length == 0 || raw.Trim().Length == 0 || raw[0] == '#')
            {
                continue;
            }

            int startLine = lineNumber;
            var fields = new List<string>();
            var field = new StringBuilder();
            bool inQuotes = false;
            bool fieldWasQuoted = false;
            string current = raw;
            int i = 0;
            while (true)
            {
                if (i >= current.Length)
                {
                    if (!inQuotes)
                    {
                        fields.Add(field.ToString());
                        break;
                    }

                    string? next = text.ReadLine();
                    if (next is null)
                    {
                        errors.Add(new DataError(file, startLine, "has a quoted field that is never closed"));
                        fields.Add(field.ToString());
                        break;
                    }

                    lineNumber++;
                    field.Append('\n');
                    current = next;
                    i = 0;
                    continue;
                }

                char c = current[i];
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        if (i + 1 < current.Length && current[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        inQuotes = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldWasQuoted = false;
                }
                else if (c == '"' && field.ToString().Trim().Length == 0 && !fieldWasQuoted)
                {
                    field.Clear();
                    inQuotes = true;
                    fieldWasQuoted = true;
                }
                else
                {
                    field.Append(c);
                }

                i++;
            }

            yield return (startLine, fields);
        }
    }
}
