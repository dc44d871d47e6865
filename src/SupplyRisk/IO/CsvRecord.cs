using System.Collections.Generic;
using System;

namespace SupplyRisk.IO;

/// <summary>One data record of a CSV file, with the line it starts on, read by header name.</summary>
internal sealed class CsvRecord
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly IReadOnlyList<string> _fields;

    internal CsvRecord(string file, int line, IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields)
    {
        File = file;
        Line = line;
        _columns = columns;
        _fields = fields;
    }

    /// <summary>The name of the file or stream the record came from.</summary>
    public string File { get; }

    /// <summary>The 1-based line on which the record starts.</summary>
    public int Line { get; }

    /// <summary>The trimmed field under <paramref name="column"/>, or the empty string when the record is short.</summary>
    public string this[string column]
    {
        get
        {
            if (!_columns.TryGetValue(column, out int index))
            {
                throw new ArgumentException($"Column '{column}' is not in the header of {File}.", nameof(column));
            }

            return index < _fields.Count ? _fields[index].Trim() : string.Empty;
        }
    }

    /// <summary>Whether the header has a column of that name.</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>How many fields the record has.</summary>
    public int FieldCount => _fields.Count;
}
