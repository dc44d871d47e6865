using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using SupplyRisk.Reporting;

namespace SupplyRisk.IO;

/// <summary>
/// Writes an <see cref="ExposureTable"/> as an Apache Arrow IPC file (the random-access file format, <c>ARROW1</c>
/// magic and footer; read it with <c>pyarrow.ipc.open_file</c>, <c>pandas.read_feather</c>, Polars or R's arrow).
/// One typed field per <see cref="ExposureTable.Columns"/> entry, in that order: text as utf8, numbers as float64,
/// whole numbers as int32, dates as date32, yes/no as bool. A missing value (a null in the row; also a number that
/// is not finite, which a report does not hold) is an Arrow null, never NaN. Each field carries its meaning as
/// metadata <c>description</c>. Thread-safe.
/// </summary>
public static class ExposureTableArrow
{
    /// <summary>Rows per record batch: large tables are written in batches of this many rows.</summary>
    public const int BatchRows = 65536;

    /// <summary>The Arrow schema the writer uses: one field per column of <see cref="ExposureTable.Columns"/>.</summary>
    public static Schema Schema { get; } = BuildSchema();

    /// <summary>Writes the table to <paramref name="output"/> as an Arrow IPC file; the stream is left open.</summary>
    /// <param name="table">The table.</param>
    /// <param name="output">A writable stream.</param>
    public static void Write(ExposureTable table, Stream output)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(output));
        }

        using var writer = new ArrowFileWriter(output, Schema, leaveOpen: true);
        writer.WriteStart();
        for (int start = 0; start < table.Rows.Count; start += BatchRows)
        {
            int count = Math.Min(BatchRows, table.Rows.Count - start);
            writer.WriteRecordBatch(Batch(table.Rows, start, count));
        }

        writer.WriteEnd();
    }

    private static Schema BuildSchema()
    {
        var fields = ExposureTable.Columns.Select(c => new Field(
            c.Name,
            TypeOf(c.Kind),
            c.IsNullable,
            new[] { new KeyValuePair<string, string>("description", c.Description) }));
        return new Schema(fields, new[] { new KeyValuePair<string, string>("supplyrisk.table", "exposure long format") });
    }

    private static IArrowType TypeOf(ExposureTableColumnKind kind) => kind switch
    {
        ExposureTableColumnKind.Text => StringType.Default,
        ExposureTableColumnKind.Number => DoubleType.Default,
        ExposureTableColumnKind.Integer => Int32Type.Default,
        ExposureTableColumnKind.Date => Date32Type.Default,
        ExposureTableColumnKind.Boolean => BooleanType.Default,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown column kind."),
    };

    private static RecordBatch Batch(IReadOnlyList<ExposureTableRow> rows, int start, int count)
    {
        IReadOnlyList<ExposureTableColumn> columns = ExposureTable.Columns;
        var arrays = new IArrowArray[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            ExposureTableColumn column = columns[c];
            arrays[c] = column.Kind switch
            {
                ExposureTableColumnKind.Text => Build(new StringArray.Builder(), column, rows, start, count, (b, v) => b.Append((string)v), b => b.AppendNull(), b => b.Build()),
                ExposureTableColumnKind.Number => Build(new DoubleArray.Builder(), column, rows, start, count, (b, v) => AppendNumber(b, (double)v), b => b.AppendNull(), b => b.Build()),
                ExposureTableColumnKind.Integer => Build(new Int32Array.Builder(), column, rows, start, count, (b, v) => b.Append((int)v), b => b.AppendNull(), b => b.Build()),
                ExposureTableColumnKind.Date => Build(new Date32Array.Builder(), column, rows, start, count, (b, v) => b.Append(((DateTime)v).Date), b => b.AppendNull(), b => b.Build()),
                ExposureTableColumnKind.Boolean => Build(new BooleanArray.Builder(), column, rows, start, count, (b, v) => b.Append((bool)v), b => b.AppendNull(), b => b.Build()),
                _ => throw new InvalidOperationException($"Column {column.Name} has an unknown kind."),
            };
        }

        return new RecordBatch(Schema, arrays, count);
    }

    private static IArrowArray Build<TBuilder>(
        TBuilder builder,
        ExposureTableColumn column,
        IReadOnlyList<ExposureTableRow> rows,
        int start,
        int count,
        Action<TBuilder, object> append,
        Action<TBuilder> appendNull,
        Func<TBuilder, IArrowArray> build)
    {
        for (int i = start; i < start + count; i++)
        {
            object? value = column.ValueOf(rows[i]);
            if (value is null)
            {
                appendNull(builder);
            }
            else
            {
                append(builder, value);
            }
        }

        return build(builder);
    }

    private static void AppendNumber(DoubleArray.Builder builder, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            builder.AppendNull();
        }
        else
        {
            builder.Append(value);
        }
    }
}
