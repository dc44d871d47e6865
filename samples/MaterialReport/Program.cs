// The main job on the embedded data: for every material and supply stage, the leading supplier
// countries, HHI, HHI-WGI and the EU-style supply risk (SR) for an EU and a US buyer.
using System;
using SupplyRisk;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Reporting;

ReferenceDataset data = SupplyRiskModel.Default.Data;
Buyer[] buyers = { data.GetBuyer("EU"), data.GetBuyer("US") };

if (args.Length > 0 && args[0] == "--csv")
{
    // For notebooks and spreadsheets: pandas.read_csv on this output.
    Console.Write(MaterialSummaryCsv.ToCsv(MaterialSummaryTable.Create(data, buyers)));
    return;
}

Console.WriteLine("SupplyRisk material summary (embedded dataset; HHI on 0-10,000, band per DOJ/FTC 2023 guidelines)");
Console.WriteLine("SR: EU criticality method (2017 guidelines); * bottleneck stage; g = global supply only (no buyer sourcing data)");
Console.WriteLine();
Console.Write(MaterialSummaryTable.Create(data, buyers).ToText());

// How our EU-buyer SR (current data) compares with the EU's own published 2023 results.
Console.WriteLine();
Console.WriteLine("EU buyer: SupplyRisk SR on the embedded data vs the EU 2023 study's published SR and EI");
Console.WriteLine($"{"material",-16} {"SR ours",8} {"SR EU'23",9} {"EI EU'23",9}  critical (EU list)");
var assessor = new SupplyRisk.Scoring.SupplyRiskAssessor(data);
foreach (SupplyRisk.Criticality.PublishedAssessment published in data.PublishedAssessments)
{
    SupplyRisk.Materials.Material material = data.GetMaterial(published.Material);
    string ours = SupplyRisk.Scoring.SupplyRiskAssessor.CanAssess(material, out _)
        ? assessor.Assess(material.Id, buyers[0]).Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)
        : "n/a";
    Console.WriteLine(FormattableString.Invariant(
        $"{material.Id.Value,-16} {ours,8} {published.SupplyRisk?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "-",9} {published.EconomicImportance?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "-",9}  {(published.Critical == true ? "yes" : "no")}"));
}
