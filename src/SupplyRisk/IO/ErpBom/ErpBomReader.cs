using System;
using System.Collections.Generic;
using System.IO;
using SupplyRisk.Data;
using SupplyRisk.Diagnostics;

namespace SupplyRisk.IO;

/// <summary>
/// Reads a bill of materials as ERP systems export it (SAP CS12/CS11 explosions, generic parent–child lists): a CSV file
/// separated by <c>;</c>, <c>,</c> or tabs, with a header whose names <see cref="ErpBomColumns"/> maps, in one of two
/// shapes. A <b>flat</b> file has a parent column: each row names its parent (empty at the top). An <b>indented</b> file
/// has a level column: a row's parent is the nearest row above it one level up (<c>0</c>, <c>1</c>, <c>2</c> or SAP's
/// <c>.1</c>, <c>..2</c>). Format, defaults and examples: docs/erp-bom.md. Thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// A row whose material column is empty is a <b>component line</b>: that many pieces of the component go into one unit of
/// its parent. A row with a material is a <b>material line</b>: its parent contains that mass of the material (the mass
/// column, or the quantity when the file has no mass column, in the row's unit: mg, g, kg or t). The component number and
/// description of a material line name the raw material's item and are not read.
/// </para>
/// <para>
/// Descriptions and made-in repeated on every row of a part must agree (else an error names both lines). The same
/// component under the same parent on several lines has its quantities summed; the same material in the same part on
/// several lines has its masses summed. In an indented file a part exploded again under a second parent (a shared
/// assembly) must list the same lines each time: they are read once, not added up. Every problem is reported at once in a
/// <see cref="BomFormatException"/>, one line each, naming the file, the line and the column; nothing is dropped or
/// repaired silently.
/// </para>
/// </remarks>
public static class ErpBomReader
{
    /// <summary>Reads an ERP BOM file (a regular file of at most 256 MB, UTF-8 or UTF-16 with its byte-order mark; see <see cref="InputFile"/>).</summary>
    /// <param name="path">The file; error messages name it as given.</param>
    /// <param name="options">How to read it (<see cref="ErpBomOptions.Default"/> for plain English headers and detected separators).</param>
    /// <param name="data">The dataset whose materials the material column must name (e.g. <c>SupplyRiskModel.Default.Data</c>).</param>
    /// <returns>The parts, the top-level parts as products, and the materials skipped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file is not a regular file, is empty or too large, or is not valid UTF-8 (UTF-16) text.</exception>
    /// <exception cref="BomFormatException">The file has problems or exceeds a limit of <see cref="ErpBomOptions.Limits"/>; each is listed with its line.</exception>
    public static ErpBomResult Read(string path, ErpBomOptions options, ReferenceDataset data)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        Check(options, data);

        return ReadText(InputFile.ReadAllText(path), Path.GetFileName(path), options, data);
    }

    /// <summary>Reads an ERP BOM from a stream of at most 256 MB, decoded as <see cref="InputFile"/> decodes files (strict UTF-8, or UTF-16 after its byte-order mark).</summary>
    /// <param name="stream">The bytes; read to the end, not closed.</param>
    /// <param name="name">A name for error messages, e.g. the file name.</param>
    /// <param name="options">How to read it (<see cref="ErpBomOptions.Default"/> for plain English headers and detected separators).</param>
    /// <param name="data">The dataset whose materials the material column must name (e.g. <c>SupplyRiskModel.Default.Data</c>).</param>
    /// <returns>The parts, the top-level parts as products, and the materials skipped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream is over 256 MB or not valid UTF-8 (UTF-16) text.</exception>
    /// <exception cref="BomFormatException">The BOM has problems or exceeds a limit; each is listed with its line.</exception>
    public static ErpBomResult Read(Stream stream, string name, ErpBomOptions options, ReferenceDataset data)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        Check(options, data);

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > InputFile.DefaultMaximumBytes)
            {
                throw new IOException(string.Format(System.Globalization.CultureInfo.InvariantCulture, "'{0}' is over the limit of {1:N0} bytes for an input file.", QuotedText.Prefix(name, 200), InputFile.DefaultMaximumBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return ReadText(InputFile.Decode(buffer.ToArray(), QuotedText.Prefix(name, 200)), name, options, data);
    }

    /// <summary>Reads an ERP BOM from text.</summary>
    /// <param name="reader">The text; read to the end, not closed.</param>
    /// <param name="name">A name for error messages, e.g. the file name.</param>
    /// <param name="options">How to read it (<see cref="ErpBomOptions.Default"/> for plain English headers and detected separators).</param>
    /// <param name="data">The dataset whose materials the material column must name (e.g. <c>SupplyRiskModel.Default.Data</c>).</param>
    /// <returns>The parts, the top-level parts as products, and the materials skipped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="BomFormatException">The BOM has problems or exceeds a limit; each is listed with its line.</exception>
    public static ErpBomResult Read(TextReader reader, string name, ErpBomOptions options, ReferenceDataset data)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        Check(options, data);

        return ReadText(reader.ReadToEnd(), name, options, data);
    }

    private static void Check(ErpBomOptions options, ReferenceDataset data)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }
    }

    private static ErpBomResult ReadText(string text, string name, ErpBomOptions options, ReferenceDataset data) =>
        new ErpBomParse(name, options, data).Run(text);
}
