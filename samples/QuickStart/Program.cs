// The README's quick start, compiled and run by CI so that it cannot drift from the API.
using System;
using SupplyRisk;
using SupplyRisk.Concentration;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Scoring;

// Score a BOM: every top-level part of the file, for a US buyer, under the policies in force on a date.
var model = SupplyRiskModel.Default;                       // embedded, sourced data and 2023-2026 policy timeline
var bom = model.ReadBom("samples/QuickStart/e-axle.csv");  // SupplyRisk CSV or JSON
var scorer = model.CreateScorer("US", "current", new DateTime(2026, 12, 6));
foreach (var r in scorer.ScoreAll(bom.Parts))
    Console.WriteLine($"{r.PartNumber}: score {r.Score:0.0}, output lost {r.OutputLost:P1}, cost impact {r.CostImpact:P1}, top material {r.Materials[0].Material}");

// Materials: concentration of one stage, and the EU-style supply risk for a buyer with its bottleneck stage.
ReferenceDataset data = model.Data;
SupplyStage separation = data.GetMaterial("dysprosium").GetStage(StageKind.Processing);
ConcentrationProfile c = ConcentrationProfile.Of(separation.Shares, data.Governance);
Console.WriteLine($"HHI {c.HhiPoints:0} ({c.Band}), CR-1 {c.ConcentrationRatio1:P0}, HHI-WGI {c.GovernanceWeightedHhi:0.00}");

var assessor = new SupplyRiskAssessor(data);
MaterialSupplyRisk sr = assessor.Assess("neodymium", model.GetBuyer("EU"));
Console.WriteLine($"SR {sr.Value:0.00} at the {sr.Bottleneck.Stage.Kind} stage; critical threshold met: {sr.MeetsSupplyRiskThreshold}");

// The EU method from published inputs: one call, every term returned
var globalSupply = new[]
{
    new SupplierInput(CountryCode.Parse("CN"), 0.86, GovernanceScore.FromEstimate(-0.29)),
    new SupplierInput(CountryCode.Parse("VN"), 0.14, GovernanceScore.FromEstimate(-0.10), tradeFactor: 1.0),
};
var euSourcing = new[]
{
    new SupplierInput(CountryCode.Parse("AT"), 0.60, GovernanceScore.FromEstimate(1.20), tradeFactor: 0.8),
    new SupplierInput(CountryCode.Parse("CN"), 0.40, GovernanceScore.FromEstimate(-0.29)),
};
SupplyRiskResult result = EuSupplyRisk.Compute(globalSupply, euSourcing,
    importReliance: 0.80, endOfLifeRecyclingInputRate: 0.42, substitutionIndex: 0.96);
Console.WriteLine($"SR {result.Value:0.000} = [{result.GlobalHhiWgiT:0.000}·IR/2 + {result.SourcingHhiWgiT:0.000}·(1−IR/2)]·(1−EoL)·SI ({result.Basis})");
