using System;

namespace SupplyRisk.Reporting;

/// <summary>
/// One column of the long-format <see cref="ExposureTable"/>: its snake_case name, type and meaning, and how to read
/// its value from a row. The list of columns is <see cref="ExposureTable.Columns"/>; every writer uses it. Immutable.
/// </summary>
public sealed class ExposureTableColumn
{
    private readonly Func<ExposureTableRow, object?> _value;

    internal ExposureTableColumn(string name, ExposureTableColumnKind kind, bool isNullable, string description, Func<ExposureTableRow, object?> value)
    {
        Name = name;
        Kind = kind;
        IsNullable = isNullable;
        Description = description;
        _value = value;
    }

    /// <summary>The column name (snake_case, unique in the table).</summary>
    public string Name { get; }

    /// <summary>The column's type.</summary>
    public ExposureTableColumnKind Kind { get; }

    /// <summary>
    /// Whether a row may have no value here: the material columns of a part without materials, a time that never
    /// comes within the horizon, a report without a data cut-off. Missing values are written as an empty CSV field
    /// and an Arrow null.
    /// </summary>
    public bool IsNullable { get; }

    /// <summary>What the column holds, with its unit.</summary>
    public string Description { get; }

    /// <summary>
    /// The row's value in this column: a <see cref="string"/>, <see cref="double"/>, <see cref="int"/>,
    /// <see cref="DateTime"/> or <see cref="bool"/> as <see cref="Kind"/> says, or <see langword="null"/> when missing.
    /// </summary>
    public object? ValueOf(ExposureTableRow row) => _value(row ?? throw new ArgumentNullException(nameof(row)));

    /// <inheritdoc />
    public override string ToString() => Name;
}
