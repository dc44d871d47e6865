// A .NET service resolving SupplyRisk through dependency injection, with one override file of its own.
using System;
using System.IO;
using Microsoft.Extensions.DependencyInjection;
using SupplyRisk;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Extensions.DependencyInjection;
using SupplyRisk.IO;
using SupplyRisk.Scoring;

// An analyst's own view of cobalt refining (a what-if: more refining outside China).
const string cobaltRefining =
    "material,stage,stage_label,country,share,year,quality,source,note\n" +
    "cobalt,processing,refined cobalt,CN,0.60,2026,estimate,analyst scenario (illustrative),\n" +
    "cobalt,processing,refined cobalt,FI,0.15,2026,estimate,analyst scenario (illustrative),\n" +
    "cobalt,processing,refined cobalt,ROW,0.25,2026,estimate,analyst scenario (illustrative),\n";

var services = new ServiceCollection();
services.AddSupplyRisk(options => options.ConfigureData =
    builder => builder.Add(DataFileKind.StageShares, new StringReader(cobaltRefining), "analyst-cobalt.csv"));

using ServiceProvider provider = services.BuildServiceProvider();
var data = provider.GetRequiredService<ReferenceDataset>();
var assessor = provider.GetRequiredService<SupplyRiskAssessor>();

var defaultRisk = new SupplyRiskAssessor(SupplyRiskModel.Default.Data).Assess("cobalt", SupplyRiskModel.Default.Data.GetBuyer("US"));
var scenarioRisk = assessor.Assess("cobalt", data.GetBuyer("US"));
Console.WriteLine(FormattableString.Invariant($"Cobalt, US buyer, processing-stage SR: embedded data {defaultRisk.ForStage(SupplyRisk.Materials.StageKind.Processing).Result.Value:0.00}, analyst scenario {scenarioRisk.ForStage(SupplyRisk.Materials.StageKind.Processing).Result.Value:0.00}"));
Console.WriteLine(FormattableString.Invariant($"Cobalt, US buyer, SR (bottleneck {scenarioRisk.Bottleneck.Stage.Kind}): {scenarioRisk.Value:0.00}"));
