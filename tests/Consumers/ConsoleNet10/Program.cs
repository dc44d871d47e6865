// Installs SupplyRisk from the package and does the README quick start's BOM scoring; exits 1 if anything is off.
using System;
using System.IO;
using System.Reflection;
using System.Runtime.Versioning;
using SupplyRisk;

var failures = 0;
void Check(bool ok, string what)
{
    if (!ok)
    {
        Console.Error.WriteLine("FAILED: " + what);
        failures++;
    }
}

Assembly library = typeof(SupplyRiskModel).Assembly;
string? framework = library.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
Console.WriteLine($"SupplyRisk.dll loaded: {framework}, version {library.GetName().Version}");
Check(framework == ".NETCoreApp,Version=v10.0", "a net10.0 app loads the package's net10.0 asset, not " + framework);

var model = SupplyRiskModel.Default;
var bom = model.ReadBom(Path.Combine(AppContext.BaseDirectory, "motor-bom.csv"));
var scorer = model.CreateScorer("US", "current", new DateTime(2026, 12, 6));
var count = 0;
foreach (var r in scorer.ScoreAll(bom.Parts))
{
    count++;
    Console.WriteLine(FormattableString.Invariant(
        $"{r.PartNumber}: score {r.Score:0.0}, output lost {r.OutputLost:P1}, cost impact {r.CostImpact:P1}, top material {r.Materials[0].Material}"));
    Check(r.Score > 0 && r.Score <= 100, $"score {r.Score} in (0, 100]");
    Check(r.OutputLost >= 0 && r.OutputLost <= 1, $"output lost {r.OutputLost} in [0, 1]");
    Check(r.Materials.Count >= 4, $"{r.Materials.Count} materials scored (expected copper, neodymium, praseodymium, dysprosium, boron)");
}

Check(count == 1, $"{count} top-level parts scored (expected 1: PUMP-MOTOR)");
Console.WriteLine(failures == 0 ? "consumer ConsoleNet10: OK" : $"consumer ConsoleNet10: {failures} check(s) failed");
return failures == 0 ? 0 : 1;
