using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Diagnostics;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk;

/// <summary>
/// The front door: everything SupplyRisk scores with (reference data, policy timeline, product archetypes and
/// scenarios) in one immutable, thread-safe object. <see cref="Default"/> is the sourced data embedded in the package;
/// <see cref="CreateBuilder"/> adds your own files. A model creates scorers (<see cref="CreateScorer(string, string, DateTime, ScoringOptions?)"/>)
/// for a buyer, a scenario and a date, which score parts, products and whole BOMs.
/// </summary>
/// <example>
/// <code>
/// var model = SupplyRiskModel.Default;
/// var bom = model.ReadBom("my-bom.csv");
/// var scorer = model.CreateScorer("US", "current", new DateTime(2026, 12, 6));
/// foreach (var report in scorer.ScoreAll(bom.Parts)) Console.WriteLine(report);
/// </code>
/// </example>
public sealed class SupplyRiskModel
{
    private static readonly Lazy<SupplyRiskModel> LazyDefault = new(
        () => new SupplyRiskModel(EmbeddedData.Dataset, EmbeddedData.Timeline, EmbeddedData.Products, EmbeddedData.Scenarios),
        isThreadSafe: true);

    private readonly Dictionary<string, Scenario> _scenarios;

    /// <summary>Creates a model from its parts.</summary>
    /// <param name="data">The reference data.</param>
    /// <param name="timeline">The policy timeline that scenarios such as <c>current</c> follow.</param>
    /// <param name="products">The products that can be scored by id.</param>
    /// <param name="scenarios">The scenarios that can be named by id; ids must be unique.</param>
    /// <exception cref="ArgumentException">A scenario is null or its id repeats.</exception>
    public SupplyRiskModel(ReferenceDataset data, PolicyTimeline timeline, ProductCatalog products, IEnumerable<Scenario> scenarios)
    {
        Data = data ?? throw new ArgumentNullException(nameof(data));
        Timeline = timeline ?? throw new ArgumentNullException(nameof(timeline));
        Products = products ?? throw new ArgumentNullException(nameof(products));
        Scenario[] list = (scenarios ?? throw new ArgumentNullException(nameof(scenarios))).ToArray();
        _scenarios = new Dictionary<string, Scenario>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            Scenario scenario = list[i] ?? throw new ArgumentException($"Scenario {i} is null.", nameof(scenarios));
            if (_scenarios.ContainsKey(scenario.Id))
            {
                throw new ArgumentException($"Scenario id '{QuotedText.Prefix(scenario.Id, 60)}' is used more than once.", nameof(scenarios));
            }

            _scenarios.Add(scenario.Id, scenario);
        }

        Scenarios = Array.AsReadOnly(list);
    }

    /// <summary>The most reports one <see cref="ScoreBatch"/> call makes: <see cref="ExposureScorer.MaximumBatchReports"/>.</summary>
    public const int MaximumBatchReports = ExposureScorer.MaximumBatchReports;

    /// <summary>The model embedded in the package: sourced reference data, the 2023–2026 policy timeline, six product archetypes and seven scenarios.</summary>
    /// <exception cref="ReferenceDataException">The embedded data is invalid (a packaging defect).</exception>
    public static SupplyRiskModel Default => LazyDefault.Value;

    /// <summary>The reference data: materials, stage shares, governance, buyers, prices, dynamics.</summary>
    public ReferenceDataset Data { get; }

    /// <summary>The policy timeline followed by scenarios such as <c>current</c>.</summary>
    public PolicyTimeline Timeline { get; }

    /// <summary>The products that can be scored by id.</summary>
    public ProductCatalog Products { get; }

    /// <summary>The scenarios that can be named by id, in the order given.</summary>
    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>The policy data's cut-off: on later dates, lapses and expiries are assumptions (see <see cref="ScoringOptions.AfterCutoff"/>).</summary>
    public DateTime? DataAsOf => Timeline.DataAsOf;

    /// <summary>A builder that starts from the embedded data (or from nothing) and adds your own files.</summary>
    /// <param name="includeDefaults">Whether to start from the embedded data, timeline, products and scenarios.</param>
    public static SupplyRiskModelBuilder CreateBuilder(bool includeDefaults = true) => new(includeDefaults);

    /// <summary>The buyer with that code: a country group id (<c>EU</c>) or an ISO 3166-1 code (<c>US</c>, <c>JPN</c>).</summary>
    /// <exception cref="KeyNotFoundException">The code is neither.</exception>
    public Buyer GetBuyer(string code) => Data.GetBuyer(code);

    /// <summary>Finds a buyer as <see cref="GetBuyer"/> does.</summary>
    public bool TryGetBuyer(string? code, [NotNullWhen(true)] out Buyer? buyer) => Data.TryGetBuyer(code, out buyer);

    /// <summary>The scenario with that id.</summary>
    /// <exception cref="KeyNotFoundException">No such scenario; the message lists the ids.</exception>
    public Scenario GetScenario(string id) =>
        TryGetScenario(id ?? throw new ArgumentNullException(nameof(id)), out Scenario? scenario)
            ? scenario
            : throw new KeyNotFoundException($"Unknown scenario '{QuotedText.Prefix(id, 60)}'; known: {string.Join(", ", Scenarios.Select(s => s.Id))}.");

    /// <summary>Finds a scenario by id (ordinal, case-sensitive).</summary>
    public bool TryGetScenario(string? id, [NotNullWhen(true)] out Scenario? scenario)
    {
        scenario = null;
        return id is not null && _scenarios.TryGetValue(id, out scenario);
    }

    /// <summary>The product with that id.</summary>
    /// <exception cref="KeyNotFoundException">No such product; the message lists the ids.</exception>
    public Product GetProduct(string id) => Products.Get(id);

    /// <summary>Finds a product by id (ordinal, case-sensitive).</summary>
    public bool TryGetProduct(string? id, [NotNullWhen(true)] out Product? product) => Products.TryGet(id, out product);

    /// <summary>Creates a scorer for a buyer, a scenario and a date, with this model's data and timeline.</summary>
    /// <param name="buyer">A buyer code (see <see cref="GetBuyer"/>).</param>
    /// <param name="scenario">A scenario id (see <see cref="Scenarios"/>).</param>
    /// <param name="asOf">The date: day 0 of the horizon.</param>
    /// <param name="options">Horizon, cover, volume and the after-cut-off rule; null for <see cref="ScoringOptions.Default"/>.</param>
    /// <exception cref="KeyNotFoundException">The buyer or scenario is unknown; the message lists what is known.</exception>
    public ExposureScorer CreateScorer(string buyer, string scenario, DateTime asOf, ScoringOptions? options) =>
        CreateScorer(GetBuyer(buyer), GetScenario(scenario), asOf, options);

    /// <summary>Creates a scorer with the default options (a 365-day horizon, each part's own cover, suspensions extended after the data cut-off).</summary>
    /// <inheritdoc cref="CreateScorer(string, string, DateTime, ScoringOptions?)"/>
    public ExposureScorer CreateScorer(string buyer, string scenario, DateTime asOf) => CreateScorer(buyer, scenario, asOf, null);

    /// <summary>Creates a scorer for a buyer, a scenario (any, not only this model's) and a date, with this model's data and timeline.</summary>
    /// <inheritdoc cref="CreateScorer(string, string, DateTime, ScoringOptions?)"/>
    public ExposureScorer CreateScorer(Buyer buyer, Scenario scenario, DateTime asOf) => CreateScorer(buyer, scenario, asOf, null);

    /// <summary>Creates a scorer for a buyer, a scenario (any, not only this model's) and a date, with this model's data and timeline, and the options given.</summary>
    /// <inheritdoc cref="CreateScorer(string, string, DateTime, ScoringOptions?)"/>
    public ExposureScorer CreateScorer(Buyer buyer, Scenario scenario, DateTime asOf, ScoringOptions? options) =>
        ExposureScorer.Create(Data, Timeline, scenario, buyer, asOf, options ?? ScoringOptions.Default);

    /// <summary>Reads a BOM file (<c>.json</c>, else SupplyRisk's CSV format; see <see cref="BomFile.Read"/>).</summary>
    /// <exception cref="System.IO.FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="System.IO.IOException">The path is a directory or special file, too large, or not valid text.</exception>
    /// <exception cref="BomFormatException">The BOM has problems; every one is listed with its line or JSON path.</exception>
    public ProductCatalog ReadBom(string path, BomLimits? limits = null) => BomFile.Read(path, limits);

    /// <summary>
    /// Scores every top-level part of <paramref name="catalog"/> for every buyer and scenario given, on one date: the batch
    /// a notebook or report turns into a table (see <c>Reporting.ExposureTable</c>). Reports come buyer by buyer, then
    /// scenario by scenario, then part by part.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A buyer or scenario is unknown.</exception>
    /// <exception cref="ArgumentException">No buyer or no scenario is given, the batch is over <see cref="MaximumBatchReports"/>, or a material cannot be scored.</exception>
    public IReadOnlyList<ExposureReport> ScoreBatch(PartCatalog catalog, IEnumerable<string> buyers, IEnumerable<string> scenarios, DateTime asOf, ScoringOptions? options = null)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        Buyer[] buyerList = (buyers ?? throw new ArgumentNullException(nameof(buyers))).Select(b => GetBuyer(b ?? throw new ArgumentException("A buyer code is null.", nameof(buyers)))).ToArray();
        Scenario[] scenarioList = (scenarios ?? throw new ArgumentNullException(nameof(scenarios))).Select(s => GetScenario(s ?? throw new ArgumentException("A scenario id is null.", nameof(scenarios)))).ToArray();
        if (buyerList.Length == 0 || scenarioList.Length == 0)
        {
            throw new ArgumentException("A batch needs at least one buyer and one scenario.", buyerList.Length == 0 ? nameof(buyers) : nameof(scenarios));
        }

        long count = (long)buyerList.Length * scenarioList.Length * catalog.TopLevelParts.Count;
        if (count > MaximumBatchReports)
        {
            throw new ArgumentException($"A batch of {buyerList.Length} buyers x {scenarioList.Length} scenarios x {catalog.TopLevelParts.Count} top-level parts is {count:N0} reports, over the limit of {MaximumBatchReports:N0} (SupplyRiskModel.MaximumBatchReports): split it, or score scores only with the compiled engine.", nameof(catalog));
        }

        var reports = new List<ExposureReport>((int)count);
        foreach (Buyer buyer in buyerList)
        {
            foreach (Scenario scenario in scenarioList)
            {
                reports.AddRange(CreateScorer(buyer, scenario, asOf, options).ScoreAll(catalog));
            }
        }

        return reports.AsReadOnly();
    }
}
