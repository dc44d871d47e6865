using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;

namespace SupplyRisk;

/// <summary>
/// Builds a <see cref="SupplyRiskModel"/>: reference-data files that extend or override the embedded ones by key, your own
/// policy timeline, products and scenarios. Files are read when added (errors surface at once, with file and line).
/// Not thread-safe; the model it builds is.
/// </summary>
/// <example>
/// <code>
/// SupplyRiskModel model = SupplyRiskModel.CreateBuilder()
///     .AddDataFile(DataFileKind.StageShares, "my-cobalt-refining.csv")
///     .AddScenarioFile("my-scenario.json")
///     .Build();
/// </code>
/// </example>
public sealed class SupplyRiskModelBuilder
{
    private readonly ReferenceDatasetBuilder _data;
    private readonly bool _includeDefaults;
    private readonly List<Scenario> _scenarios = new();
    private readonly List<(string Text, string Name)> _scenarioFiles = new();
    private PolicyTimeline? _timeline;
    private ProductCatalog? _products;

    internal SupplyRiskModelBuilder(bool includeDefaults)
    {
        _includeDefaults = includeDefaults;
        _data = new ReferenceDatasetBuilder(includeDefaults);
    }

    /// <summary>Adds a reference-data CSV file (see docs/data-format.md for each kind's columns).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The path is a directory or special file, too large, or not valid text.</exception>
    public SupplyRiskModelBuilder AddDataFile(DataFileKind kind, string path)
    {
        _data.AddFile(kind, path);
        return this;
    }

    /// <summary>Adds reference-data CSV text (read to the end now; the reader is not disposed).</summary>
    /// <param name="kind">What the text holds.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="name">A name for error messages, e.g. the file name.</param>
    public SupplyRiskModelBuilder AddData(DataFileKind kind, TextReader reader, string name)
    {
        _data.Add(kind, reader, name);
        return this;
    }

    /// <summary>Sets the governance score of the unnamed rest of the world (default: the world average).</summary>
    public SupplyRiskModelBuilder WithRestOfWorldGovernance(GovernanceScore score)
    {
        _data.WithRestOfWorldGovernance(score);
        return this;
    }

    /// <summary>Replaces the policy timeline (default: the embedded one, or an empty one without defaults).</summary>
    public SupplyRiskModelBuilder WithTimeline(PolicyTimeline timeline)
    {
        _timeline = timeline ?? throw new ArgumentNullException(nameof(timeline));
        return this;
    }

    /// <summary>Replaces the policy timeline with one read from a CSV file (see <see cref="PolicyCsv.Read"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="dataAsOf">The file's data cut-off, if it states one.</param>
    /// <exception cref="PolicyFormatException">The file has problems; every one is listed with its line.</exception>
    public SupplyRiskModelBuilder WithTimelineFile(string path, DateTime? dataAsOf = null)
    {
        using TextReader reader = InputFile.OpenText(path ?? throw new ArgumentNullException(nameof(path)));
        return WithTimeline(PolicyCsv.Read(reader, Path.GetFileName(path), dataAsOf));
    }

    /// <summary>Replaces the products that can be scored by id (default: the embedded archetypes, or none without defaults).</summary>
    public SupplyRiskModelBuilder WithProducts(ProductCatalog products)
    {
        _products = products ?? throw new ArgumentNullException(nameof(products));
        return this;
    }

    /// <summary>Adds a scenario (its id must differ from every other scenario's).</summary>
    public SupplyRiskModelBuilder AddScenario(Scenario scenario)
    {
        _scenarios.Add(scenario ?? throw new ArgumentNullException(nameof(scenario)));
        return this;
    }

    /// <summary>Adds a scenario from a JSON file (docs/data-format.md, "Scenario JSON"), read against the built data at <see cref="Build"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The path is a directory or special file, too large, or not valid text.</exception>
    public SupplyRiskModelBuilder AddScenarioFile(string path)
    {
        _scenarioFiles.Add((InputFile.ReadAllText(path ?? throw new ArgumentNullException(nameof(path))), Path.GetFileName(path)));
        return this;
    }

    /// <summary>
    /// Builds the model. With defaults, the scenarios are the built-in ones followed by yours; without, they are
    /// <c>baseline</c> (no measure) followed by yours.
    /// </summary>
    /// <exception cref="ReferenceDataException">A data file has problems; every one is listed with its line.</exception>
    /// <exception cref="ScenarioFormatException">A scenario file has problems; every one is listed with its JSON path.</exception>
    /// <exception cref="ArgumentException">Two scenarios share an id.</exception>
    public SupplyRiskModel Build()
    {
        var data = _data.Build();
        PolicyTimeline timeline = _timeline ?? (_includeDefaults ? EmbeddedData.Timeline : PolicyTimeline.Empty);
        ProductCatalog products = _products ?? (_includeDefaults ? EmbeddedData.Products : new ProductCatalog(Array.Empty<Product>(), new PartCatalog(Array.Empty<Part>())));
        IEnumerable<Scenario> builtIn = _includeDefaults
            ? EmbeddedData.Scenarios
            : new[] { Scenario.Create("baseline").Named("Baseline: no policy measures").Build() };
        IEnumerable<Scenario> fromFiles = _scenarioFiles.Select(f => ScenarioJson.Read(f.Text, f.Name, data));
        return new SupplyRiskModel(data, timeline, products, builtIn.Concat(_scenarios).Concat(fromFiles).ToList());
    }
}
