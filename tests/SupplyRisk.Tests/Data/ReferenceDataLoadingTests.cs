using System.IO;
using System.Linq;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Tests.Data;

public sealed class ReferenceDataLoadingTests
{
    [Fact]
    public void Bad_data_yields_one_exception_listing_every_problem_with_its_location()
    {
        const string governance =
            "country,wgi_mean6,data_year,quality,source,note\n" +
            "CN,-0.3,2023,secondary,test,\n" +
            "AU,3.1,2023,secondary,test,out of range\n" +         // line 3: WGI out of range
            "QQ,0.5,2023,secondary,test,\n" +                     // line 4: unknown country
            "FR,NaN,2023,secondary,test,\n";                      // line 5: NaN
        const string materials =
            "id,name,symbol,group,eol_rir,si_sr,si_ei,quality,source,note\n" +
            "alpha,Alpha,,nosuchgroup,0.1,0.9,0.9,estimate,test,\n" + // line 2: unknown group
            "alpha,Alpha again,,,0.1,0.9,0.9,estimate,test,\n" +      // line 3: duplicate id
            "beta,Beta,,,-0.2,0.9,0.9,estimate,test,\n" +             // line 4: negative EoL-RIR
            "gamma,Gamma,,,0.1,0.9,0.9,estimate,test,\n";             // line 5: no stages
        const string shares =
            "material,stage,stage_label,country,share,year,quality,source,note\n" +
            "alpha,extraction,mine,CN,0.7,2024,secondary,test,\n" +   // line 2: sums to 0.9
            "alpha,extraction,mine,ROW,0.2,2024,estimate,test,\n" +
            "alpha,processing,refining,CN,1.0,2024,secondary,test,\n" +
            "alpha,processing,refining,CN,0.0,2024,secondary,test,\n" + // line 5: duplicate country
            "delta,extraction,mine,CN,1.0,2024,secondary,test,\n" +   // line 6: unknown material
            "alpha,smelting,x,CN,1.0,2024,secondary,test,\n" +        // line 7: unknown stage
            "alpha,manufacturing,magnets,DE,1.0,2024,secondary,test,\n" + // line 8: DE has no governance
            "alpha,manufacturing,magnets,XX,0.0,2024,bogus,,\n";      // line 9: bad country, quality, source

        var error = Assert.Throws<ReferenceDataException>(() => new ReferenceDatasetBuilder(includeDefaults: false)
            .Add(DataFileKind.Governance, new StringReader(governance), "gov.csv")
            .Add(DataFileKind.Materials, new StringReader(materials), "mat.csv")
            .Add(DataFileKind.StageShares, new StringReader(shares), "shares.csv")
            .Build());

        string[] lines = error.Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains("gov.csv line 3 (country AU): 'wgi_mean6' is 3.1, outside [-2.5, 2.5]", lines);
        Assert.Contains("gov.csv line 4 (country QQ): 'QQ' is not an ISO 3166-1 country code", lines);
        Assert.Contains("gov.csv line 5 (country FR): 'wgi_mean6' is 'NaN', not a finite number", lines);
        Assert.Contains("mat.csv line 3 (material alpha): duplicate material id in this file", lines);
        Assert.Contains("mat.csv line 4 (material beta): 'eol_rir' is '-0.2', below 0", lines);
        Assert.Contains("mat.csv line 2 (material alpha): refers to an unknown group material 'nosuchgroup'", lines);
        Assert.Contains("mat.csv line 5 (material gamma): has no supply stages: add its country shares to a stage-shares file", lines);
        Assert.Contains(lines, l => l.StartsWith("shares.csv line 2 (material alpha, stage extraction): stage shares are invalid: the shares sum to 0.9, not 1", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("shares.csv line 5 (material alpha, stage processing, country CN): duplicate row", System.StringComparison.Ordinal));
        Assert.Contains("shares.csv line 6 (material delta, stage extraction): refers to an unknown material: it is not in the materials file", lines);
        Assert.Contains("shares.csv line 7 (material alpha, stage smelting, country CN): 'smelting' is not a stage: use extraction, processing or manufacturing", lines);
        Assert.Contains("shares.csv line 8 (material alpha, stage manufacturing, country DE): supplier in stage has no governance (WGI) score", lines);
        Assert.Contains("shares.csv line 9 (material alpha, stage manufacturing, country XX): 'XX' is not an ISO 3166-1 country code or ROW", lines);
        Assert.Contains("shares.csv line 9 (material alpha, stage manufacturing, country XX): has no source: every figure needs its publication, table and year", lines);
        Assert.Contains("shares.csv line 9 (material alpha, stage manufacturing, country XX): quality 'bogus' is not primary, secondary or estimate", lines);
        Assert.Contains("mat.csv line 4", error.Message);
    }

    [Fact]
    public void Structural_CSV_problems_are_reported_with_their_line()
    {
        const string text = "# comment\ncountry,wgi_mean6,source\nCN,-0.3\n\"AU,1.5,test\n";
        var error = Assert.Throws<ReferenceDataException>(() => new ReferenceDatasetBuilder(includeDefaults: false)
            .Add(DataFileKind.Governance, new StringReader(text), "g.csv").Build());
        Assert.Contains(error.Errors, e => e.Line == 3 && e.Message.Contains("has 2 fields where the header has 3", System.StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Line == 4 && e.Message.Contains("never closed", System.StringComparison.Ordinal));

        var missing = Assert.Throws<ReferenceDataException>(() => new ReferenceDatasetBuilder(includeDefaults: false)
            .Add(DataFileKind.Governance, new StringReader("country,source\nCN,x\n"), "h.csv").Build());
        Assert.Contains(missing.Errors, e => e.Message == "the header lacks the required column 'wgi_mean6'");
    }

    [Fact]
    public void Quoted_fields_with_commas_quotes_and_newlines_are_read()
    {
        const string governance = "country,wgi_mean6,data_year,quality,source,note\nCN,-0.3,2023,secondary,\"World Bank, \"\"WGI\"\"\",\"two\nlines\"\n";
        ReferenceDataset data = new ReferenceDatasetBuilder(includeDefaults: false)
            .Add(DataFileKind.Governance, new StringReader(governance), "g.csv").Build();
        Provenance p = data.Governance.ProvenanceOf(CountryCode.Parse("CN"))!;
        Assert.Equal("World Bank, \"WGI\"", p.Source);
        Assert.Equal("two\nlines", p.Note);
    }

    [Fact]
    public void A_later_file_overrides_a_whole_stage_and_leaves_the_rest_and_the_default_untouched()
    {
        const string cobaltRefining =
            "material,stage,stage_label,country,share,year,quality,source,note\n" +
            "cobalt,processing,refined cobalt,CN,0.75,2025,estimate,my analyst,\n" +
            "cobalt,processing,refined cobalt,FI,0.10,2025,estimate,my analyst,\n" +
            "cobalt,processing,refined cobalt,ROW,0.15,2025,estimate,my analyst,\n";
        const string governance = "country,wgi_mean6,data_year,quality,source,note\nCN,-0.5,2025,estimate,my view,\n";
        ReferenceDataset mine = new ReferenceDatasetBuilder()
            .Add(DataFileKind.StageShares, new StringReader(cobaltRefining), "cobalt.csv")
            .Add(DataFileKind.Governance, new StringReader(governance), "gov.csv")
            .Build();

        CountryShares overridden = mine.GetMaterial("cobalt").GetStage(StageKind.Processing).Shares;
        Assert.Equal(0.10, overridden.ShareOf(CountryCode.Parse("FI")));
        Assert.Equal("my analyst", overridden.Entries[0].Provenance.Source);
        Assert.Equal(-0.5, mine.Governance.Get(CountryCode.Parse("CN")).Estimate);

        ReferenceDataset defaults = EmbeddedData.Dataset;
        Assert.Equal(
            defaults.GetMaterial("cobalt").GetStage(StageKind.Extraction).Shares.Shares.ToArray(),
            mine.GetMaterial("cobalt").GetStage(StageKind.Extraction).Shares.Shares.ToArray());
        Assert.Equal(0.0, defaults.GetMaterial("cobalt").GetStage(StageKind.Processing).Shares.ShareOf(CountryCode.Parse("FI")));
        Assert.NotEqual(-0.5, defaults.Governance.Get(CountryCode.Parse("CN")).Estimate);
    }

    [Fact]
    public void Files_can_be_loaded_from_disk_and_the_rest_of_world_assumption_overridden()
    {
        string path = Path.Combine(Path.GetTempPath(), $"supplyrisk-{System.Guid.NewGuid():N}.csv");
        File.WriteAllText(path, TestData.Shares);
        try
        {
            ReferenceDataset data = new ReferenceDatasetBuilder(includeDefaults: false)
                .Add(DataFileKind.Governance, new StringReader(TestData.Governance), "g.csv")
                .Add(DataFileKind.Materials, new StringReader(TestData.Materials), "m.csv")
                .AddFile(DataFileKind.StageShares, path)
                .WithRestOfWorldGovernance(GovernanceScore.FromEstimate(-1.0))
                .Build();
            Assert.Equal(7.0, data.Governance.Get(CountryCode.RestOfWorld).Scaled, 12);
            Assert.Equal(2, data.Materials.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_buyer_written_as_alpha2_and_alpha3_is_one_buyer_and_a_later_row_overrides()
    {
        const string ir =
            "buyer,material,stage,import_reliance,year,quality,source,note\n" +
            "US,testium,extraction,0.4,2023,secondary,test,\n";
        const string irAlpha3 =
            "buyer,material,stage,import_reliance,year,quality,source,note\n" +
            "USA,testium,processing,0.9,2023,secondary,test,\n";
        ReferenceDataset data = TestData.Builder()
            .Add(DataFileKind.BuyerImportReliance, new StringReader(ir), "us.csv")
            .Add(DataFileKind.BuyerImportReliance, new StringReader(irAlpha3), "usa.csv")
            .Build();
        var profile = data.FindProfile(data.GetBuyer("US"), "testium")!;
        Assert.Equal(0.4, profile.ImportRelianceFor(StageKind.Extraction));
        Assert.Equal(0.9, profile.ImportRelianceFor(StageKind.Processing));
        Assert.Single(data.Buyers, b => b.Code == "US");
    }

    [Fact]
    public void A_missing_required_column_is_reported_once()
    {
        var error = Assert.Throws<ReferenceDataException>(() => new ReferenceDatasetBuilder(includeDefaults: false)
            .Add(DataFileKind.Governance, new StringReader("country,source\nCN,x\nUS,y\n"), "h.csv").Build());
        Assert.Single(error.Errors);
    }
}
