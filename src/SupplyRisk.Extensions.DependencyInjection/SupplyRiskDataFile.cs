using System;
using SupplyRisk.IO;

namespace SupplyRisk.Extensions.DependencyInjection;

/// <summary>One reference-data file of <see cref="SupplyRiskOptions.DataFiles"/>: what it holds and where it is. Bindable from configuration.</summary>
public sealed class SupplyRiskDataFile
{
    /// <summary>An empty entry, for configuration binding.</summary>
    public SupplyRiskDataFile()
    {
    }

    /// <summary>An entry for a file.</summary>
    /// <param name="kind">What the file holds.</param>
    /// <param name="path">The file's path.</param>
    public SupplyRiskDataFile(DataFileKind kind, string path)
    {
        Kind = kind.ToString();
        Path = path ?? throw new ArgumentNullException(nameof(path));
    }

    /// <summary>A <see cref="DataFileKind"/> name, e.g. <c>StageShares</c> (case-insensitive).</summary>
    public string? Kind { get; set; }

    /// <summary>The file's path.</summary>
    public string? Path { get; set; }
}
