using System.IO;
using System;
using SupplyRisk.Parts;

namespace SupplyRisk.IO;

/// <summary>Reads a bill-of-materials file in either of SupplyRisk's formats, chosen by its extension. Thread-safe.</summary>
public static class BomFile
{
    /// <summary>
    /// Reads <paramref name="path"/>: a <c>.json</c> file with <see cref="BomJson"/>, any other with <see cref="BomCsv"/>.
    /// The file is checked as <see cref="InputFile.ReadAllText"/> checks it (a regular file, strict UTF-8 or UTF-16).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">The limits the BOM must stay within (default <see cref="BomLimits.Default"/>).</param>
    /// <returns>The BOM as a catalog whose products are its top-level parts.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The path is a directory or special file, too large, or not valid text.</exception>
    /// <exception cref="BomFormatException">The BOM has problems; every one is listed with its line or JSON path.</exception>
    public static ProductCatalog Read(string path, BomLimits? limits = null)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("A BOM file path is required.", nameof(path));
        }

        string name = Path.GetFileName(path);
        string text = InputFile.ReadAllText(path);
        return Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? BomJson.Read(text, name, limits)
            : BomCsv.Read(new StringReader(text), name, limits);
    }
}
