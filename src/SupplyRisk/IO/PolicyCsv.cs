using System.IO;
using System;
using SupplyRisk.Policy;

namespace SupplyRisk.IO;

/// <summary>Reads policy timelines from CSV (the format of the embedded <c>policy-measures.csv</c>). Thread-safe.</summary>
public static class PolicyCsv
{
    /// <summary>
    /// Reads a timeline from CSV with the columns of the embedded file (see docs/data-format.md):
    /// <c>id,title,kind,issuer,destinations,materials,announced,effective,suspended_from,suspended_until,expires,rate,layer,quality,source,note</c>,
    /// plus optional <c>stages</c>, <c>magnitude</c>, <c>item_classes</c>, <c>categories</c>, <c>hs_codes</c> and <c>displaces</c>.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="name">The file name used in error messages.</param>
    /// <param name="dataAsOf">
    /// The record's data cut-off, if stated: a measure announced after it (or, with no announcement date, taking
    /// effect after it) is an error, and changes recorded for later dates are reported as assumptions.
    /// </param>
    /// <exception cref="PolicyFormatException">The file has problems; every one is listed with its line.</exception>
    public static PolicyTimeline Read(TextReader reader, string name, DateTime? dataAsOf = null) =>
        PolicyTableReader.Read(reader ?? throw new ArgumentNullException(nameof(reader)), name ?? throw new ArgumentNullException(nameof(name)), knownMaterials: null, dataAsOf);
}
