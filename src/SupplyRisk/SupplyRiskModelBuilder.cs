using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;

namespace SupplyRisk;

/// <summary>
/// Builds a <see cref="SupplyRiskModel"/>: reference-data files that extend or override the embedded ones by key, your own
/// policy timeline, products and scenarios. Files are read at <see cref="Build"/>, which reads every one and reports
/// every problem of every file at once. Not thread-safe; the model it builds is.
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
    private readonly bool _includeDefaults;
    private readonly List<(string Source, Action<ReferenceDatasetBuilder> Add)> _data = new();
    private readonly List<Scenario> _scenarios = new();
    private readonly List<string> _scenarioFiles = new();
    private GovernanceScore? _restOfWorld;
    private PolicyTimeline? _timeline;
    private (string Path, DateTime? DataAsOf)? _timelineFile;
    private ProductCatalog? _products;
    private string? _productsFile;

    internal SupplyRiskModelBuilder(bool includeDefaults)
    {
        _includeDefaults = includeDefaults;
    }

    /// <summary>Adds a reference-data CSV file (see docs/data-format.md for each kind's columns), read at <see cref="Build"/>.</summary>
    public SupplyRiskModelBuilder AddDataFile(DataFileKind kind, string path)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));
        _data.Add((Path.GetFileName(path), b => b.AddFile(kind, path)));
        return this;
    }

    /// <summary>Adds reference-data CSV text (read to the end now; the reader is not disposed).</summary>
    /// <param name="kind">What the text holds.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="name">A name for error messages, e.g. the file name.</param>
    public SupplyRiskModelBuilder AddData(DataFileKind kind, TextReader reader, string name)
    {
        string text = (reader ?? throw new ArgumentNullException(nameof(reader))).ReadToEnd();
        _ = name ?? throw new ArgumentNullException(nameof(name));
        _data.Add((name, b => b.Add(kind, new StringReader(text), name)));
        return this;
    }

    /// <summary>Adds reference data through the dataset builder itself, at <see cref="Build"/> (for callers that hold a builder callback).</summary>
    public SupplyRiskModelBuilder ConfigureData(Action<ReferenceDatasetBuilder> configure)
    {
        _data.Add(("ConfigureData", configure ?? throw new ArgumentNullException(nameof(configure))));
        return this;
    }

    /// <summary>Sets the governance score of the unnamed rest of the world (default: the world average).</summary>
    public SupplyRiskModelBuilder WithRestOfWorldGovernance(GovernanceScore score)
    {
        _restOfWorld = score;
        return this;
    }

    /// <summary>Replaces the policy timeline (default: the embedded one, or an empty one without defaults).</summary>
    public SupplyRiskModelBuilder WithTimeline(PolicyTimeline timeline)
    {
        _timeline = timeline ?? throw new ArgumentNullException(nameof(timeline));
        _timelineFile = null;
        return this;
    }

    /// <summary>Replaces the policy timeline with one read from a CSV file at <see cref="Build"/> (see <see cref="PolicyCsv.Read"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="dataAsOf">The file's data cut-off, if it states one.</param>
    public SupplyRiskModelBuilder WithTimelineFile(string path, DateTime? dataAsOf = null)
    {
        _timelineFile = (path ?? throw new ArgumentNullException(nameof(path)), dataAsOf);
        _timeline = null;
        return this;
    }

    /// <summary>Replaces the products that can be scored by id (default: the embedded archetypes, or none without defaults).</summary>
    public SupplyRiskModelBuilder WithProducts(ProductCatalog products)
    {
        _products = products ?? throw new ArgumentNullException(nameof(products));
        _productsFile = null;
        return this;
    }

    /// <summary>Replaces the products with a BOM file read at <see cref="Build"/> (<see cref="BomFile.Read"/>): its top-level parts become the products.</summary>
    public SupplyRiskModelBuilder WithProductsFile(string path)
    {
        _productsFile = path ?? throw new ArgumentNullException(nameof(path));
        _products = null;
        return this;
    }

    /// <summary>Adds a scenario (its id must differ from every other scenario's).</summary>
    public SupplyRiskModelBuilder AddScenario(Scenario scenario)
    {
        _scenarios.Add(scenario ?? throw new ArgumentNullException(nameof(scenario)));
        return this;
    }

    /// <summary>Adds a scenario from a JSON file (docs/scenario-format.md), read against the built data at <see cref="Build"/>.</summary>
    public SupplyRiskModelBuilder AddScenarioFile(string path)
    {
        _scenarioFiles.Add(path ?? throw new ArgumentNullException(nameof(path)));
        return this;
    }

    /// <summary>
    /// Reads every file and builds the model. With defaults, the scenarios are the built-in ones followed by yours;
    /// without, they are <c>baseline</c> (no measure) followed by yours. With defaults and nothing added, it is
    /// <see cref="SupplyRiskModel.Default"/> itself.
    /// </summary>
    /// <exception cref="DataFormatException">
    /// Files have problems, or cannot be read, or two scenarios share an id. When one file (or one step) fails, its own
    /// exception is thrown: a <see cref="ReferenceDataException"/>, <see cref="PolicyFormatException"/>,
    /// <see cref="BomFormatException"/> or <see cref="ScenarioFormatException"/> listing its problems; when several fail,
    /// one <see cref="ReferenceDataException"/> lists every problem of every file.
    /// </exception>
    /// <exception cref="IOException">The only failure is a file that cannot be read (missing, a directory, not valid text).</exception>
    public SupplyRiskModel Build()
    {
        if (_includeDefaults && _data.Count == 0 && _restOfWorld is null && _timeline is null && _timelineFile is null
            && _products is null && _productsFile is null && _scenarios.Count == 0 && _scenarioFiles.Count == 0)
        {
            return SupplyRiskModel.Default; // nothing added: the embedded model, read once for the process
        }

        var failures = new List<Exception>();
        var errors = new List<DataError>();
        T? Collect<T>(string source, Func<T> step)
            where T : class
        {
            try
            {
                return step();
            }
            catch (DataFormatException e)
            {
                failures.Add(e);
                errors.AddRange(e.Errors);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                failures.Add(e);
                errors.Add(new DataError(source, null, e.Message));
            }

            return null;
        }

        var dataBuilder = new ReferenceDatasetBuilder(_includeDefaults);
        if (_restOfWorld is GovernanceScore restOfWorld)
        {
            dataBuilder.WithRestOfWorldGovernance(restOfWorld);
        }

        foreach (var (source, add) in _data)
        {
            Collect<object>(source, () =>
            {
                add(dataBuilder);
                return source;
            });
        }

        ReferenceDataset? data = failures.Count == 0 ? Collect("reference data", dataBuilder.Build) : null;
        PolicyTimeline? timeline = _timeline
            ?? (_timelineFile is var (timelinePath, dataAsOf)
                ? Collect(timelinePath, () =>
                {
                    using TextReader reader = InputFile.OpenText(timelinePath);
                    return PolicyCsv.Read(reader, Path.GetFileName(timelinePath), dataAsOf);
                })
                : _includeDefaults ? EmbeddedData.Timeline : PolicyTimeline.Empty);
        ProductCatalog? products = _products
            ?? (_productsFile is string productsPath
                ? Collect(productsPath, () => BomFile.Read(productsPath))
                : _includeDefaults ? EmbeddedData.Products : new ProductCatalog(Array.Empty<Product>(), new PartCatalog(Array.Empty<Part>())));
        var scenarios = new List<Scenario>(_includeDefaults
            ? EmbeddedData.Scenarios
            : new[] { Scenario.Create("baseline").Named("Baseline: no policy measures").Described("The counterfactual with no policy measure.").Build() });
        scenarios.AddRange(_scenarios);
        if (data is not null)
        {
            foreach (string path in _scenarioFiles)
            {
                Scenario? scenario = Collect(path, () => ScenarioJson.Read(InputFile.ReadAllText(path), Path.GetFileName(path), data));
                if (scenario is not null)
                {
                    scenarios.Add(scenario);
                }
            }
        }

        SupplyRiskModel? model = failures.Count == 0 ? Collect("scenarios", () => new SupplyRiskModel(data!, timeline!, products!, scenarios)) : null;
        if (model is not null)
        {
            return model;
        }

        if (failures.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failures[0]).Throw();
        }

        throw new ReferenceDataException(errors);
    }
}
