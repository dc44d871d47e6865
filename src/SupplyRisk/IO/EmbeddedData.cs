using System.Collections.Generic;
using System;
using SupplyRisk.Data;
using SupplyRisk.Parts;
using SupplyRisk.Policy;

namespace SupplyRisk.IO;

/// <summary>
/// The sourced data embedded in the package: the reference dataset, the policy timeline, the product archetypes and
/// the built-in scenarios, each read once on first use. Immutable and thread-safe. Most callers reach these through
/// <c>SupplyRiskModel.Default</c>; this class is the one place that reads them.
/// </summary>
public static class EmbeddedData
{
    private static readonly Lazy<ReferenceDataset> LazyDataset = new(() => new ReferenceDatasetBuilder(includeDefaults: true).Build(), isThreadSafe: true);
    private static readonly Lazy<PolicyTimeline> LazyTimeline = new(PolicyTableReader.LoadEmbedded, isThreadSafe: true);
    private static readonly Lazy<ProductCatalog> LazyProducts = new(ProductTableReader.LoadEmbedded, isThreadSafe: true);
    private static readonly Lazy<IReadOnlyList<Scenario>> LazyScenarios = new(() => BuiltInScenarios.Create(LazyTimeline.Value), isThreadSafe: true);

    /// <summary>The embedded reference dataset (materials, stage shares, governance, buyers, prices, dynamics).</summary>
    /// <exception cref="ReferenceDataException">The embedded data is invalid (a packaging defect).</exception>
    public static ReferenceDataset Dataset => LazyDataset.Value;

    /// <summary>
    /// The embedded policy timeline: China's 2023–2025 export controls and their suspensions, the DRC's cobalt export
    /// measures, and the 2025–2026 US, EU and China tariff layers, each with its source (docs/data/policy-and-prices.md).
    /// Its data cut-off is <see cref="PolicyTimeline.DataAsOf"/>: later suspension lapses and expiries are assumptions.
    /// </summary>
    public static PolicyTimeline Timeline => LazyTimeline.Value;

    /// <summary>
    /// The built-in product archetypes (<c>bev</c>, <c>hev</c>, <c>ice-car</c>, <c>smartphone</c>, <c>laptop</c>,
    /// <c>wind-turbine-dd</c>), each number sourced (docs/data/products.md).
    /// </summary>
    public static ProductCatalog Products => LazyProducts.Value;

    /// <summary>The built-in scenarios on the embedded timeline (see <see cref="BuiltInScenarios.Create"/>).</summary>
    public static IReadOnlyList<Scenario> Scenarios => LazyScenarios.Value;
}
