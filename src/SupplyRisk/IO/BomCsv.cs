using System.IO;
using System;
using SupplyRisk.Parts;

namespace SupplyRisk.IO;

/// <summary>Reads bills of materials in SupplyRisk's own CSV format (docs/data-format.md). Thread-safe.</summary>
public static class BomCsv
{
    /// <summary>
    /// Reads a bill of materials from one CSV text: header
    /// <c>part_number,name,category,made_in,child,quantity,material,grams,substitutability,source</c>; each row
    /// declares a part (name, category, made_in on its first row), and/or a child line, and/or a material line.
    /// The first part listed is the root. See docs/data-format.md.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="name">A name for error messages, e.g. the file name.</param>
    /// <param name="limits">The limits the BOM must stay within (default <see cref="BomLimits.Default"/>).</param>
    /// <exception cref="BomFormatException">The file has problems or exceeds a limit; every problem is listed with its line.</exception>
    public static ProductCatalog Read(TextReader reader, string name, BomLimits? limits = null) =>
        ProductTableReader.ReadBomCsv(reader ?? throw new ArgumentNullException(nameof(reader)), name ?? throw new ArgumentNullException(nameof(name)), limits);
}
