using System.Collections.Generic;
using System.Linq;
using System;
using Snapshooter.Xunit;
using Snapshooter;
using SupplyRisk.Cli.Commands;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.Scoring;

/// <summary>The score report of every built-in product under every built-in scenario (US buyer, 2026-11-28).</summary>
public sealed class ProductReportSnapshotTests
{
    private static readonly DateTime Day = new(2026, 11, 28);

    public static IEnumerable<object[]> Cases() =>
        from product in EmbeddedData.Products.Products
        from scenario in EmbeddedData.Scenarios
        select new object[] { product.Id, scenario.Id };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Report_matches_the_snapshot(string product, string scenario)
    {
        ProductCatalog catalog = EmbeddedData.Products;
        ReferenceDataset data = EmbeddedData.Dataset;
        ExposureScorer context = ExposureScorer.Create(data, EmbeddedData.Timeline, SupplyRiskModel.Default.GetScenario(scenario), data.GetBuyer("US"), Day);
        ExposureReport report = context.Score(catalog.Parts, catalog.Get(product).RootPart);
        Snapshot.Match(ScoreCommands.Table(report).Split('\n'), SnapshotNameExtension.Create(product, scenario));
    }
}
