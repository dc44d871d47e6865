using System.Collections.Generic;
using System.IO;
using System.Text;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;

namespace SupplyRisk.IO;

/// <summary>
/// Collects reference-data files and builds a validated <see cref="ReferenceDataset"/>. Files are
/// applied in the order added, later ones overriding earlier ones by key (see <see cref="DataFileKind"/>).
/// Not thread-safe; the dataset it builds is.
/// </summary>
/// <example>
/// <code>
/// ReferenceDataset data = new ReferenceDatasetBuilder()
///     .AddFile(DataFileKind.StageShares, "my-cobalt-refining.csv")
///     .Build();
/// </code>
/// </example>
public sealed class ReferenceDatasetBuilder
{
    private static readonly (DataFileKind Kind, string File)[] EmbeddedFiles =
    {
        (DataFileKind.CountryGroups, EmbeddedResources.CountryGroups),
        (DataFileKind.Governance, EmbeddedResources.Governance),
        (DataFileKind.Materials, EmbeddedResources.Materials),
        (DataFileKind.StageShares, EmbeddedResources.StageShares),
        (DataFileKind.BuyerImportReliance, EmbeddedResources.Buyers),
        (DataFileKind.BuyerSourcing, EmbeddedResources.BuyerSourcing),
        (DataFileKind.PublishedAssessments, EmbeddedResources.EuCrm2023Results),
        (DataFileKind.MaterialPrices, EmbeddedResources.MaterialPrices),
        (DataFileKind.MaterialDynamics, EmbeddedResources.MaterialDynamics),
        (DataFileKind.CoverDefaults, EmbeddedResources.CoverDefaults),
    };

    private readonly List<DataSource> _sources = new();
    private GovernanceScore _restOfWorld = GovernanceScore.WorldAverage;

    /// <summary>
    /// A builder that reads data files. With <paramref name="includeDefaults"/> (the default) it starts
    /// from the embedded data, which the files you add then extend or override by key.
    /// </summary>
    /// <param name="includeDefaults">Whether to start from the embedded dataset.</param>
    public ReferenceDatasetBuilder(bool includeDefaults = true)
    {
        if (includeDefaults)
        {
            foreach (var (kind, file) in EmbeddedFiles)
            {
                using TextReader reader = EmbeddedResources.Open(file);
                _sources.Add(new DataSource(kind, "embedded " + file, reader.ReadToEnd()));
            }
        }
    }

    /// <summary>Adds CSV text from a reader (read to the end now; the reader is not disposed).</summary>
    /// <param name="kind">What the file holds.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="name">A name for error messages, e.g. the file name.</param>
    public ReferenceDatasetBuilder Add(DataFileKind kind, TextReader reader, string name)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        CheckKind(kind);
        _sources.Add(new DataSource(kind, string.IsNullOrWhiteSpace(name) ? kind.ToString() : name, reader.ReadToEnd()));
        return this;
    }

    /// <summary>Adds UTF-8 CSV from a stream (read to the end now; the stream is not disposed).</summary>
    /// <exception cref="IOException">The bytes are not valid UTF-8 (or UTF-16 after its byte-order mark).</exception>
    public ReferenceDatasetBuilder Add(DataFileKind kind, Stream stream, string name)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        string label = string.IsNullOrWhiteSpace(name) ? kind.ToString() : name;
        return Add(kind, new StringReader(InputFile.Decode(bytes.ToArray(), label)), name);
    }

    /// <summary>Adds a UTF-8 CSV file (a regular file of at most <see cref="InputFile.DefaultMaximumBytes"/>; see <see cref="InputFile"/>).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The path is a directory, an empty or special file (FIFO, device), or too large.</exception>
    public ReferenceDatasetBuilder AddFile(DataFileKind kind, string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return Add(kind, new StringReader(InputFile.ReadAllText(path)), Path.GetFileName(path));
    }

    /// <summary>
    /// Sets the governance assumed for the rest-of-world remainder (default: <see cref="GovernanceScore.WorldAverage"/>,
    /// the mean country by the construction of the WGI).
    /// </summary>
    public ReferenceDatasetBuilder WithRestOfWorldGovernance(GovernanceScore score)
    {
        _restOfWorld = score;
        return this;
    }

    /// <summary>Parses and checks every file and builds the dataset.</summary>
    /// <exception cref="ReferenceDataException">The data has problems; every one is listed with its location.</exception>
    public ReferenceDataset Build() => new ReferenceDataReader().Read(_sources, _restOfWorld);

    private static void CheckKind(DataFileKind kind)
    {
        if (!Enum.IsDefined(typeof(DataFileKind), kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown data file kind.");
        }
    }
}
