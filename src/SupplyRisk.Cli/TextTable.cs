using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SupplyRisk.Cli;

/// <summary>A plain fixed-width table for terminals: left-aligned text, right-aligned numbers.</summary>
internal sealed class TextTable
{
    private readonly string[] _header;
    private readonly bool[] _numeric;
    private readonly List<string[]> _rows = new();

    public TextTable(params string[] header)
    {
        _header = header;
        _numeric = new bool[header.Length];
    }

    public TextTable Numeric(params int[] columns)
    {
        foreach (int c in columns)
        {
            _numeric[c] = true;
        }

        return this;
    }

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        int[] widths = Enumerable.Range(0, _header.Length).Select(i => _rows.Select(r => r[i].Length).Append(_header[i].Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(string[] cells)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                string cell = _numeric[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]);
                text.Append(i == cells.Length - 1 ? cell.TrimEnd() : cell + "  ");
            }

            text.Append('\n');
        }

        Line(_header);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (string[] row in _rows)
        {
            Line(row);
        }

        return text.ToString();
    }
}
