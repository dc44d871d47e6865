// The README's quick start, compiled and run so that it cannot drift from the API.
using System;
using SupplyRisk.Concentration;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

ReferenceDataset data = ReferenceDataset.Default;          // embedded, sourced, loaded once
Material dysprosium = data.GetMaterial("dysprosium");

// Concentration of one stage
SupplyStage separation = dysprosium.GetStage(StageKind.Processing);
ConcentrationProfile c = ConcentrationProfile.Of(separation.Shares, data.Governance);
Console.WriteLine($"HHI {c.HhiPoints:0} ({c.Band}), CR-1 {c.ConcentrationRatio1:P0}, HHI-WGI {c.GovernanceWeightedHhi:0.00}");

// EU-style supply risk for a buyer, per stage, with the bottleneck stage
var assessor = new SupplyRiskAssessor(data);
MaterialSupplyRisk sr = assessor.Assess("neodymium", data.GetBuyer("EU"));
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
SupplyRiskResult r = EuSupplyRisk.Compute(globalSupply, euSourcing,
    importReliance: 0.80, endOfLifeRecyclingInputRate: 0.42, substitutionIndex: 0.96);
Console.WriteLine($"SR {r.Value:0.000} = [{r.GlobalHhiWgiT:0.000}·IR/2 + {r.SourcingHhiWgiT:0.000}·(1−IR/2)]·(1−EoL)·SI ({r.Basis})");
