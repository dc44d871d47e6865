// Runs the netstandard2.0 library's calls into SupplyRisk and checks which SupplyRisk.dll was loaded (argument 1:
// the target framework expected, ".NETStandard,Version=v2.0" by default).
using System;
using Consumer;

string? framework = ExposureCheck.LoadedSupplyRiskFramework;
Console.WriteLine($"SupplyRisk.dll loaded: {framework}");
var failures = new System.Collections.Generic.List<string>(ExposureCheck.Run(Console.Out));
string expected = args.Length > 0 ? args[0] : ".NETStandard,Version=v2.0";
if (framework != expected)
{
    failures.Add("the loaded SupplyRisk.dll is " + framework + ", not " + expected);
}

foreach (string f in failures)
{
    Console.Error.WriteLine("FAILED: " + f);
}

Console.WriteLine(failures.Count == 0 ? "consumer LibraryNetStandard20: OK" : $"consumer LibraryNetStandard20: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;
