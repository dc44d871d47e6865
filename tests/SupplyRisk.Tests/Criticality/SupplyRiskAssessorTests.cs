using System.Linq;
using System.Threading.Tasks;
using System;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.Criticality;

public sealed class SupplyRiskAssessorTests
{
    private readonly ReferenceDataset _data = TestData.Build();

    [Fact]
    public void Dataset_path_reproduces_the_worked_example_per_stage()
    {
        // Extraction, BLOC buyer: global CN 0.8/AU 0.2 → 3.664; sourcing CN 0.5 (t 1), DE 0.5 (inside BLOC, t 0.8) → 1.88;
        // IR 0.6, EoL 0.1, SI 0.9 → 1.956312 (see EuSupplyRiskTests).
        var assessor = new SupplyRiskAssessor(_data);
        MaterialSupplyRisk risk = assessor.Assess("testium", _data.GetBuyer("BLOC"));
        StageSupplyRisk extraction = risk.ForStage(StageKind.Extraction);
        Assert.Equal(SupplyBasis.Combined, extraction.Result.Basis);
        Assert.Equal(1.956312, extraction.Result.Value, 12);

        // Processing: no BLOC sourcing → global only. CN 0.5 (5.6), ROW 0.5 (WGI 0 → 5): 0.25·5.6 + 0.25·5 = 2.65; ×0.81 = 2.1465.
        StageSupplyRisk processing = risk.ForStage(StageKind.Processing);
        Assert.Equal(SupplyBasis.GlobalSupplyOnly, processing.Result.Basis);
        Assert.Contains("no BLOC sourcing data for the processing stage", processing.BasisReason);
        Assert.Equal(2.1465, processing.Result.Value, 12);

        Assert.Same(processing, risk.Bottleneck);
        Assert.Equal(2.1465, risk.Value, 12);
        Assert.True(risk.MeetsSupplyRiskThreshold);
    }

    [Fact]
    public void Without_a_buyer_every_stage_uses_global_supply_only()
    {
        MaterialSupplyRisk risk = new SupplyRiskAssessor(_data).Assess("testium");
        Assert.All(risk.Stages, s => Assert.Equal(SupplyBasis.GlobalSupplyOnly, s.Result.Basis));
        Assert.Equal(3.664 * 0.81, risk.ForStage(StageKind.Extraction).Result.Value, 12);
        Assert.Null(risk.Buyer);
    }

    [Fact]
    public void The_inside_buyer_trade_factor_can_be_disabled()
    {
        // t = 1 for DE: sourcing HHI = 0.25·5.6 + 0.25·2.4 = 2.0; SR = (3.664·0.3 + 2.0·0.7)·0.81 = 2.0243520.
        var assessor = new SupplyRiskAssessor(_data, insideBuyerTradeFactor: 1.0);
        double sr = assessor.Assess("testium", _data.GetBuyer("BLOC")).ForStage(StageKind.Extraction).Result.Value;
        Assert.Equal(2.024352, sr, 12);
    }

    [Fact]
    public void Exporter_trade_factors_apply_to_both_terms()
    {
        // CN t = 1.5: global 0.64·5.6·1.5 + 0.08 = 5.456; sourcing 0.25·5.6·1.5 + 0.48 = 2.58;
        // SR = (5.456·0.3 + 2.58·0.7)·0.81 = (1.6368 + 1.806)·0.81 = 2.788668.
        TradeFactors restrictions = TradeFactors.Neutral.With(CountryCode.Parse("CN"), 1.5);
        double sr = new SupplyRiskAssessor(_data).Assess("testium", _data.GetBuyer("BLOC"), restrictions).ForStage(StageKind.Extraction).Result.Value;
        Assert.Equal(2.788668, sr, 12);
    }

    [Fact]
    public void A_material_without_EU_parameters_cannot_be_assessed_and_says_why()
    {
        Material plain = _data.GetMaterial("plainium");
        Assert.False(SupplyRiskAssessor.CanAssess(plain, out string reason));
        Assert.Contains("eol_rir", reason);
        var error = Assert.Throws<InvalidOperationException>(() => new SupplyRiskAssessor(_data).Assess("plainium"));
        Assert.Contains("'plainium'", error.Message);
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => new SupplyRiskAssessor(_data).Assess("unobtainium"));
    }

    [Fact]
    public void Assessment_is_thread_safe_and_deterministic_on_the_default_data()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        var assessor = new SupplyRiskAssessor(data);
        Buyer eu = data.GetBuyer("EU");
        var ids = data.Materials.Where(m => SupplyRiskAssessor.CanAssess(m, out _)).Select(m => m.Id).ToArray();
        double[] sequential = ids.Select(id => assessor.Assess(id, eu).Value).ToArray();
        var parallel = new double[ids.Length];
        Parallel.For(0, ids.Length * 20, i => parallel[i % ids.Length] = assessor.Assess(ids[i % ids.Length], eu).Value);
        Assert.Equal(sequential, parallel);
    }
}
