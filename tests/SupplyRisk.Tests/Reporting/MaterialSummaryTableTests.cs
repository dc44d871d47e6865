using System.Linq;
using Snapshooter.Xunit;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Reporting;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.Reporting;

public sealed class MaterialSummaryTableTests
{
    [Fact]
    public void Material_summary_for_EU_and_US_buyers_matches_the_snapshot()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        MaterialSummaryTable table = MaterialSummaryTable.Create(data, new[] { data.GetBuyer("EU"), data.GetBuyer("US") });
        Snapshot.Match(table.ToText().Split('\n'));
    }

    [Fact]
    public void Every_stage_of_every_material_has_a_row_and_one_bottleneck_per_buyer()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
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

    [Fact]
    public void CSV_output_round_trips_through_the_librarys_own_reader_with_full_precision()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        MaterialSummaryTable table = MaterialSummaryTable.Create(data, new[] { data.GetBuyer("EU") });
        var errors = new System.Collections.Generic.List<DataError>();
        var records = SupplyRisk.IO.CsvReader.Read(new System.IO.StringReader(MaterialSummaryCsv.ToCsv(table)), "summary.csv", errors, new[] { "material", "hhi", "sr_EU" });
        Assert.Empty(errors);
        Assert.Equal(table.Rows.Count, records.Count);
        for (int i = 0; i < records.Count; i++)
        {
            Assert.Equal(table.Rows[i].Material.Id.Value, records[i]["material"]);
            Assert.Equal(table.Rows[i].Concentration.Hhi, double.Parse(records[i]["hhi"], System.Globalization.CultureInfo.InvariantCulture));
            StageSupplyRisk? sr = table.Rows[i].SupplyRisk[0].Stage;
            Assert.Equal(sr is null ? string.Empty : sr.Result.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), records[i]["sr_EU"]);
        }
    }
}
