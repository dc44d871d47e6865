using System;
using System.Collections.Generic;
using SupplyRisk.IO;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Extensions.DependencyInjection;

/// <summary>
/// How <see cref="SupplyRiskServiceCollectionExtensions.AddSupplyRisk(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{SupplyRiskOptions})"/>
/// builds the <see cref="SupplyRiskModel"/> and scores. Every property but <see cref="ConfigureData"/> binds from
/// configuration (section <see cref="SectionName"/> by convention). Values are checked at start-up, all at once:
/// see <see cref="SupplyRiskServiceCollectionExtensions"/>. Relative file paths are resolved against the process's
/// current directory. Mutable only while configuring.
/// </summary>
public sealed class SupplyRiskOptions
{
    /// <summary>The configuration section these options are conventionally bound from, <c>SupplyRisk</c>.</summary>
    public const string SectionName = "SupplyRisk";

    /// <summary>The most scorers the scorer factory keeps by default, 256.</summary>
    public const int DefaultScorerCacheSize = 256;

    /// <summary>Whether the model starts from the embedded data, timeline, products and scenarios. Default true.</summary>
    public bool IncludeEmbeddedData { get; set; } = true;

    /// <summary>
    /// Reference-data CSV files that extend or override the embedded data by key (docs/data-format.md), read in
    /// order; in configuration, a list of <c>{ "Kind": "StageShares", "Path": "ours.csv" }</c>.
    /// </summary>
    public IList<SupplyRiskDataFile> DataFiles { get; } = new List<SupplyRiskDataFile>();

    /// <summary>
    /// Adds your data after <see cref="DataFiles"/> to the builder that starts from the embedded dataset (or from
    /// nothing when <see cref="IncludeEmbeddedData"/> is false); code only, not bindable.
    /// </summary>
    public Action<ReferenceDatasetBuilder>? ConfigureData { get; set; }

    /// <summary>A policy-timeline CSV file (see <see cref="PolicyCsv.Read"/>) replacing the embedded timeline; null to keep it.</summary>
    public string? TimelineFile { get; set; }

    /// <summary>The data cut-off of <see cref="TimelineFile"/>, if it states one.</summary>
    public DateTime? TimelineDataAsOf { get; set; }

    /// <summary>Scenario JSON files (docs/data-format.md, "Scenario JSON") added after the built-in scenarios; ids must be unique.</summary>
    public IList<string> ScenarioFiles { get; } = new List<string>();

    /// <summary>A BOM file (<c>.json</c> or SupplyRisk's CSV) whose products replace the embedded product archetypes; null to keep them.</summary>
    public string? ProductsFile { get; set; }

    /// <summary>
    /// The trade factor of suppliers inside the buyer (an EU buyer's EU-internal suppliers) in the EU supply-risk
    /// method, finite and positive. Default <see cref="SupplyRiskAssessor.DefaultInsideBuyerTradeFactor"/> (0.8).
    /// Acts on the registered <see cref="SupplyRiskAssessor"/> and on every scorer's structural risk
    /// (<see cref="ScoringOptions.InsideBuyerTradeFactor"/>).
    /// </summary>
    public double InsideBuyerTradeFactor { get; set; } = SupplyRiskAssessor.DefaultInsideBuyerTradeFactor;

    /// <summary>The horizon of scorers created without options, in [1, 3650] days. Default 365.</summary>
    public int DefaultHorizonDays { get; set; } = ScoringOptions.DefaultHorizonDays;

    /// <summary>
    /// What scorers created without options assume of a suspension or expiry recorded to end after the data cut-off:
    /// <c>Extend</c> (default) or <c>Reinstate</c> (see <see cref="Policy.AfterCutoff"/>; case-insensitive).
    /// </summary>
    public string AfterCutoff { get; set; } = nameof(Policy.AfterCutoff.Extend);

    /// <summary>
    /// The most scorers the scorer factory keeps, in [0, 100000] (0 = none kept); when full it starts again empty.
    /// Default <see cref="DefaultScorerCacheSize"/>.
    /// </summary>
    public int ScorerCacheSize { get; set; } = DefaultScorerCacheSize;
}
