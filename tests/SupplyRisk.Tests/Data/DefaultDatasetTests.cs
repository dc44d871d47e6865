using System.Linq;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Tests.Data;

/// <summary>What the embedded dataset must cover, and that every figure in it carries its source.</summary>
public sealed class DefaultDatasetTests
{
    private static readonly ReferenceDataset Data = EmbeddedData.Dataset;

    [Theory]
    [InlineData("neodymium")]
    [InlineData("praseodymium")]
    [InlineData("dysprosium")]
    [InlineData("terbium")]
    [InlineData("samarium")]
    [InlineData("yttrium")]
    [InlineData("lree")]
    [InlineData("hree")]
    [InlineData("ree-total")]
    [InlineData("gallium")]
    [InlineData("germanium")]
    [InlineData("natural-graphite")]
    [InlineData("cobalt")]
    [InlineData("lithium")]
    [InlineData("nickel")]
    [InlineData("manganese")]
    [InlineData("copper")]
    [InlineData("tungsten")]
    [InlineData("antimony")]
    [InlineData("tantalum")]
    [InlineData("indium")]
    [InlineData("magnesium")]
    [InlineData("platinum")]
    [InlineData("palladium")]
    public void Every_required_material_is_present_with_at_least_one_sourced_stage(string id)
    {
        Material material = Data.GetMaterial(id);
        Assert.NotEmpty(material.Stages);
        Assert.All(material.Stages.SelectMany(s => s.Shares.Entries), e => Assert.False(string.IsNullOrWhiteSpace(e.Provenance.Source)));
    }

    [Theory]
    [InlineData("neodymium")]
    [InlineData("praseodymium")]
    [InlineData("dysprosium")]
    [InlineData("terbium")]
    public void NdFeB_magnet_materials_have_a_magnet_manufacturing_stage(string id)
    {
        SupplyStage stage = Data.GetMaterial(id).GetStage(StageKind.Manufacturing);
        Assert.Contains("NdFeB", stage.Label);
    }

    [Fact]
    public void Rare_earth_elements_belong_to_the_EU_2023_groups()
    {
        Assert.Equal("lree", Data.GetMaterial("neodymium").Group?.Value);
        Assert.Equal("hree", Data.GetMaterial("dysprosium").Group?.Value);
        Assert.Equal("hree", Data.GetMaterial("yttrium").Group?.Value);
        Assert.Equal("ree-total", Data.GetMaterial("hree").Group?.Value);
    }

    [Fact]
    public void Every_supplier_country_has_governance_and_every_stage_sums_to_one()
    {
        foreach (SupplyStage stage in Data.Materials.SelectMany(m => m.Stages))
        {
            Assert.All(stage.Shares.Entries, e => Assert.True(Data.Governance.Contains(e.Country), $"{e.Country} lacks WGI"));
            Assert.InRange(stage.Shares.Entries.Sum(e => e.Share), 1 - CountryShares.SumTolerance, 1 + CountryShares.SumTolerance);
        }
    }

    [Fact]
    public void Governance_covers_the_major_producers_and_marks_the_New_Caledonia_proxy_as_an_estimate()
    {
        foreach (string code in new[] { "CN", "US", "AU", "MM", "CD", "ID", "RU", "ZA", "CL", "BR", "JP", "KR", "DE" })
        {
            Assert.True(Data.Governance.Contains(CountryCode.Parse(code)), code);
        }

        Assert.Equal(DataQuality.Estimate, Data.Governance.ProvenanceOf(CountryCode.Parse("NC"))!.Quality);
        Assert.True(Data.Governance.Countries.Count >= 200);
    }

    [Fact]
    public void The_EU_and_US_buyers_have_import_reliance_and_the_EU_2023_results_are_present()
    {
        Buyer eu = Data.GetBuyer("EU");
        BuyerMaterialProfile cobalt = Data.FindProfile(eu, "cobalt")!;
        Assert.Equal(0.81, cobalt.ImportRelianceFor(StageKind.Extraction));
        Assert.Equal(0.01, cobalt.ImportRelianceFor(StageKind.Processing));
        Assert.NotNull(Data.FindProfile(Data.GetBuyer("US"), "cobalt")?.ImportReliance);

        PublishedAssessment nd = Data.FindPublishedAssessment("neodymium")!;
        Assert.True(nd.Critical);
        Assert.True(nd.SupplyRisk >= CriticalityThresholds.SupplyRisk);
    }

    [Fact]
    public void WithMaterial_replaces_one_material_in_a_copy()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        Material cobalt = data.GetMaterial("cobalt");
        ReferenceDataset copy = data.WithMaterial(cobalt.WithSubstitutionIndexSupplyRisk(0.5));

        Assert.Equal(0.5, copy.GetMaterial("cobalt").SubstitutionIndexSupplyRisk);
        Assert.Same(cobalt, data.GetMaterial("cobalt"));
        Assert.Same(data.GetMaterial("lithium"), copy.GetMaterial("lithium"));
        Assert.Equal(data.Materials.Select(m => m.Id), copy.Materials.Select(m => m.Id));
        Assert.Same(data.FindPrice("cobalt"), copy.FindPrice("cobalt"));
    }
}
