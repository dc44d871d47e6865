// The main job on the embedded data: for every material and supply stage, the leading supplier
// countries, HHI, HHI-WGI and the EU-style supply risk (SR) for an EU and a US buyer.
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Reporting;

ReferenceDataset data = ReferenceDataset.Default;
Buyer[] buyers = { data.GetBuyer("EU"), data.GetBuyer("US") };

Console.WriteLine("SupplyRisk material summary (embedded dataset; HHI on 0-10,000, band per DOJ/FTC 2023 guidelines)");
Console.WriteLine("SR: EU criticality method (2017 guidelines); * bottleneck stage; g = global supply only (no buyer sourcing data)");
Console.WriteLine();
Console.Write(MaterialSummaryTable.Create(data, buyers).ToText());
