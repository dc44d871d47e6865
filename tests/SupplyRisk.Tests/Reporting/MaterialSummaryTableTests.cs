using System.Linq;
using Snapshooter.Xunit;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Reporting;

namespace SupplyRisk.Tests.Reporting;

public sealed class MaterialSummaryTableTests
{
    [Fact]
    public void Material_summary_for_EU_and_US_buyers_matches_the_snapshot()
    {
        ReferenceDataset data = ReferenceDataset.Default;
        MaterialSummaryTable table = MaterialSummaryTable.Create(data, new[] { data.GetBuyer("EU"), data.GetBuyer("US") });
        Snapshot.Match(table.ToText().Split('\n'));
    }

    [Fact]
    public void Every_stage_of_every_material_has_a_row_and_one_bottleneck_per_buyer()
    {
        ReferenceDataset data = ReferenceDataset.Default;
        MaterialSummaryTable table = MaterialSummaryTable.Create(data, new[] { data.GetBuyer("EU") });
        Assert.Equal(data.Materials.Sum(m => m.Stages.Count), table.Rows.Count);
        foreach (var material in table.Rows.GroupBy(r => r.Material.Id))
        {
            if (SupplyRiskAssessor.CanAssess(material.First().Material, out _))
            {
                Assert.Single(material, r => r.SupplyRisk[0].IsBottleneck);
            }
            else
            {
                Assert.All(material, r => Assert.NotNull(r.SupplyRisk[0].UnavailableReason));
            }
        }
    }
}
